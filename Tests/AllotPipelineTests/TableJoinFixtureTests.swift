import AllotModel
import AllotPipeline
import Foundation
import XCTest

/// Fixtures/joins (Scripts/fixturegen/join_specs.py): tables back to back whose titles differ in
/// one part (another batch, year, fund or attachment label), the first without a total row. Each
/// is a table of its own: joined, one table's rows would fall under the other's 合计 and give a
/// false total mismatch. A table continued over a page break under its title printed again (as
/// it was, or …（续）) is still one table.
final class TableJoinFixtureTests: XCTestCase {
    /// 第一批 without a total, then 第二批 under the same header on the same page.
    func testAnotherBatchOnTheSamePageIsAnotherTable() throws {
        try assertReadsAsGenerated("joins", "joins-batch-same-page")
    }

    /// 2024年 → 2025年 → 省级财政, each on a new page; the first two continue over a page break.
    func testAnotherYearOrFundOnTheNextPageIsAnotherTable() throws {
        try assertReadsAsGenerated("joins", "joins-year-fund-page-break")
    }

    /// Ruled: 附件1 and 附件2 under the same title, then another fund.
    func testAnotherAttachmentIsAnotherTable() throws {
        try assertReadsAsGenerated("joins", "joins-attachments-ruled")
    }

    /// 2024年 continued under its title printed again as 二○二四年 (one table), then 二○二五年
    /// (another year, in Chinese numerals) with 合计.
    func testAYearInChineseNumeralsComparesByValue() throws {
        try assertReadsAsGenerated("joins", "joins-chinese-year")
    }
}
