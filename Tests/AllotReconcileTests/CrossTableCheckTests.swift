import AllotModel
import AllotReconcile
import XCTest

/// A small coded table: 201 › 20113 › 2011301 | 2011302 and 合计, with 合计 = 基本支出 + 项目支出.
/// `scale` divides every amount (10,000 prints it in 万元 with `places` decimals).
private func functional(_ index: Int, title: String, unit: String, item: (String, String), scale: Decimal = 1,
                        places: Int = 2, other: Decimal = 0, group: String = "一般公共预算支出") -> AllocationTable {
    func amount(_ value: Decimal) -> Amount {
        var exact = value / scale
        var rounded = Decimal()
        NSDecimalRound(&rounded, &exact, places, .plain)
        let text = String(format: "%.\(places)f", NSDecimalNumber(decimal: rounded).doubleValue)
        return Amount(value: Decimal(string: text) ?? rounded, text: text)
    }
    let first = (Decimal(string: item.0) ?? 0) + other, second = Decimal(string: item.1) ?? 0
    let values: [(Int, RowLevel, String, String, [Decimal], Int?)] = [
        (1, .subtotal, "一般公共服务支出", "201", [first + second, first, second], 4),
        (2, .subtotal, "商贸事务", "20113", [first + second, first, second], 1),
        (3, .item, "行政运行", "2011301", [first, first, 0], 2),
        (4, .total, "合计", "", [first + second, first, second], nil),
    ]
    var rows = values.map { number, level, name, code, amounts, parent in
        var row = AllocationRow(number: number, page: index + 1, level: level, rawName: name, name: name, region: "",
                                amounts: amounts.map { $0 == 0 ? nil : amount($0) },
                                rawAmounts: amounts.map { "\($0)" }, remark: "", parent: parent)
        row.code = code
        row.hierarchySignal = code.isEmpty ? .label : .code
        return row
    }
    var project = AllocationRow(number: 5, page: index + 1, level: .item, rawName: "一般行政管理事务",
                                name: "一般行政管理事务", region: "", amounts: [amount(second), nil, amount(second)],
                                rawAmounts: [], remark: "", parent: 2)
    project.code = "2011302"
    project.hierarchySignal = .code
    rows.insert(project, at: 3)
    var table = AllocationTable(index: index, title: title, unit: unit, attachment: "",
                                amountColumns: ["合计", "基本支出", "项目支出"].map {
                                    var column = TableColumn(name: $0, role: .amount)
                                    column.ancestors = [group]
                                    return column
                                }, rows: rows)
    table.kind = .classification
    return table
}

final class CrossTableCheckTests: XCTestCase {
    private func check(_ tables: [AllocationTable]) -> [Finding] {
        let own = tables.flatMap { Reconciler().check($0) }
        return CrossTableCheck.findings(tables, findings: own)
    }

    /// The same codes in 元 and in 万元 agree at the 万元 table's precision: nothing to report.
    func testSameCodesInYuanAndWanYuanAgree() {
        let yuan = functional(1, title: "一般公共预算支出功能分类预算表", unit: "元", item: ("1234567", "7654321"), places: 2)
        let wan = functional(2, title: "一般公共预算支出预算明细表", unit: "万元", item: ("1234567", "7654321"),
                             scale: 10_000, places: 2)
        XCTAssertEqual(check([yuan, wan]), [])
    }

    /// One code carried with another amount in a second table (whose own sums hold): one finding
    /// at each figure that differs, naming both cells with both values.
    func testADifferentAmountForTheSameCodeIsAFindingWithBothCells() throws {
        let yuan = functional(1, title: "一般公共预算支出功能分类预算表", unit: "元", item: ("1234567", "7654321"), places: 2)
        let wan = functional(2, title: "一般公共预算支出预算明细表", unit: "万元", item: ("1234567", "7654321"),
                             scale: 10_000, places: 2, other: 500_000)
        let findings = check([yuan, wan])
        // 2011301 and its parents 20113, 201 and the total carry the 50.00 万元 more, in 合计 and 基本支出.
        XCTAssertEqual(findings.count, 8)
        XCTAssertTrue(findings.allSatisfy { $0.check == .crossTable && $0.table == 2 && $0.related?.table == 1 })
        let item = try XCTUnwrap(findings.first { $0.name == "行政运行" && $0.column == "合计" })
        XCTAssertEqual(item.stated, Decimal(string: "173.46"))
        XCTAssertEqual(item.computed, Decimal(string: "123.4567"))
        XCTAssertEqual(item.related?.value, Decimal(string: "1234567.00"))
        XCTAssertEqual(item.related?.row, 3)
        XCTAssertEqual(item.severity, .error)
    }

