@testable import AllotPDF
import AllotModel
import XCTest

/// Rules from the marks a page paints, decided as the raster detector decides them on the
/// rendered page: pieces of one line joined, paint too light to be ink left out, thin filled boxes
/// kept and thick ones (cell backgrounds) not, clipped marks cut, short isolated strokes dropped.
final class VectorRulesTests: XCTestCase {
    private let reader = VectorRules(settings: RuleSettings())
    private static let page = (x0: 0.0, y0: 0.0, x1: 595.0, y1: 842.0)

    private func stroke(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, width: Double = 0.75,
                        brightest: Double = 0, clip: (x0: Double, y0: Double, x1: Double, y1: Double) = page) -> PopplerPaths.Mark {
        PopplerPaths.Mark(kind: .stroke, x0: x0, y0: y0, x1: x1, y1: y1, width: width, clip: clip,
                          brightest: brightest, dashed: false)
    }

    private func box(_ kind: PopplerPaths.Mark.Kind, _ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double,
                     brightest: Double = 0) -> PopplerPaths.Mark {
        PopplerPaths.Mark(kind: kind, x0: x0, y0: y0, x1: x1, y1: y1, width: 0, clip: Self.page,
                          brightest: brightest, dashed: false)
    }

    /// A table's row rule drawn cell by cell, each piece stopping short of the column rule that
    /// crosses it (r07 p.16: 12.87–57.16 and 57.91–96.70 at y 186.80, the column rule 0.75 wide at
    /// 57.54), is one rule, as the rendered page shows it: its ink from half the width before the
    /// first piece's start to half the width after the last piece's end.
    func testPiecesOfOneLineAcrossAColumnRuleAreOneRule() throws {
        let rules = reader.rules([
            stroke(12.87, 186.80, 57.16, 186.80), stroke(57.91, 186.80, 96.70, 186.80),
            stroke(57.54, 169.55, 57.54, 216.08),
        ])
        let horizontal = rules.filter { $0.axis == .horizontal }
        XCTAssertEqual(horizontal.count, 1, "\(rules)")
        let rule = try XCTUnwrap(horizontal.first)
        XCTAssertEqual(rule.start, 12.87 - 0.375, accuracy: 1e-9)
        XCTAssertEqual(rule.end, 96.70 + 0.375, accuracy: 1e-9)
        XCTAssertEqual(rule.position, 186.80, accuracy: 1e-9)
        XCTAssertEqual(rule.thickness, 0.75, accuracy: 1e-9)
    }

    /// A dashed line drawn as short strokes 3 pt apart: no piece is as long as a rule, and the gaps
    /// are wider than the rendered page bridges, so there is no rule (as on the raster).
    func testDashesTooShortAndTooFarApartAreNoRule() {
        let dashes = stride(from: 100.0, to: 300, by: 7).map { stroke($0, 400, $0 + 4, 400) }
        XCTAssertEqual(reader.rules(dashes), [])
        // The same strokes closer than the bridged gap make one rule.
        let touching = stride(from: 100.0, to: 300, by: 4.5).map { stroke($0, 400, $0 + 4, 400) }
        XCTAssertEqual(reader.rules(touching).count, 1)
    }

    /// Paint whose brightest channel is at or above `inkBelow` (180 of 255) is no ink: white and
    /// light grey rules are not rules; dark grey and dark blue ones are.
    func testOnlyDarkPaintIsInk() {
        XCTAssertEqual(reader.rules([stroke(100, 400, 300, 400, brightest: 1)]), [])
        XCTAssertEqual(reader.rules([stroke(100, 400, 300, 400, brightest: 191.0 / 255)]), [])
        XCTAssertEqual(reader.rules([stroke(100, 400, 300, 400, brightest: 128.0 / 255)]).count, 1)
        XCTAssertEqual(reader.rules([box(.fill, 100, 400, 300, 400.5, brightest: 0.5)]).count, 1)
    }

    /// A filled box as thin as a line (`re f`, the commonest table rule) is a rule along its long
    /// side, as thick as its short side; a box thicker than `maxThickness` (a shaded cell, a dark
    /// band) is none, and one thinner than `thinnestFill` leaves no ink.
    func testThinFilledBoxesAreRulesAndThickOnesAreNot() throws {
        let rules = reader.rules([box(.fill, 100, 400, 300, 400.5), box(.fill, 99.8, 300, 100.2, 500)])
        XCTAssertEqual(rules.map(\.axis), [.horizontal, .vertical])
        let first = try XCTUnwrap(rules.first)
        XCTAssertEqual(first.position, 400.25, accuracy: 1e-9)
        XCTAssertEqual(first.thickness, 0.5, accuracy: 1e-9)
        XCTAssertEqual(reader.rules([box(.fill, 100, 400, 300, 420)]), [])
        XCTAssertEqual(reader.rules([box(.fill, 100, 400, 300, 403.5)]), [])
        XCTAssertEqual(reader.rules([box(.fill, 100, 400, 300, 400.1)]), [])
    }

    /// Slanted strokes and strokes thicker than `maxThickness` are not rules; a stroke drawn 0 wide
    /// is one device pixel at the render scale.
    func testSlantedThickAndHairlineStrokes() throws {
        XCTAssertEqual(reader.rules([stroke(100, 400, 300, 410)]), [])
        XCTAssertEqual(reader.rules([stroke(100, 400, 300, 400, width: 4)]), [])
        let hairline = try XCTUnwrap(reader.rules([stroke(100, 400, 300, 400, width: 0)]).first)
        XCTAssertEqual(hairline.thickness, 1 / RuleSettings().scale, accuracy: 1e-9)
    }

    /// A clipped mark keeps its visible part; one outside its clip, or lying on the clip box's
    /// edge (a frame round the page's very edge, half outside it), is none.
    func testClipKeepsTheVisiblePart() throws {
        let clip = (x0: 0.0, y0: 0.0, x1: 200.0, y1: 842.0)
        let rule = try XCTUnwrap(reader.rules([stroke(100, 400, 300, 400, clip: clip)]).first)
        XCTAssertEqual(rule.start, 100 - 0.375)
        XCTAssertEqual(rule.end, 200)
        XCTAssertEqual(reader.rules([stroke(250, 400, 300, 400, clip: clip)]), [])
        XCTAssertEqual(reader.rules([stroke(0, 0, 595, 0, width: 0.216), stroke(0, 0, 0, 842, width: 0.216)]), [])
    }

    /// A rule shorter than `longLength` stays only when it touches a long rule across it.
    func testShortRulesNeedALongRuleAcross() {
        XCTAssertEqual(reader.rules([stroke(100, 400, 130, 400)]), [])
        XCTAssertEqual(reader.rules([stroke(100, 400, 130, 400), stroke(130, 300, 130, 500)]).count, 2)
    }

    /// An image at least `longLength` by `minLength` may hold rules of its own (a scanned table
    /// under its recognized text): the page is rendered. A small one (a logo) is not reason enough.
    func testImagesThatMayHoldRules() {
        let extractor = RuleExtractor(settings: .whereTablesMayBe)
        XCTAssertTrue(extractor.mayHoldRules(box(.image, 50, 100, 550, 700)))
        XCTAssertFalse(extractor.mayHoldRules(box(.image, 50, 100, 90, 140)))
        XCTAssertFalse(extractor.mayHoldRules(box(.fill, 50, 100, 550, 700)))
        // Only the part inside the clip counts.
        var clipped = box(.image, 50, 100, 550, 700)
        clipped.clip = (x0: 0, y0: 0, x1: 60, y1: 110)
        XCTAssertFalse(extractor.mayHoldRules(clipped))
    }
}
