import AllotModel
import AllotTables
import XCTest

private func raw(_ columns: [TableColumn], _ rows: [[String]], page: Int = 1, title: String = "t") -> RawTable {
    RawTable(index: 1, title: title, unit: "元", attachment: "", columns: columns,
             rows: rows.map { RawTableRow(page: page, cells: $0, box: Box(x0: 0, y0: 0, x1: 1, y1: 1)) })
}

/// Fiscal tables in the table stage: column roles confirmed by content, tables continued over a page.
final class FiscalTableTests: XCTestCase {
    func testContentConfirmsRoles() {
        let columns = [TableColumn(name: "科目", role: .amount), TableColumn(name: "名称", role: .label),
                       TableColumn(name: "金额", role: .amount), TableColumn(name: "变动", role: .amount)]
        let confirmed = ColumnRoles.confirmed(raw(columns, [
            ["201", "一般公共服务支出", "1,000.00", "5%"], ["20113", "商贸事务", "1,000.00", "3.5%"],
        ]))
        XCTAssertEqual(confirmed.columns.map(\.role), [.code, .label, .amount, .percentage])
    }

    func testAllocationAmountsStayAmounts() {
        let columns = [TableColumn(name: "县", role: .label), TableColumn(name: "资金", role: .amount)]
        let confirmed = ColumnRoles.confirmed(raw(columns, [["甲县", "100"], ["乙县", "10050"], ["丙县", "1000"]]))
        XCTAssertEqual(confirmed.columns.map(\.role), [.label, .amount])
    }

    func testTableSplitByAPageBreakIsJoined() {
        let columns = [TableColumn(name: "科目名称", role: .label), TableColumn(name: "合计", role: .amount)]
        let first = raw(columns, [["201一般公共服务支出", "5"]], page: 3, title: "支出表")
        var second = raw(columns, [["206科学技术支出", "5"], ["合计", "10"]], page: 4, title: "")
        second.index = 2
        var third = raw(columns, [["合计", "1"]], page: 5, title: "另一张表")
        third.index = 3
        let merged = TableContinuation.merged([first, second, third])
        XCTAssertEqual(merged.map(\.rows.count), [3, 1])
        XCTAssertEqual(merged.map(\.index), [1, 2])
        // A first part that has its total is complete: the next table is a table of its own.
        XCTAssertEqual(TableContinuation.merged([second, raw(columns, [["合计", "2"]], page: 5, title: "")]).count, 2)
    }

    /// A table that prints its total first goes on over the page break (its title printed again):
    /// the part after the break opens with rows, not with a total of its own. One that opens with
    /// its own total is a new table of the same shape; a first part with its total last is complete.
    func testATableWithItsTotalFirstIsJoinedOverAPageBreak() {
        let columns = [TableColumn(name: "科目名称", role: .label), TableColumn(name: "合计", role: .amount)]
        let first = raw(columns, [["合计", "10"], ["201一般公共服务支出", "5"]], page: 3, title: "支出表")
        let rest = raw(columns, [["206科学技术支出", "5"]], page: 4, title: "支出表")
        XCTAssertEqual(TableContinuation.merged([first, rest]).map(\.rows.count), [3])
        let another = raw(columns, [["合计", "7"], ["208社会保障和就业支出", "7"]], page: 4, title: "支出表")
        XCTAssertEqual(TableContinuation.merged([first, another]).count, 2)
        let closed = raw(columns, [["201一般公共服务支出", "5"], ["合计", "5"]], page: 3, title: "支出表")
        XCTAssertEqual(TableContinuation.merged([closed, rest]).count, 2)
        let twoTotals = raw(columns, [["合计", "5"], ["201一般公共服务支出", "5"], ["总计", "5"]], page: 3, title: "支出表")
        XCTAssertEqual(TableContinuation.merged([twoTotals, rest]).count, 2)
    }
}