    /// `NoticeCrossCheck` gives the cross-table findings, then the text-table findings, as the two
    /// checks asked one after the other give them.
    func testNoticeCrossCheckIsBothChecks() {
        let yuan = functional(1, title: "一般公共预算支出功能分类预算表", unit: "元", item: ("1234567", "7654321"), places: 2)
        let wan = functional(2, title: "一般公共预算支出预算明细表", unit: "万元", item: ("1234567", "7654321"),
                             scale: 10_000, places: 2, other: 500_000)
        let tables = [yuan, wan]
        let own = tables.flatMap { Reconciler().check($0) }
        let figures = [("行政运行", "173.46"), ("行政运行", "123.46"), ("合计", "888.89")].enumerated().map { index, pair in
            StatedFigure(kind: .amount, page: 1, sentence: "\(pair.0)\(pair.1)万元。", lead: pair.0, head: pair.0,
                         text: pair.1, value: Decimal(string: pair.1) ?? 0, unit: "万元", decimals: 2, position: 0,
                         sentenceNumber: index, section: "", item: "", itemNumber: -1)
        }
        let both = CrossTableCheck.findings(tables, findings: own)
            + NarrativeCheck.findings(figures, tables: tables, findings: own)
        XCTAssertEqual(NoticeCrossCheck.findings(figures, tables: tables, findings: own), both)
        XCTAssertEqual(both.filter { $0.check == .crossTable }.count, 8)
    }

    /// The reconciler's verdicts give the cross checks the findings they find by evaluating every
    /// table's relations again, and a verdict is used only for the table it was found for: a table
    /// changed since (an amount read again) is judged anew.
    func testVerdictsOfUnchangedTablesGiveTheSameFindings() {
        let yuan = functional(1, title: "一般公共预算支出功能分类预算表", unit: "元", item: ("1234567", "7654321"), places: 2)
        let wan = functional(2, title: "一般公共预算支出预算明细表", unit: "万元", item: ("1234567", "7654321"),
                             scale: 10_000, places: 2, other: 500_000)
        var bad = functional(3, title: "一般公共预算支出明细表", unit: "元", item: ("1", "2"))
        bad.rows = bad.rows.map { row in
            var row = row
            row.amounts = row.amounts.map { $0.map { Amount(value: $0.value + Decimal(row.number), text: "x") } }
            return row
        }
        var tables = [yuan, wan, bad]
        let reconciled = tables.map { table -> (Reconciliation, RelationVerdict) in
            let reconciliation = Reconciler().reconcile(table)
            return (reconciliation, RelationVerdict(table: table, confirms: reconciliation.confirmsRelations))
        }
        XCTAssertEqual(reconciled.map(\.0.confirmsRelations), [true, true, false])
        let own = reconciled.flatMap(\.0.findings)
        let verdicts = reconciled.map(\.1)
        let figures = [StatedFigure(kind: .amount, page: 1, sentence: "行政运行173.46万元。", lead: "行政运行", head: "行政运行",
                                    text: "173.46", value: Decimal(string: "173.46") ?? 0, unit: "万元", decimals: 2,
                                    position: 0, sentenceNumber: 0, section: "", item: "", itemNumber: -1)]
        let judged = NoticeCrossCheck.findings(figures, tables: tables, findings: own)
        XCTAssertEqual(judged.filter { $0.check == .crossTable }.count, 8)
        XCTAssertEqual(NoticeCrossCheck.findings(figures, tables: tables, findings: own, verdicts: verdicts), judged)
        // The verdicts are what decides for unchanged tables: turned around, the findings differ.
        let turned = verdicts.map { RelationVerdict(table: $0.table, confirms: !$0.confirms) }
        XCTAssertNotEqual(NoticeCrossCheck.findings(figures, tables: tables, findings: own, verdicts: turned), judged)
        // A table changed since its verdict is judged anew, whatever the verdict said.
        tables[1].rows[0].amounts[0] = Amount(value: 1, text: "1")
        XCTAssertNil(verdicts[1].confirms(tables[1]))
        XCTAssertEqual(verdicts[0].confirms(tables[0]), true)
        XCTAssertEqual(NoticeCrossCheck.findings(figures, tables: tables, findings: own, verdicts: turned),
                       NoticeCrossCheck.findings(figures, tables: tables, findings: own, verdicts: [turned[0], turned[2]]))
        XCTAssertEqual(NoticeCrossCheck.findings(figures, tables: tables, findings: own, verdicts: verdicts),
                       NoticeCrossCheck.findings(figures, tables: tables, findings: own))
    }

