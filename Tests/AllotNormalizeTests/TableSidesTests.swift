import AllotModel
import AllotNormalize
import XCTest

private func columns(_ roles: [ColumnRole]) -> [TableColumn] {
    roles.map { TableColumn(name: $0.rawValue, role: $0) }
}

/// The halves of a two-sided table: each half is the column group its label column heads, with the
/// code columns printed in front of that label (经济分类科目编码 | 科目名称 | 决算数, twice).
final class TableSidesTests: XCTestCase {
    func testLabelAndAmountHalves() {
        XCTAssertEqual(TableSides.of(columns([.label, .amount, .label, .amount])), [[0, 1], [2, 3]])
        XCTAssertEqual(TableSides.of(columns([.label, .amount, .amount])), [[0, 1, 2]])
    }

    /// A half's code columns belong to it, not to the amounts of the half before.
    func testCodeColumnsInFrontOfTheSecondLabelStartTheSecondHalf() {
        XCTAssertEqual(TableSides.of(columns([.code, .label, .amount, .code, .label, .amount])),
                       [[0, 1, 2], [3, 4, 5]])
        XCTAssertEqual(TableSides.of(columns([.code, .code, .label, .amount, .code, .code, .label, .amount])),
                       [[0, 1, 2, 3], [4, 5, 6, 7]])
        // A remark column after the first half's amounts stays with it.
        XCTAssertEqual(TableSides.of(columns([.code, .label, .amount, .remark, .code, .label, .amount])),
                       [[0, 1, 2, 3], [4, 5, 6]])
    }

    /// A second label with no amount between it and the first is a text column of one table.
    func testNoAmountBetweenTheLabelsIsOneTable() {
        XCTAssertEqual(TableSides.of(columns([.label, .code, .label, .amount])), [[0, 1, 2, 3]])
    }

    /// 人员经费 | 公用经费 printed side by side: each half keeps its own codes, hierarchy and 合计;
    /// the right half's 合计 printed where the code column is (it spans 编码 and 名称) still closes it.
    func testTwoEconomicListsSideBySide() {
        let header = [TableColumn(name: "经济分类科目编码", role: .code), TableColumn(name: "科目名称", role: .label),
                      TableColumn(name: "决算数", role: .amount)]
        let raw = RawTable(index: 1, title: "一般公共预算财政拨款基本支出决算表", unit: "万元", attachment: "",
                           columns: header + header, rows: [
                               ["301", "工资福利支出", "10.00", "302", "商品和服务支出", "4.00"],
                               ["30101", "基本工资", "10.00", "30201", "办公费", "3.00"],
                               ["", "", "", "30299", "其他商品和服务支出", "1.00"],
                               ["", "", "", "310", "资本性支出", "2.00"],
                               ["", "", "", "31002", "办公设备购置", "2.00"],
                               ["", "人员经费合计", "10.00", "公用经费合计", "", "6.00"],
                           ].map { RawTableRow(page: 1, cells: $0, box: Box(x0: 0, y0: 0, x1: 1, y1: 1)) })
        let table = TableNormalizer(resolver: nil).normalize(raw, context: NoticeContext()).table
        XCTAssertEqual(table.columnSides, [0, 1])
        XCTAssertEqual(table.rows.map(\.name), ["工资福利支出", "基本工资", "人员经费合计", "商品和服务支出", "办公费",
                                                "其他商品和服务支出", "资本性支出", "办公设备购置", "公用经费合计"])
        XCTAssertEqual(table.rows.map(\.code), ["301", "30101", "", "302", "30201", "30299", "310", "31002", ""])
        XCTAssertEqual(table.rows.map(\.side), [0, 0, 0, 1, 1, 1, 1, 1, 1])
        XCTAssertEqual(table.rows.map(\.parent), [3, 1, nil, 9, 4, 4, 9, 7, nil])
        XCTAssertEqual(table.rows.map(\.level), [.subtotal, .item, .total, .subtotal, .item, .item, .subtotal, .item, .total])
        XCTAssertEqual(table.rows[8].amounts.map { $0?.text }, [nil, "6.00"])
        XCTAssertEqual(table.kind, .sideBySide, "one list in halves, not a 收支总表")
    }

    /// The kind of a table in halves by its structure: halves that repeat one layout and close with
    /// totals of different quantities are one list side by side; halves whose headers differ (收入 ›
    /// 项目 | 支出 › 项目, or other columns), or whose totals balance (收入总计 | 支出总计, 总计 | 总计),
    /// are a 收支总表, whatever each half's total is called.
    func testListsSideBySideAndTheHalvesOfASummary() {
        func kind(_ columns: [TableColumn], _ rows: [[String]]) -> TableKind {
            let raw = RawTable(index: 1, title: "", unit: "元", attachment: "", columns: columns,
                               rows: rows.map { RawTableRow(page: 1, cells: $0, box: Box(x0: 0, y0: 0, x1: 1, y1: 1)) })
            return TableNormalizer(resolver: nil).normalize(raw, context: NoticeContext()).table.kind
        }
        let half = [TableColumn(name: "项目", role: .label), TableColumn(name: "预算数", role: .amount)]
        let lists = [["工资福利支出", "10", "商品和服务支出", "6"], ["人员经费合计", "10", "公用经费合计", "6"]]
        XCTAssertEqual(kind(half + half, lists), .sideBySide)
        XCTAssertEqual(kind(half + half, [["财政拨款收入", "30", "一般公共服务支出", "30"], ["收入总计", "30", "支出总计", "30"]]),
                       .twoSided)
        XCTAssertEqual(kind(half + half, [["财政拨款收入", "30", "一般公共服务支出", "30"], ["总 计", "30", "总计", "30"]]),
                       .twoSided)
        var income = half, spending = half
        for index in half.indices {
            income[index].parent = "本年收入"
            spending[index].parent = "本年支出"
        }
        XCTAssertEqual(kind(income + spending, lists), .twoSided, "halves headed 收入 | 支出")
        let grants = half + [TableColumn(name: "项目", role: .label), TableColumn(name: "合计", role: .amount),
                             TableColumn(name: "一般公共预算", role: .amount)]
        XCTAssertEqual(kind(grants, [["财政拨款收入", "30", "一般公共服务支出", "30", "30"], ["收入合计", "30", "支出总计", "30", "30"]]),
                       .twoSided, "halves of different layouts")
    }
}
