import AllotModel
import AllotReconcile
import XCTest

private func row(_ number: Int, _ level: RowLevel, _ name: String, _ values: [String?], parent: Int?,
                 page: Int = 1, code: String = "", signal: HierarchySignal? = nil) -> AllocationRow {
    var row = AllocationRow(number: number, page: page, level: level, rawName: name, name: name, region: "",
                            amounts: values.map { $0.flatMap { text in Decimal(string: text).map { Amount(value: $0, text: text) } } },
                            rawAmounts: values.map { $0 ?? "" }, remark: "", parent: parent)
    row.code = code
    row.hierarchySignal = signal
    return row
}

private func table(_ rows: [AllocationRow], columns: [TableColumn], unit: String = "元", sides: [Int] = []) -> AllocationTable {
    var table = AllocationTable(index: 1, title: "t", unit: unit, attachment: "", amountColumns: columns, rows: rows)
    table.columnSides = sides
    return table
}

private func columns(_ names: [String], parent: String? = nil) -> [TableColumn] {
    names.map { TableColumn(name: $0, parent: parent, role: .amount) }
}

final class RelationGateTests: XCTestCase {
    /// A 类/款/项 table whose sums all hold: no finding.
    func testCodedTableThatHoldsHasNoFindings() {
        let rows = [
            row(1, .subtotal, "一般公共服务支出", ["30", "20", "10"], parent: 5, code: "201", signal: .code),
            row(2, .subtotal, "商贸事务", ["30", "20", "10"], parent: 1, code: "20113", signal: .code),
            row(3, .item, "行政运行", ["20", "20", nil], parent: 2, code: "2011301", signal: .code),
            row(4, .item, "一般行政管理事务", ["10", nil, "10"], parent: 2, code: "2011302", signal: .code),
            row(5, .total, "合计", ["30", "20", "10"], parent: nil, signal: .label),
        ]
        XCTAssertEqual(Reconciler().check(table(rows, columns: columns(["合计", "基本支出", "项目支出"]))), [])
    }

    /// One misprint in a table whose other sums hold is a finding, found once.
    func testALoneMismatchIsAFinding() {
        let rows = [
            row(1, .subtotal, "一般公共服务支出", ["30", "20", "10"], parent: 5, code: "201", signal: .code),
            row(2, .subtotal, "商贸事务", ["30", "20", "10"], parent: 1, code: "20113", signal: .code),
            row(3, .item, "行政运行", ["20", "20", nil], parent: 2, code: "2011301", signal: .code),
            row(4, .item, "一般行政管理事务", ["11", nil, "10"], parent: 2, code: "2011302", signal: .code),
            row(5, .total, "合计", ["30", "20", "10"], parent: nil, signal: .label),
        ]
        let findings = Reconciler().check(table(rows, columns: columns(["合计", "基本支出", "项目支出"])))
        XCTAssertEqual(findings.map(\.check.rawValue), ["subtotal", "crossfoot"])
        XCTAssertEqual(findings.map(\.row), [2, 4])
    }

    /// Sums that mostly fail mean the table was misread: one note, no findings.
    func testMostlyFailingSumsAreANoteNotFindings() {
        let rows = [
            row(1, .item, "甲", ["201"], parent: 4), row(2, .item, "乙", ["30101"], parent: 4),
            row(3, .item, "丙", ["7"], parent: 4), row(4, .total, "合计", ["10"], parent: nil),
        ]
        let findings = Reconciler().check(table(rows, columns: columns(["预算数"])))
        XCTAssertEqual(findings.map(\.check.rawValue), ["structure_unrecognized"])
        XCTAssertFalse(findings.contains(where: \.isProblem))
    }

    /// 万元 figures rounded row by row: a difference of one cent is a rounding note.
    func testRoundingIsANote() {
        let rows = [
            row(1, .item, "甲", ["1.33"], parent: 4), row(2, .item, "乙", ["1.33"], parent: 4),
            row(3, .item, "丙", ["1.33"], parent: 4), row(4, .total, "合计", ["4.00"], parent: nil),
            row(5, .item, "丁", ["1.00"], parent: 7), row(6, .item, "戊", ["2.00"], parent: 7),
            row(7, .total, "合计", ["3.00"], parent: nil),
        ]
        let findings = Reconciler().check(table(rows, columns: columns(["决算数"]), unit: "万元"))
        XCTAssertEqual(findings.map(\.check.rawValue), ["rounding"])
        XCTAssertFalse(findings.contains(where: \.isProblem))
    }

