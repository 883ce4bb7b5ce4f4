import AllotModel
import AllotNormalize
import XCTest

private func raw(_ columns: [TableColumn], _ rows: [[String]], page: Int = 1, title: String = "t") -> RawTable {
    RawTable(index: 1, title: title, unit: "元", attachment: "", columns: columns,
             rows: rows.map { RawTableRow(page: page, cells: $0, box: Box(x0: 0, y0: 0, x1: 1, y1: 1)) })
}

private func normalized(_ raw: RawTable) -> AllocationTable {
    TableNormalizer(resolver: nil).normalize(raw, context: NoticeContext()).table
}

/// Fiscal tables in the normalize stage: codes split from labels or read from 类 | 款 | 项 columns,
/// hierarchy by codes and numbering, two-sided tables read side by side.
final class FiscalNormalizeTests: XCTestCase {
    func testSplitCodeColumnsBecomeTheRowCode() {
        let columns = [TableColumn(name: "类", role: .code), TableColumn(name: "款", role: .code),
                       TableColumn(name: "项", role: .code), TableColumn(name: "科目名称", role: .label),
                       TableColumn(name: "合计", role: .amount)]
        let table = normalized(raw(columns, [
            ["201", "", "", "一般公共服务支出", "30"], ["201", "13", "", "商贸事务", "30"],
            ["201", "13", "01", "行政运行", "30"], ["", "", "", "合计", "30"],
        ]))
        XCTAssertEqual(table.rows.map(\.code), ["201", "20113", "2011301", ""])
        XCTAssertEqual(table.rows.map(\.printedCode), ["201", "201 13", "201 13 01", ""])
        XCTAssertEqual(table.rows.map(\.parent), [4, 1, 2, nil])
        XCTAssertEqual(table.rows.map(\.depth), [1, 2, 3, 0])
        XCTAssertEqual(table.rows.map(\.name), ["一般公共服务支出", "商贸事务", "行政运行", "合计"])
        XCTAssertEqual(table.kind, .classification)
        XCTAssertEqual(table.amountColumns.map(\.name), ["合计"])
    }

    func testCodeInFrontOfTheLabelOrStrayedIntoTheCodeColumn() {
        let columns = [TableColumn(name: "类款项", role: .code), TableColumn(name: "科目名称", role: .label),
                       TableColumn(name: "合计", role: .amount)]
        let table = normalized(raw(columns, [
            ["301", "工资福利支出", "5"], ["30101基本工资", "", "5"], ["", "合计", "5"],
        ]))
        XCTAssertEqual(table.rows.map(\.code), ["301", "30101", ""])
        XCTAssertEqual(table.rows.map(\.name), ["工资福利支出", "基本工资", "合计"])
        XCTAssertEqual(table.rows.map(\.parent), [3, 1, nil])
    }

    func testTwoSidedTableReadsEachSideOnItsOwn() {
        let columns = [TableColumn(name: "项目", role: .label), TableColumn(name: "预算数", role: .amount),
                       TableColumn(name: "项目", role: .label), TableColumn(name: "预算数", role: .amount)]
        let table = normalized(raw(columns, [
            ["一、财政拨款收入", "30", "一、一般公共服务支出", "20"],
            ["1.一般公共预算资金", "30", "二、科学技术支出", "10"],
            ["二、事业收入", "", "", ""],
            ["收入总计", "30", "支出总计", "30"],
        ]))
        XCTAssertEqual(table.kind, .twoSided)
        XCTAssertEqual(table.columnSides, [0, 1])
        XCTAssertEqual(table.rows.map(\.name), ["一、财政拨款收入", "1.一般公共预算资金", "二、事业收入", "收入总计",
                                                "一、一般公共服务支出", "二、科学技术支出", "支出总计"])
        XCTAssertEqual(table.rows.map(\.side), [0, 0, 0, 0, 1, 1, 1])
        XCTAssertEqual(table.rows.map(\.parent), [4, 1, 4, nil, 7, 7, nil])
        XCTAssertEqual(table.rows[4].amounts.map { $0?.text }, [nil, "20"])
    }
}
