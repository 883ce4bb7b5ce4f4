import AllotLayout
import AllotModel
import XCTest

/// Ruling lines turn with the text of a rotated page: a quarter turn swaps horizontal and vertical.
final class PageOrientationRuleTests: XCTestCase {
    private func page(rules: [Rule]?) -> PageText {
        // One glyph at the far corner fixes the display extent at the page size.
        PageText(number: 1, width: 600, height: 800,
                 glyphs: [Glyph(text: "一", box: Box(x0: 590, y0: 790, x1: 600, y1: 800), fontSize: 10)], rules: rules)
    }

    func testQuarterTurnSwapsAxesAndKeepsLengths() throws {
        let horizontal = Rule(axis: .horizontal, position: 100, start: 50, end: 250, thickness: 1)
        let vertical = Rule(axis: .vertical, position: 300, start: 20, end: 80, thickness: 0.5)
        let turned = PageOrientation.quarterClockwise.turn(page(rules: [horizontal, vertical]))
        let rules = try XCTUnwrap(turned.rules)
        XCTAssertEqual(rules.map(\.axis), [.vertical, .horizontal])
        XCTAssertEqual(rules.map(\.length), [200, 60])
        XCTAssertEqual(rules.map(\.thickness), [1, 0.5])
        // As for glyph boxes: (x, y) → (y, 800 - x), 800 being the extent across the turn.
        XCTAssertEqual(rules[0].position, 100)
        XCTAssertEqual(rules[0].start, 800 - 250)
        XCTAssertEqual(rules[0].end, 800 - 50)
        XCTAssertEqual(rules[1].position, 800 - 300)
        XCTAssertEqual(rules[1].start, 20)
        let glyph = try XCTUnwrap(turned.glyphs.first)
        XCTAssertEqual(glyph.box, Box(x0: 790, y0: 200, x1: 800, y1: 210))
    }

    func testUprightAndUnreadRulesPassThrough() {
        let rule = Rule(axis: .horizontal, position: 10, start: 0, end: 100, thickness: 1)
        XCTAssertEqual(PageOrientation.upright.turn(page(rules: [rule])).rules, [rule])
        XCTAssertNil(PageOrientation.upsideDown.turn(page(rules: nil)).rules)
    }
}