    /// Different funds are different figures: 一般公共预算 and 政府性基金 tables are never compared.
    func testTablesOfDifferentFundsAreNotCompared() {
        let general = functional(1, title: "一般公共预算支出功能分类预算表", unit: "元", item: ("1234567", "7654321"))
        let fund = functional(2, title: "政府性基金预算支出表", unit: "元", item: ("1000", "2000"), group: "政府性基金支出")
        XCTAssertEqual(check([general, fund]), [])
    }

    /// A table whose title was not read (header words such as 项目 本年决算 taken for it: a title names
    /// a 表) has no known fund scope: its figures are compared with nothing. Two such tables of
    /// different funds (政府性基金 and 一般公共预算, both titles lost) differ without a misprint.
    func testATableWhoseTitleWasNotReadIsNotCompared() {
        let titled = functional(1, title: "一般公共预算支出功能分类预算表", unit: "元", item: ("1234567", "7654321"), places: 2)
        let differing = functional(2, title: "一般公共预算支出预算明细表", unit: "万元", item: ("1234567", "7654321"),
                                   scale: 10_000, places: 2, other: 500_000)
        XCTAssertEqual(check([titled, differing]).count, 8)
        let headerWords = functional(1, title: "项目本年决算", unit: "元", item: ("1234567", "7654321"), places: 2)
        let lost = functional(2, title: "项目支出决算", unit: "万元", item: ("1234567", "7654321"),
                              scale: 10_000, places: 2, other: 500_000)
        XCTAssertEqual(check([headerWords, lost]), [])
        XCTAssertEqual(check([headerWords, differing]), [])
        XCTAssertEqual(check([titled, lost]), [])
    }

    /// A difference of one unit of the last printed place between two 万元 printings is rounding.
    func testOneCentOfWanYuanIsRounding() {
        let first = functional(1, title: "一般公共预算支出表", unit: "万元", item: ("1234567", "7654321"), scale: 10_000)
        let second = functional(2, title: "一般公共预算支出明细表", unit: "万元", item: ("1234567", "7654321"),
                                scale: 10_000, other: 100)
        XCTAssertEqual(check([first, second]), [])
    }

    /// A table its own sums do not confirm is not evidence against another.
    func testAnUnconfirmedTableIsNotUsed() {
        let good = functional(1, title: "一般公共预算支出功能分类预算表", unit: "元", item: ("1234567", "7654321"))
        var bad = functional(2, title: "一般公共预算支出预算明细表", unit: "元", item: ("1", "2"))
        bad.rows = bad.rows.map { row in
            var row = row
            row.amounts = row.amounts.map { $0.map { Amount(value: $0.value + Decimal(row.number), text: "x") } }
            return row
        }
        XCTAssertEqual(check([good, bad]), [])
    }

    /// A 收支总表 lists the 类 by name on its spending side: each against the 类 row of the
    /// classification table of the same fund (its 一般公共预算 column against the 一般公共预算 table).
    func testTheTwoSidedTableListsTheClassesByName() throws {
        let functional = functional(1, title: "一般公共预算支出功能分类预算表", unit: "元", item: ("1234567", "7654321"))
        func amount(_ text: String?) -> Amount? { text.flatMap { t in Decimal(string: t).map { Amount(value: $0, text: t) } } }
        let data: [(Int, RowLevel, String, Int, [String?], Int?)] = [
            (1, .item, "一、一般公共预算资金", 0, ["8888888.00", nil], 2), (2, .total, "收入总计", 0, ["8888888.00", nil], nil),
            (3, .item, "一、一般公共服务支出", 1, [nil, "8888889.00"], 4), (4, .total, "支出总计", 1, [nil, "8888889.00"], nil),
        ]
        let rows = data.map { number, level, name, side, values, parent in
            var row = AllocationRow(number: number, page: 1, level: level, rawName: name, name: name, region: "",
                                    amounts: values.map(amount), rawAmounts: [], remark: "", parent: parent)
            row.side = side
            row.hierarchySignal = .numbering
            return row
        }
        var income = TableColumn(name: "预算数", role: .amount)
        income.ancestors = ["财政拨款收入"]
        var spending = TableColumn(name: "一般公共预算", role: .amount)
        spending.ancestors = ["财政拨款支出"]
        var summary = AllocationTable(index: 2, title: "财政拨款收支预算总表", unit: "元", attachment: "",
                                      amountColumns: [income, spending], rows: rows)
        summary.kind = .twoSided
        summary.columnSides = [0, 1]
        let found = check([functional, summary])
        XCTAssertEqual(found.map { [$0.table, $0.row, $0.related?.table ?? 0, $0.related?.row ?? 0] }, [[2, 3, 1, 1]])
        XCTAssertEqual(found.first?.stated, Decimal(string: "8888889.00"))
    }
}
