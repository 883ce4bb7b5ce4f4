import AllotModel
import AllotTables
import XCTest

/// A two-sided 基本支出 table (人员经费 left, 公用经费 right, each `科目编码 | 科目名称 | 决算数`) whose
/// part on the next page was read as a table of its own, its first row the title printed again
/// (and the 编制单位/单位 line): the parts join without those rows; parts that cannot join are
/// both marked incomplete at the page break, so their sums there are notes, not findings.
final class TwoSidedContinuationTests: XCTestCase {
    private let title = "2023年部门基本支出经济分类决算表"

    private func columns(_ amount: String = "决算数") -> [TableColumn] {
        [TableColumn(name: "科目编码", role: .code), TableColumn(name: "科目名称", role: .label),
         TableColumn(name: amount, role: .amount), TableColumn(name: "科目编码", role: .code),
         TableColumn(name: "科目名称", role: .label), TableColumn(name: amount, role: .amount)]
    }

    private func row(_ page: Int, _ cells: [String]) -> RawTableRow {
        RawTableRow(page: page, cells: cells, box: Box(x0: 0, y0: 0, x1: 1, y1: 1))
    }

    private var firstPart: RawTable {
        RawTable(index: 1, title: title, unit: "万元", attachment: "", columns: columns(), rows: [
            row(1, ["301", "工资福利支出", "100.00", "302", "商品和服务支出", "50.00"]),
            row(1, ["30101", "基本工资", "100.00", "30201", "办公费", "50.00"]),
            row(1, ["303", "对个人和家庭的补助", "10.00", "310", "资本性支出", "8.00"]),
            row(1, ["30301", "离休费", "10.00", "31002", "办公设备购置", "5.00"]),
        ])
    }

    private func secondPart(_ columns: [TableColumn], opening: [[String]]) -> RawTable {
        RawTable(index: 2, title: "", unit: "", attachment: "", columns: columns, rows: opening.map { row(2, $0) } + [
            row(2, ["", "", "", "31099", "其他资本性支出", "3.00"]),
            row(2, ["", "人员经费合计", "110.00", "", "公用经费合计", "58.00"]),
        ])
    }

    func testTheRepeatedTitleAndUnitLineAreNoRowsAndThePartsJoin() {
        let opening = [["", title, "", "", "", ""], ["", "编制单位：某县某中心", "", "", "", "单位：万元"]]
        let tables = TableContinuation.merged([firstPart, secondPart(columns(), opening: opening)])
        XCTAssertEqual(tables.count, 1)
        XCTAssertEqual(tables.first?.rows.map { $0.cells[1] },
                       ["工资福利支出", "基本工资", "对个人和家庭的补助", "离休费", "", "人员经费合计"])
        XCTAssertEqual(tables.first?.gaps, [])
    }

    func testPartsThatDoNotLineUpAreBothIncompleteAtThePageBreak() {
        let opening = [["", "\(title)（续）", "", "", "", ""]]
        let tables = TableContinuation.merged([firstPart, secondPart(columns("金额"), opening: opening)])
        XCTAssertEqual(tables.count, 2)
        XCTAssertEqual(tables.map { $0.gaps.map(\.page) }, [[2], [2]])
    }

    func testAHeadingWhoseWordsAreInTheTitleStaysARow() {
        let tables = TableContinuation.merged([firstPart, secondPart(columns(), opening: [["", "基本支出", "", "", "", ""]])])
        XCTAssertEqual(tables.count, 1)
        XCTAssertEqual(tables.first?.rows.count, 7)
        XCTAssertEqual(tables.first?.gaps, [])
    }

    func testAnotherTablesTitleOpeningThePageIsNoRepeat() {
        let opening = [["", "2024年部门基本支出经济分类决算表", "", "", "", ""]]
        let tables = TableContinuation.merged([firstPart, secondPart(columns("金额"), opening: opening)])
        XCTAssertEqual(tables.map { $0.gaps.count }, [0, 0])
    }

    func testATitleReadAsTheLastRowOfAnUntitledPartIsNoRowAndThePartsJoin() {
        var first = firstPart
        first.title = ""
        first.rows.append(row(2, ["2023", "年度部门基本支出经济分类决算表", "", "", "", ""]))
        let tables = TableContinuation.merged([first, secondPart(columns(), opening: [])])
        XCTAssertEqual(tables.count, 1)
        XCTAssertEqual(tables.first?.rows.map { $0.cells[1] },
                       ["工资福利支出", "基本工资", "对个人和家庭的补助", "离休费", "", "人员经费合计"])
    }

    func testARowOnTheNextPageThatNamesNoTableStaysARow() {
        var first = firstPart
        first.title = ""
        first.rows.append(row(2, ["", "其他资本性支出明细", "", "", "", ""]))
        let tables = TableContinuation.merged([first, secondPart(columns(), opening: [])])
        XCTAssertEqual(tables.first?.rows.count, 5)
    }
}