    /// A blank printed sum has no value: never a mismatch.
    func testBlankSumIsNotZero() {
        let rows = [
            row(1, .subtotal, "一、事业收入", [nil], parent: nil), row(2, .item, "1.甲", ["5"], parent: 1),
            row(3, .subtotal, "二、其他", ["5"], parent: nil), row(4, .item, "1.乙", ["5"], parent: 3),
        ]
        XCTAssertEqual(Reconciler().check(table(rows, columns: columns(["预算数"]))), [])
    }

    /// A page inside the table without rows: the sums over it are not checked, and a note says so.
    func testSumsOverAMissingPageAreSkipped() {
        let rows = [
            row(1, .total, "合计", ["100"], parent: nil, page: 1),
            row(2, .item, "甲", ["40"], parent: 1, page: 1), row(3, .item, "乙", ["50"], parent: 1, page: 3),
        ]
        XCTAssertEqual(Reconciler().check(table(rows, columns: columns(["资金"]))).map(\.check.rawValue), ["incomplete_table"])
    }

    /// Each side of a two-sided table is its own column group: no identity across the halves.
    func testTwoSidedTableHasNoIdentityAcrossItsHalves() {
        let rows = [
            row(1, .item, "一、财政拨款收入", ["30", nil, nil], parent: 2),
            row(2, .total, "收入总计", ["30", nil, nil], parent: nil),
            row(3, .item, "一、一般公共服务支出", [nil, "30", "30"], parent: 4),
            row(4, .total, "支出总计", [nil, "30", "30"], parent: nil),
        ]
        let built = table(rows, columns: columns(["预算数", "合计", "一般公共预算"]), sides: [0, 1, 1])
        XCTAssertEqual(Reconciler().check(built), [])
    }
}

extension RelationGateTests {
    /// Two lists side by side (人员经费合计 | 公用经费合计) close different quantities: their totals
    /// are never compared (they are parts of a 基本支出 printed elsewhere). A 收支总表's 总计 | 总计,
    /// or 收入总计 | 支出总计, are.
    func testOnlyTotalsOfOneQuantityBalance() {
        func halves(_ left: String, _ right: String) -> AllocationTable {
            var rows = [
                row(1, .item, "基本工资", ["30", nil], parent: 2),
                row(2, .total, left, ["30", nil], parent: nil),
                row(3, .item, "办公费", [nil, "20"], parent: 4),
                row(4, .total, right, [nil, "20"], parent: nil),
            ]
            rows[2].side = 1
            rows[3].side = 1
            var built = table(rows, columns: columns(["决算数", "决算数"]), sides: [0, 1])
            built.kind = .twoSided
            return built
        }
        XCTAssertEqual(Reconciler().check(halves("人员经费合计", "公用经费合计")), [])
        XCTAssertEqual(Reconciler().check(halves("收入总计", "支出总计")).map(\.check), [.balance])
        XCTAssertEqual(Reconciler().check(halves("总 计", "总计")).map(\.check), [.balance])
    }

    /// A rounding difference in the right half of a table whose halves name their columns alike is
    /// a rounding note, found in the column where its row has a value.
    func testRoundingInTheSecondHalfOfLikeNamedColumns() {
        var rows = [
            row(1, .item, "基本工资", ["30.00", nil], parent: 2),
            row(2, .total, "人员经费合计", ["30.00", nil], parent: nil),
            row(3, .subtotal, "商品和服务支出", [nil, "20.00"], parent: 6),
            row(4, .item, "办公费", [nil, "12.01"], parent: 3),
            row(5, .item, "水费", [nil, "7.98"], parent: 3),
            row(6, .total, "公用经费合计", [nil, "20.00"], parent: nil),
        ]
        for index in 2..<6 { rows[index].side = 1 }
        var built = table(rows, columns: columns(["决算数", "决算数"]), unit: "万元", sides: [0, 1])
        built.kind = .twoSided
        XCTAssertEqual(Reconciler().check(built).map(\.check), [.rounding])
    }
}
