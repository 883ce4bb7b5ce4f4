import AllotModel
import AllotPipeline
import Foundation
import XCTest

/// The real budget and final-account disclosures in ../shared/corpora/real (never copied into the
/// repository; skipped when absent). They are believed to add up, so any error or warning on them is
/// our misreading: none is allowed. The 支出预算总表 of r04 is checked cell by cell where the
/// hand-summed figures below were read off the printed page.
final class RealFiscalTablesTests: XCTestCase {
    private let corpus = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpora/real")

    private func notice(_ name: String) throws -> Notice {
        let path = corpus.appendingPathComponent(name).path
        guard FileManager.default.fileExists(atPath: path) else { throw XCTSkip("\(path) is absent") }
        return try NoticeProcessor().process(path: path)
    }

    func testNoDisclosureGetsAFindingWhereItsSumsHold() throws {
        // Each with the compiler its tables print (编制部门：… 单位：元 over every budget table; the final
        // accounts print none): allocations.compiler.
        let compilers = ["r04-sh-putuo-shangwu-2025-budget.pdf": "上海市普陀区商务委员会",
                         "r05-sh-putuo-sfj-2026-budget.pdf": "上海市普陀区司法局",
                         "r06-sh-putuo-czj-2025-budget.pdf": "上海市普陀区财政局", "r07-sh-putuo-czj-2024-final.pdf": "",
                         "r08-sh-putuo-ghzy-2024-final.pdf": ""]
        var confirmed = 0
        for (name, compiler) in compilers.sorted(by: { $0.key < $1.key }) {
            let notice = try notice(name)
            XCTAssertEqual(Set(notice.tables.map(\.compiler)), [compiler], name)
            // Restatements across tables and in the text, percentages of the text: RealCrossCheckTests
            // (golden, checked by hand).
            let problems = notice.findings.filter { $0.isProblem && ![.textTable, .crossTable, .textPercentage].contains($0.check) }
            XCTAssertEqual(problems.map { "\($0.check) \($0.message)" }, [], name)
            XCTAssertFalse(notice.tables.isEmpty, name)
            confirmed += notice.tables.flatMap(\.relations).filter { $0.hasSuffix(", confirmed") }.count
        }
        // The engine checked these documents, it did not just stay silent: relations were confirmed.
        XCTAssertGreaterThanOrEqual(confirmed, 20)
    }

    func testBudgetDisclosureKindsAndTheTwoSidedTable() throws {
        let notice = try notice("r04-sh-putuo-shangwu-2025-budget.pdf")
        XCTAssertEqual(notice.kind, .budgetDisclosure)
        let summary = try XCTUnwrap(notice.tables.first)
        XCTAssertEqual(summary.kind, .twoSided)
        // 收入总计 371,514,655.00 = 一、财政拨款收入 (= 1. 一般公共预算资金) + blank 二、三、四、.
        let income = try XCTUnwrap(summary.rows.first { $0.name == "收入总计" })
        let spending = try XCTUnwrap(summary.rows.first { $0.name == "支出总计" })
        XCTAssertEqual([income.level, spending.level], [.total, .total])
        XCTAssertEqual([income.side, spending.side], [0, 1])
        XCTAssertEqual(income.amounts.compactMap { $0?.text }, ["371514655.00"])
        XCTAssertEqual(spending.amounts.compactMap { $0?.text }, ["371514655.00"])
        let spendingParts = summary.rows.filter { $0.parent == spending.number }
        XCTAssertEqual(spendingParts.count, 7)  // 一、一般公共服务支出 … 七、住房保障支出
    }

    /// The 编制部门：… 单位：元 line under each title gives the unit and is no part of the title: 元
    /// for every table but the 三公 table on p. 21 (单位:万元).
    func testTitlesLeaveTheCompilerAndUnitLineOut() throws {
        let notice = try notice("r04-sh-putuo-shangwu-2025-budget.pdf")
        XCTAssertEqual(notice.tables.prefix(4).map(\.title), ["2025年部门财务收支预算总表", "2025年部门收入预算总表",
                                                             "2025年部门支出预算总表", "2025年部门财政拨款收支预算总表"])
        XCTAssertFalse(notice.tables.contains { $0.title.contains("编制部门") || $0.title.contains("单位") })
        XCTAssertEqual(Set(notice.tables.filter { !$0.title.contains("三公") }.map(\.unit)), ["元"])
        XCTAssertEqual(notice.tables.filter { $0.title.contains("三公") }.map(\.unit), ["万元"])
    }

    func testExpenditureTableByClassificationCodes() throws {
        let notice = try notice("r04-sh-putuo-shangwu-2025-budget.pdf")
        let table = try XCTUnwrap(notice.tables.first { $0.title.contains("支出预算总表") })
        XCTAssertEqual(table.kind, .classification)
        XCTAssertEqual(table.amountColumns.map(\.pathText), ["支出预算 › 合计", "支出预算 › 基本支出", "支出预算 › 项目支出"])
        XCTAssertEqual(table.rows.count, 31)  // 30 coded rows over two pages and 合计
        func row(_ code: String) throws -> AllocationRow { try XCTUnwrap(table.rows.first { $0.code == code }, code) }
        // 201 一般公共服务支出: 21,601,733 = 12,291,733 + 9,310,000.
        let general = try row("201")
        XCTAssertEqual(general.name, "一般公共服务支出")
        XCTAssertEqual(general.amounts.map { $0?.text }, ["21601733.00", "12291733.00", "9310000.00"])
        // 2011302 一般行政管理事务: no 基本支出 (blank, not zero), 4,545,000 of 项目支出.
        let administration = try row("2011302")
        XCTAssertEqual(administration.amounts.map { $0?.text }, ["4545000.00", nil, "4545000.00"])
        XCTAssertEqual(administration.parent, try row("20113").number)
        XCTAssertEqual(administration.depth, 3)
        XCTAssertEqual(try row("20113").parent, general.number)
        // The 款 after the page break still hangs under its 类: 2080599 under 20805.
        XCTAssertEqual(try row("2080599").parent, try row("20805").number)
        // 合计 = 201 + 206 + 208 + 210 + 215 + 216 + 221 = 371,514,655; 19,830,655 + 351,684,000.
        let total = try XCTUnwrap(table.rows.last)
        XCTAssertEqual(total.level, .total)
        XCTAssertEqual(total.amounts.map { $0?.text }, ["371514655.00", "19830655.00", "351684000.00"])
        XCTAssertEqual(table.rows.filter { $0.parent == total.number }.map(\.code),
                       ["201", "206", "208", "210", "215", "216", "221"])
        XCTAssertTrue(table.rows.allSatisfy { $0.region.isEmpty && $0.divisionCode.isEmpty })
    }
}
