import AllotLayout
import AllotModel
import XCTest

/// Glyphs for `text` starting at x, one em per CJK character and half an em per ASCII one.
func glyphs(_ text: String, x: Double, y: Double, size: Double = 12) -> [Glyph] {
    var result: [Glyph] = []
    var cursor = x
    for scalar in text.unicodeScalars {
        let width = scalar.isASCII ? size / 2 : size
        result.append(Glyph(text: String(scalar), box: Box(x0: cursor, y0: y, x1: cursor + width, y1: y + size),
                            fontSize: size))
        cursor += width
    }
    return result
}

final class LineBuilderTests: XCTestCase {
    private func page(_ glyphs: [Glyph]) -> PageText {
        PageText(number: 1, width: 595, height: 842, glyphs: glyphs)
    }

    func testRowsAreRebuiltFromGeometryNotStreamOrder() {
        // The text layer emits the second row first and the 县 of 盂 县 last, as poppler can.
        let first = glyphs("全省合计", x: 100, y: 100) + glyphs("403155", x: 300, y: 100)
        let yu = glyphs("盂", x: 100, y: 120)
        let xian = glyphs("县", x: 136, y: 120)
        let amount = glyphs("1777", x: 300, y: 120)
        let lines = LineBuilder().lines(of: page(amount + yu + first + xian))
        XCTAssertEqual(lines.count, 2)
        XCTAssertEqual(lines[0].cells.map(\.text), ["全省合计", "403155"])
        // 2 em between 盂 and 县: a wide gap, so two cells; the table stage joins them by column.
        XCTAssertEqual(lines[1].cells.map(\.text), ["盂", "县", "1777"])
    }

    func testPaddingSpacesStayInsideTheName() {
        let row = glyphs("盂  县", x: 100, y: 100) + glyphs("1777", x: 300, y: 100)
        let lines = LineBuilder().lines(of: page(row))
        XCTAssertEqual(lines.map { $0.cells.map(\.text) }, [["盂  县", "1777"]])
    }

    /// A line whose glyphs share a baseline comes left to right out of the page's sort (kept as it
    /// is); with the baselines jittered it comes in another order (sorted): the same cells.
    func testGlyphsInOrderGiveTheCellsTheSortGives() {
        let level = glyphs("全省 合计", x: 100, y: 100) + glyphs("403,155.20", x: 300, y: 100)
        let jittered = level.enumerated().map { index, glyph in
            var moved = glyph
            let shift = Double((index * 7) % 5) * 0.2
            moved.box = Box(x0: glyph.box.x0, y0: glyph.box.y0 + shift, x1: glyph.box.x1, y1: glyph.box.y1 + shift)
            return moved
        }
        let straight = LineBuilder().lines(of: page(level.reversed()))
        let shaken = LineBuilder().lines(of: page(jittered.shuffled()))
        XCTAssertEqual(straight.map { $0.cells.map(\.text) }, [["全省 合计", "403,155.20"]])
        XCTAssertEqual(shaken.map { $0.cells.map(\.text) }, straight.map { $0.cells.map(\.text) })
    }

    func testLabelAndNumberSplitEvenWhenClose() {
        let row = glyphs("全省合计", x: 100, y: 100) + glyphs("403155", x: 152, y: 100)
        let lines = LineBuilder().lines(of: page(row))
        XCTAssertEqual(lines.first?.cells.map(\.text), ["全省合计", "403155"])
    }

    func testZeroSizeBoxesAreIgnored() {
        var row = glyphs("阳曲县", x: 100, y: 100)
        row.append(Glyph(text: "X", box: Box(x0: 0, y0: 0, x1: 0, y1: 0), fontSize: 0))
        let lines = LineBuilder().lines(of: page(row))
        XCTAssertEqual(lines.map(\.text), ["阳曲县"])
    }

    func testSettingsValidationNamesTheSetting() {
        var settings = LayoutSettings()
        settings.cellGap = -1
        XCTAssertThrowsError(try settings.validate()) { error in
            XCTAssertEqual("\(error)", "layout setting cellGap = -1.0 is out of range")
        }
    }

    func testCloselyStackedLinesDoNotChainIntoOne() {
        // Four short lines 5 pt apart, 12 pt tall: neighbours overlap by more than half, but the
        // first and the last do not overlap at all. A line is judged by its mean centre, so the
        // stack splits instead of chaining into one line.
        let stack = glyphs("单位", x: 300, y: 100) + glyphs("其中", x: 200, y: 105)
            + glyphs("地市", x: 40, y: 110) + glyphs("中央资金", x: 190, y: 115)
        let lines = LineBuilder().lines(of: page(stack))
        XCTAssertGreaterThan(lines.count, 1)
        XCTAssertFalse(lines.contains { $0.text.contains("单位") && $0.text.contains("中央资金") })
    }

    /// A line's font size is its most common glyph size, the larger on a tie; one size throughout
    /// is that size; sizes of zero (no font size, no height) give the default 10.
    func testALinesFontSizeIsItsMostCommonSize() {
        func size(_ row: [Glyph]) -> Double? { LineBuilder().lines(of: page(row)).first?.fontSize }
        XCTAssertEqual(size(glyphs("合计", x: 100, y: 100) + glyphs("403", x: 300, y: 100)), 12)
        XCTAssertEqual(size(glyphs("合计", x: 100, y: 100) + glyphs("403", x: 300, y: 100, size: 11.6)), 11.6)
        XCTAssertEqual(size(glyphs("合计", x: 100, y: 100) + glyphs("40", x: 300, y: 100, size: 11.8)), 12)
        XCTAssertEqual(size(glyphs("合", x: 100, y: 100, size: 9)), 9)
        let flat = (0..<3).map { Glyph(text: "合", box: Box(x0: 100 + 14 * Double($0), y0: 100, x1: 112 + 14 * Double($0), y1: 100),
                                       fontSize: 0) }
        XCTAssertEqual(size(flat), 10)
    }

    /// A line is a run of the page's ink sorted by centre: rows emitted in any order, some with
    /// padding, one with its glyphs reversed, come back each whole, top to bottom, every glyph once.
    func testEachLineIsOneRunOfThePagesInk() {
        let rows = [("地区", "资金"), ("太原市", "1,200"), ("盂  县", "88"), ("阳曲县", "403.5"), ("合计", "1,691.5")]
        var stream: [Glyph] = []
        for (number, row) in rows.enumerated() {
            let y = 100 + 20 * Double(number)
            let label = glyphs(row.0, x: 100, y: y)
            stream += (number == 2 ? label.reversed() : label) + glyphs(row.1, x: 300, y: y)
        }
        // The rows interleaved: the even glyphs in order, then the odd ones from the end.
        let evens = stream.indices.filter { $0 % 2 == 0 }
        let odds = stream.indices.filter { $0 % 2 == 1 }.reversed()
        let shuffled = (evens + odds).map { stream[$0] }
        let lines = LineBuilder().lines(of: page(shuffled))
        XCTAssertEqual(lines.map { $0.cells.map(\.text) }, rows.map { [$0.0, $0.1] })
        XCTAssertEqual(lines.map(\.glyphs.count).reduce(0, +), stream.count)
        XCTAssertEqual(lines.map { $0.glyphs.map(\.text).joined() }, rows.map { $0.0 + $0.1 })
    }
}
