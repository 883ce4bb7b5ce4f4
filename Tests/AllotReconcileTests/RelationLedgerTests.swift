import AllotModel
import AllotReconcile
import XCTest

private func row(_ number: Int, _ level: RowLevel, _ name: String, _ values: [String?], parent: Int?,
                 signal: HierarchySignal? = nil) -> AllocationRow {
    var row = AllocationRow(number: number, page: 1, level: level, rawName: name, name: name, region: "",
                            amounts: values.map { $0.flatMap { text in Decimal(string: text).map { Amount(value: $0, text: text) } } },
                            rawAmounts: values.map { $0 ?? "" }, remark: "", parent: parent)
    row.hierarchySignal = signal
    return row
}

private func table(_ rows: [AllocationRow], _ names: [String], unit: String = "元") -> AllocationTable {
    AllocationTable(index: 1, title: "t", unit: unit, attachment: "",
                    amountColumns: names.map { TableColumn(name: $0, role: .amount) }, rows: rows)
}

/// The relations table: every instance of every relation, with the status the findings agree with.
final class RelationLedgerTests: XCTestCase {
    /// A subtotal with a breakdown row (其中) and two numbered items under 合计; 丁 prints 11 where its parts give 10.
    private let loneMisprintRows = [
        row(1, .subtotal, "一、甲", ["30", "20", "10"], parent: 5, signal: .numbering),
        row(2, .item, "其中：乙", ["5", "5", nil], parent: 1, signal: .breakdown),
        row(3, .item, "1.丙", ["20", "20", nil], parent: 1, signal: .numbering),
        row(4, .item, "2.丁", ["11", nil, "10"], parent: 1, signal: .numbering),
        row(5, .total, "合计", ["30", "20", "10"], parent: nil, signal: .label),
    ]

    private func statuses(_ checks: [RelationCheck]) -> [String] {
        checks.map { "\($0.kind.rawValue) r\($0.row) c\($0.column) \($0.status.rawValue)" }
    }

    /// A lone misprint: its instance fails (the finding's), the others hold, the breakdown is within.
    func testStatusesFollowTheFindings() {
        let rows = loneMisprintRows
        let sample = table(rows, ["合计", "基本支出", "项目支出"])
        let checks = Reconciler().relationChecks(sample)
        XCTAssertEqual(statuses(checks), [
            "vertical_numbering r1 c0 fails", "vertical_numbering r1 c1 holds", "vertical_numbering r1 c2 holds",
            "vertical_numbering r5 c0 holds", "vertical_numbering r5 c1 holds", "vertical_numbering r5 c2 holds",
            "breakdown r1 c0 holds", "breakdown r1 c1 holds",
            "horizontal r1 c0 holds", "horizontal r2 c0 holds", "horizontal r3 c0 holds", "horizontal r4 c0 fails",
            "horizontal r5 c0 holds",
        ])
        XCTAssertEqual(checks.first?.partRows, [3, 4])
        XCTAssertEqual(checks.first?.computed, 31)
        XCTAssertEqual(checks.first { $0.kind == .horizontal && $0.row == 4 }?.partColumns, [2], "the blank part is not summed")
        // Every failing instance is one finding of the same cell.
        let findings = Reconciler().check(sample).filter { $0.check.isArithmetic }
        XCTAssertEqual(findings.count, checks.filter { $0.status == .fails }.count)
    }

    /// A relation the table does not confirm: its instances are not checked, and say why.
    func testUnconfirmedRelationIsNotChecked() {
        let rows = [
            row(1, .item, "甲", ["201"], parent: 4), row(2, .item, "乙", ["30101"], parent: 4),
            row(3, .item, "丙", ["7"], parent: 4), row(4, .total, "合计", ["10"], parent: nil),
        ]
        let checks = Reconciler().relationChecks(table(rows, ["预算数"]))
        XCTAssertEqual(statuses(checks), ["vertical_label r4 c0 not_checked"])
        XCTAssertTrue(checks[0].reason.contains("not confirmed"), checks[0].reason)
    }

    /// Rounding and a blank sum.
    func testRoundingAndBlankSums() {
        let rows = [
            row(1, .item, "甲", ["1.33"], parent: 4), row(2, .item, "乙", ["1.33"], parent: 4),
            row(3, .item, "丙", ["1.33"], parent: 4), row(4, .total, "合计", ["4.00"], parent: nil),
            row(5, .item, "丁", ["1.00"], parent: 7), row(6, .item, "戊", ["2.00"], parent: 7),
            row(7, .total, "合计", ["3.00"], parent: nil),
            row(8, .item, "己", ["1.00"], parent: 9), row(9, .total, "合计", [nil], parent: nil),
        ]
        let checks = Reconciler().relationChecks(table(rows, ["决算数"], unit: "万元"))
        XCTAssertEqual(statuses(checks), ["vertical_label r4 c0 rounding", "vertical_label r7 c0 holds",
                                          "vertical_label r9 c0 not_checked"])
        XCTAssertNil(checks[2].stated)
    }
    /// `reconcile` gives what the four questions asked one by one give, from one evaluation.
    func testReconcileGivesWhatEachQuestionGives() {
        let rows = loneMisprintRows + [
            row(6, .item, "丙", ["7", "7", nil], parent: 8),
            row(7, .item, "丁", ["4", nil, "4"], parent: 8),
            row(8, .total, "合计", ["12", "7", "4"], parent: nil, signal: .label),
        ]
        for sample in [table(Array(rows[..<5]), ["合计", "基本支出", "项目支出"]),
                       table(rows, ["合计", "基本支出", "项目支出"], unit: "万元"),
                       table(Array(rows[5...]), ["预算数", "甲", "乙"])] {
            let reconciliation = Reconciler().reconcile(sample)
            XCTAssertEqual(reconciliation.relations, Reconciler().relations(sample))
            XCTAssertEqual(reconciliation.relationChecks, Reconciler().relationChecks(sample))
            XCTAssertEqual(reconciliation.rowsNextToGaps, Reconciler().rowsNextToGaps(sample))
            XCTAssertEqual(reconciliation.findings, Reconciler().check(sample))
            XCTAssertFalse(reconciliation.relationChecks.isEmpty)
        }
    }
}
