import XCTest

/// Fixtures/blank-rows (Scripts/fixturegen/blank_specs.py): tables ordered by labels only, no
/// rules, with a county printed with its name and blank amounts among other counties. Nothing
/// sums under it and nothing belongs to it: an item printed blank, not a group heading that
/// would take the counties after it from their prefecture's 小计.
final class BlankRowFixtureTests: XCTestCase {
    func testABlankCountyAmongItemsIsAnItem() throws {
        try assertReadsAsGenerated("blank-rows", "blank-rows-label-placed")
    }

    /// Prefecture headings without subtotals: 延川县 printed blank between two of 延安市's
    /// counties is, by the division catalogue, one of them (an item), not a heading.
    func testABlankCountyUnderItsPrefecturesHeadingIsAnItem() throws {
        try assertReadsAsGenerated("blank-rows", "blank-rows-under-headings")
    }
}
