import AllotModel
import AllotReconcile
import XCTest

private func row(_ number: Int, _ level: RowLevel, _ name: String, _ values: [String?], parent: Int?) -> AllocationRow {
    AllocationRow(number: number, page: 1, level: level, rawName: name, name: name, region: name,
                  amounts: values.map { $0.flatMap { text in Decimal(string: text).map { Amount(value: $0, text: text) } } },
                  rawAmounts: values.map { $0 ?? "" }, remark: "", parent: parent)
}

private func table(_ rows: [AllocationRow], columns: [String] = ["中央资金"]) -> AllocationTable {
    AllocationTable(index: 1, title: "t", unit: "万元", attachment: "",
                    amountColumns: columns.map { TableColumn(name: $0, role: .amount) }, rows: rows)
}

final class ReconcilerTests: XCTestCase {
    func testDuplicateItemsAreReportedAgainstTheirFirstRowInRowOrder() {
        let rows = [
            row(1, .total, "合计", [nil], parent: nil),
            row(2, .subtotal, "甲市小计", [nil], parent: 1),
            row(3, .item, "乙县", [nil], parent: 2),
            row(4, .item, "甲县", [nil], parent: 2),
            row(5, .item, "乙县", [nil], parent: 2),  // again under 甲市: as row 3
            row(6, .subtotal, "乙市小计", [nil], parent: 1),
            row(7, .item, "乙县", [nil], parent: 6),  // under another parent: no duplicate
            row(8, .item, "甲县", [nil], parent: 2),  // as row 4
            row(9, .item, "乙县", [nil], parent: 2),  // as row 3, not row 5
            row(10, .item, "", [nil], parent: 2),
            row(11, .item, "", [nil], parent: 2),  // no label: not compared
            row(12, .item, "甲县", [nil], parent: nil),
            row(13, .item, "甲县", [nil], parent: nil),  // as row 12 (no parent)
        ]
        let duplicates = Reconciler().check(table(rows)).filter { $0.check == .duplicateRow }
        XCTAssertEqual(duplicates.map(\.row), [5, 8, 9, 13])
        XCTAssertEqual(duplicates.map(\.message).map { $0.contains("rows 3 and 5") }, [true, false, false, false])
        XCTAssertTrue(duplicates[1].message.contains("rows 4 and 8"), duplicates[1].message)
        XCTAssertTrue(duplicates[2].message.contains("rows 3 and 9"), duplicates[2].message)
        XCTAssertTrue(duplicates[3].message.contains("rows 12 and 13"), duplicates[3].message)
    }

    /// A functional table read as one flat list under its total (its indentation lost): the total
    /// refutes that hierarchy, so "under the same parent" is no claim about the document. 行政运行
    /// under two 款 and a 款 over its one 项 of the same name and amounts are no duplicates; a row
    /// printed again with the same amounts further down, or with the same printed code, is.
    func testRepeatedNamesAreDuplicatesOnlyWhereTheStructureSaysSo() {
        var rows = [
            row(1, .total, "合计", ["100"], parent: nil),
            row(2, .item, "人大事务", ["30"], parent: 1),
            row(3, .item, "行政运行", ["10"], parent: 1),
            row(4, .item, "一般行政管理事务", ["20"], parent: 1),
            row(5, .item, "财政事务", ["70"], parent: 1),
            row(6, .item, "行政运行", ["40"], parent: 1),  // under another 款: other amounts
            row(7, .item, "城乡社区规划与管理", ["5"], parent: 1),
            row(8, .item, "城乡社区规划与管理", ["5"], parent: 1),  // the 项 under its 款
            row(9, .item, "信息化建设", ["7"], parent: 1),
            row(10, .item, "一般行政管理事务", ["20"], parent: 1),  // row 4 printed again
            row(11, .item, "事业运行", ["3"], parent: 1),
            row(12, .item, "事业运行", ["4"], parent: 1),
            row(13, .item, "城乡社区管理事务", ["6"], parent: 1),
            row(14, .item, "其中:上年结转", ["1"], parent: 13),
            row(15, .item, "城乡社区管理事务", ["6"], parent: 1),  // the 项 under its 款, after a 其中 row
        ]
        rows[10].code = "2011350"
        rows[11].code = "2011350"
        rows[13].hierarchySignal = .breakdown
        let duplicates = Reconciler().check(table(rows)).filter { $0.check == .duplicateRow }
        XCTAssertEqual(duplicates.map(\.row), [10, 12])
    }

