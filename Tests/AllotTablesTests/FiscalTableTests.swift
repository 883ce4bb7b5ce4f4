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
}
