import AllotLayout
import AllotModel
import XCTest

/// Vertical ruling lines as cell boundaries: two amounts printed without a gap between their cells
/// are one run of glyphs by geometry, two cells by the rule between them.
final class LineBuilderRuleTests: XCTestCase {
    /// 9759.38 ends at x 142, 5377.64 starts there: no gap at all.
    private let row = glyphs("合计", x: 40, y: 100) + glyphs("9759.38", x: 100, y: 100) + glyphs("5377.64", x: 142, y: 100)

    func testAVerticalRuleBetweenTouchingAmountsSplitsThem() {
        let rule = Rule(axis: .vertical, position: 142, start: 80, end: 130, thickness: 0.5)
        let page = PageText(number: 1, width: 595, height: 842, glyphs: row, rules: [rule])
        XCTAssertEqual(LineBuilder().lines(of: page).first?.cells.map(\.text), ["合计", "9759.38", "5377.64"])
    }

    func testWithoutRulesTheGeometryDecides() {
        let page = PageText(number: 1, width: 595, height: 842, glyphs: row)
        XCTAssertEqual(LineBuilder().lines(of: page).first?.cells.map(\.text), ["合计", "9759.385377.64"])
    }

    func testARuleThatDoesNotCrossTheLineIsNoBoundary() {
        // The rule ends above the row (a header cell's border).
        let rule = Rule(axis: .vertical, position: 142, start: 20, end: 90, thickness: 0.5)
        let page = PageText(number: 1, width: 595, height: 842, glyphs: row, rules: [rule])
        XCTAssertEqual(LineBuilder().lines(of: page).first?.cells.map(\.text), ["合计", "9759.385377.64"])
    }
}