    /// A table not read as fiscal (no money unit, no recognized kind: a score sheet, a list of
    /// names) makes no claim about money by a name printed twice: only rows with a printed code or
    /// a resolved division are compared there. The same rows in a table with a unit are duplicates.
    func testRepeatedNamesOfANonFiscalTableAreNoDuplicatesUnlessCoded() {
        var rows = [
            row(1, .item, "Skating Skills", ["6.5"], parent: nil),
            row(2, .item, "Performance", ["6.7"], parent: nil),
            row(3, .item, "Skating Skills", ["6.9"], parent: nil),
            row(4, .item, "甲县", ["1"], parent: nil),
            row(5, .item, "甲县", ["2"], parent: nil),
        ]
        rows[3].divisionCode = "140121"
        rows[4].divisionCode = "140121"
        var plain = table(rows)
        plain.unit = ""
        XCTAssertFalse(plain.isFiscal)
        XCTAssertEqual(Reconciler().check(plain).filter { $0.check == .duplicateRow }.map(\.row), [5])
        XCTAssertEqual(Reconciler().check(table(rows)).filter { $0.check == .duplicateRow }.map(\.row), [3, 5])
        // A recognized kind is fiscal without a unit.
        plain.kind = .numbered
        XCTAssertEqual(Reconciler().check(plain).filter { $0.check == .duplicateRow }.map(\.row), [3, 5])
    }

    func testBalancedTableHasNoFindings() {
        let rows = [
            row(1, .total, "全省合计", ["10.5"], parent: nil),
            row(2, .subtotal, "太原市小计", ["10.5"], parent: 1),
            row(3, .item, "娄烦县", ["7.25"], parent: 2),
            row(4, .item, "阳曲县", ["3.25"], parent: 2),
        ]
        XCTAssertEqual(Reconciler().check(table(rows)), [])
    }

    /// Prefecture headings printed blank without subtotals: the total sums the counties under
    /// them (a heading is no part, its rows are); a misprinted total is then found.
    func testHeadingsWithoutSubtotalsAreTransparentToTheTotal() {
        func rows(total: String) -> [AllocationRow] {
            [row(1, .total, "合计", [total, "9"], parent: nil),
             row(2, .group, "太原市", [nil, nil], parent: 1),
             row(3, .item, "娄烦县", ["4", "4"], parent: 2),
             row(4, .item, "阳曲县", [nil, nil], parent: 2),
             row(5, .group, "大同市", [nil, nil], parent: 1),
             row(6, .item, "阳高县", ["6", "5"], parent: 5)]
        }
        XCTAssertEqual(Reconciler().check(table(rows(total: "10"), columns: ["中央", "省级"])), [])
        let findings = Reconciler().check(table(rows(total: "11"), columns: ["中央", "省级"]))
        XCTAssertEqual(findings.map(\.check), [.total])
        XCTAssertEqual(findings.first?.computed, 10)
    }

