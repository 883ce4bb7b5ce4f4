import XCTest

/// Fixtures/blank-rows (Scripts/fixturegen/blank_specs.py): tables ordered by labels only, no
/// rules, with a county printed with its name and blank amounts among other counties. Nothing
/// sums under it and nothing belongs to it: an item printed blank, not a group heading that
/// would take the counties after it from their prefecture's 小计.
final class BlankRowFixtureTests: XCTestCase {
    func testABlankCountyAmongItemsIsAnItem() throws {
        try assertReadsAsGenerated("blank-rows", "blank-rows-label-placed")
    }
}