    func testMisprintedSubtotalAndTotalAreDiagnosed() throws {
        let rows = [
            row(1, .total, "全省合计", ["100"], parent: nil),
            row(2, .subtotal, "甲市小计", ["20"], parent: 1),
            row(3, .item, "甲县", ["10"], parent: 2),
            row(4, .subtotal, "乙市小计", ["90"], parent: 1),
            row(5, .item, "乙县", ["90"], parent: 4),
        ]
        let findings = Reconciler().check(table(rows))
        XCTAssertEqual(findings.map(\.check.rawValue), ["total", "subtotal"])
        let total = try XCTUnwrap(findings.first)
        XCTAssertEqual(total.stated, 100)
        XCTAssertEqual(total.computed, 110)
        let subtotal = findings[1]
        XCTAssertEqual(subtotal.stated, 20)
        XCTAssertEqual(subtotal.computed, 10)
        XCTAssertEqual(subtotal.difference, 10)
        XCTAssertTrue(total.message.contains("agrees with the sum of all items (100)"), total.message)
    }

    func testCrossfootMismatch() {
        let rows = [
            row(1, .item, "甲县", ["30", "10", "20"], parent: nil),
            row(2, .item, "乙县", ["31", "10", "20"], parent: nil),
        ]
        let findings = Reconciler().check(table(rows, columns: ["资金合计", "中央资金", "省级资金"]))
        XCTAssertEqual(findings.count, 1)
        XCTAssertEqual(findings.first?.check, .crossfoot)
        XCTAssertEqual(findings.first?.row, 2)
        XCTAssertEqual(findings.first?.difference, 1)
    }

    func testEmptySubtotalAndUnplacedItem() {
        let rows = [
            row(1, .item, "省本级", ["5"], parent: nil),
            row(2, .subtotal, "甲市小计", ["0"], parent: nil),
        ]
        let findings = Reconciler().check(table(rows)).inReportOrder()
        XCTAssertEqual(findings.map(\.check.rawValue), ["incomplete_table", "empty_subtotal"])
        XCTAssertFalse(findings[0].isProblem)
        XCTAssertTrue(findings[0].message.contains("省本级"), findings[0].message)
    }

    /// A page inside the table that gave no rows: the total and the groups on either side of it
    /// are not checked (their rows may be there); a group away from it is.
    func testSumsNextToAMissingPageAreSkipped() {
        func onPage(_ row: AllocationRow, _ page: Int) -> AllocationRow {
            var row = row
            row.page = page
            return row
        }
        let rows = [
            onPage(row(1, .total, "全省合计", ["100"], parent: nil), 1),
            onPage(row(2, .subtotal, "甲市小计", ["20"], parent: 1), 1),
            onPage(row(3, .item, "甲县", ["10"], parent: 2), 1),
            // A group that holds: the table confirms its sums, so 甲市小计 alone failing is a finding.
            onPage(row(8, .subtotal, "丁市小计", ["5"], parent: 1), 1),
            onPage(row(9, .item, "丁县", ["5"], parent: 8), 1),
            onPage(row(4, .subtotal, "乙市小计", ["50"], parent: 1), 1),
            onPage(row(5, .item, "乙县", ["10"], parent: 4), 1),
            onPage(row(6, .subtotal, "丙市小计", ["30"], parent: 1), 3),
            onPage(row(7, .item, "丙县", ["30"], parent: 6), 3),
        ]
        let findings = Reconciler().check(table(rows)).inReportOrder()
        XCTAssertEqual(findings.map(\.check.rawValue), ["incomplete_table", "subtotal"])
        XCTAssertEqual(findings.first?.page, 2)
        XCTAssertEqual(findings.last?.name, "甲市小计")
    }

    func testEmptyPartIsNamedWhenTheSumBreaks() {
        // The second subtotal holds, so the table confirms the reading (one failing sum alone would not).
        let rows = [
            row(1, .subtotal, "甲市小计", ["30"], parent: nil),
            row(2, .item, "甲县", ["10"], parent: 1),
            row(3, .item, "乙县", [nil], parent: 1),
            row(4, .subtotal, "乙市小计", ["5"], parent: nil),
            row(5, .item, "丙县", ["5"], parent: 4),
        ]
        let findings = Reconciler().check(table(rows))
        XCTAssertEqual(findings.count, 1)
        XCTAssertTrue(findings[0].message.contains("乙县"), findings[0].message)
    }
}
