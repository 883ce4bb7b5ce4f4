import AllotModel
import AllotReconcile
import XCTest

private func figure(_ text: String, _ unit: String, lead: String, head: String? = nil, sentence: Int = 0,
                    position: Int = 0, item: String = "", itemNumber: Int = -1, section: String = "") -> StatedFigure {
    let decimals = text.firstIndex(of: ".").map { text.distance(from: $0, to: text.endIndex) - 1 } ?? 0
    return StatedFigure(kind: unit == "%" ? .percent : .amount, page: 1, sentence: (head ?? lead) + text + unit,
                        lead: lead, head: head ?? lead, text: text,
                        value: Decimal(string: text.replacingOccurrences(of: ",", with: "")) ?? 0, unit: unit,
                        decimals: decimals, position: position, sentenceNumber: sentence, section: section, item: item,
                        itemNumber: itemNumber)
}

/// 合计 = 基本支出 + 项目支出 over 201 › 20106 › 2010601 行政运行 | 2010602, and 20101 › 2010101 行政运行.
private func table() -> AllocationTable {
    let data: [(Int, RowLevel, String, String, [String?], Int?)] = [
        (1, .subtotal, "一般公共服务支出", "201", ["600000.00", "400000.00", "200000.00"], 7),
        (2, .subtotal, "人大事务", "20101", ["100000.00", "100000.00", nil], 1),
        (3, .item, "行政运行", "2010101", ["100000.00", "100000.00", nil], 2),
        (4, .subtotal, "财政事务", "20106", ["500000.00", "300000.00", "200000.00"], 1),
        (5, .item, "行政运行", "2010601", ["300000.00", "300000.00", nil], 4),
        (6, .item, "一般行政管理事务", "2010602", ["200000.00", nil, "200000.00"], 4),
        (7, .total, "合计", "", ["600000.00", "400000.00", "200000.00"], nil),
    ]
    let rows = data.map { number, level, name, code, values, parent in
        var row = AllocationRow(number: number, page: 5, level: level, rawName: name, name: name, region: "",
                                amounts: values.map { $0.flatMap { text in Decimal(string: text).map { Amount(value: $0, text: text) } } },
                                rawAmounts: values.map { $0 ?? "" }, remark: "", parent: parent)
        row.code = code
        row.hierarchySignal = code.isEmpty ? .label : .code
        return row
    }
    var table = AllocationTable(index: 1, title: "2025年一般公共预算支出功能分类预算表", unit: "元", attachment: "",
                                amountColumns: ["合计", "基本支出", "项目支出"].map {
                                    var column = TableColumn(name: $0, role: .amount)
                                    column.ancestors = ["一般公共预算支出"]
                                    return column
                                }, rows: rows)
    table.kind = .classification
    return table
}

final class NarrativeCheckTests: XCTestCase {
    private func check(_ figures: [StatedFigure]) -> NarrativeCheck.Tally {
        let table = table()
        return NarrativeCheck.tally(figures, tables: [table], findings: Reconciler().check(table))
    }

    /// A 项 named with its 款 is told from the other 行政运行; its 万元 restatement agrees.
    func testAnItemNamedWithItsParentAgrees() {
        let tally = check([figure("30.00", "万元", lead: "1.“一般公共服务支出（类）财政事务（款）行政运行（项）”")])
        XCTAssertEqual([tally.linked, tally.agreeing, tally.findings.count], [1, 1, 0])
    }

    /// The same figure with an extra digit: a finding at the cell, the sentence as its second place.
    func testAWrongRestatementIsAFinding() throws {
        let tally = check([figure("330.00", "万元", lead: "1.“一般公共服务支出（类）财政事务（款）行政运行（项）”")])
        let finding = try XCTUnwrap(tally.findings.first)
        XCTAssertEqual(tally.findings.count, 1)
        XCTAssertEqual([finding.check, finding.table, finding.row] as [AnyHashable], [Check.textTable, 1, 5])
        XCTAssertEqual(finding.stated, Decimal(string: "330.00"))
        XCTAssertEqual(finding.computed, 30)
        XCTAssertEqual(finding.related?.table, 0)
        XCTAssertEqual(finding.related?.quote.hasSuffix("330.00万元"), true)
    }

    /// The same rows in a 收入预算总表 (by function) and in the spending table: a sentence about
    /// spending is compared with the spending table first, one about income with the income table.
    func testTheSentencesSideChoosesTheTable() throws {
        var income = table()
        income.title = "2025年部门收入预算总表"
        income.amountColumns = income.amountColumns.map { column in
            var column = column
            column.ancestors = ["收入预算"]
            return column
        }
        var spending = table()
        spending.index = 2
        let tables = [income, spending]
        let own = tables.flatMap { Reconciler().check($0) }
        func finding(_ lead: String) throws -> Finding {
            try XCTUnwrap(NarrativeCheck.tally([figure("330.00", "万元", lead: lead)], tables: tables, findings: own)
                .findings.first)
        }
        XCTAssertEqual(try finding("1.“一般公共服务支出（类）财政事务（款）行政运行（项）”").table, 2)
        XCTAssertEqual(try finding("部门收入中，财政事务（款）行政运行（项）").table, 1)
    }

    /// A sum row printed as 人员经费合计 (the 基本支出 table) is what "其中：人员经费" restates.
    func testASumRowIsNamedWithoutHeji() {
        let data: [(Int, RowLevel, String, String, Int?)] = [
            (1, .item, "基本工资", "537.64", 3), (2, .item, "津贴补贴", "987.86", 3), (3, .total, "人员经费合计", "1525.50", nil),
        ]
        let rows = data.map { number, level, name, value, parent in
            AllocationRow(number: number, page: 16, level: level, rawName: name, name: name, region: "",
                          amounts: [Amount(value: Decimal(string: value) ?? 0, text: value)], rawAmounts: [value],
                          remark: "", parent: parent)
        }
        var table = AllocationTable(index: 1, title: "一般公共预算财政拨款基本支出决算表", unit: "万元", attachment: "",
                                    amountColumns: [TableColumn(name: "决算数", role: .amount)], rows: rows)
        table.kind = .classification
        let own = Reconciler().check(table)
        let head = "一般公共预算财政拨款基本支出1600.00万元，其中：人员经费"
        func tally(_ text: String) -> NarrativeCheck.Tally {
            NarrativeCheck.tally([figure(text, "万元", lead: "，其中：人员经费", head: head, position: 1)], tables: [table],
                                 findings: own)
        }
        XCTAssertEqual([tally("1525.50").linked, tally("1525.50").agreeing], [1, 1])
        XCTAssertEqual(tally("1538.39").findings.map(\.row), [3])
    }

    /// 行政运行 without its 款 names two rows of different codes: linked to nothing, no finding.
    func testAnAmbiguousLabelLinksNothing() {
        let tally = check([figure("99.00", "万元", lead: "行政运行")])
        XCTAssertEqual([tally.linked, tally.findings.count], [0, 0])
    }

    /// The text cuts instead of rounding (87.70 for 87.708): it agrees.
    func testTruncationAndOneCentAreNotFindings() {
        let tally = check([figure("29.99", "万元", lead: "财政事务（款）行政运行（项）"),
                           figure("59.9", "万元", lead: "一般公共服务支出", sentence: 1)])
        XCTAssertEqual(tally.findings, [])
        XCTAssertEqual(tally.agreeing, 2)
    }

    /// Figures of another period or changes restate no cell.
    func testLastYearAndChangesAreNotLinked() {
        let tally = check([figure("99.00", "万元", lead: "比上年增加", item: "财政事务行政运行", itemNumber: 0)])
        XCTAssertEqual(tally.linked, 0)
    }

    /// An item restating its figure as "this year's amount" is compared with the item's topic.
    func testTheItemTopicCarriesToThisYearsRestatement() throws {
        let item = "2.一般公共服务支出（201类）财政事务（06款）行政运行（01项）30.00万元。"
        let tally = check([
            figure("30.00", "万元", lead: "2.一般公共服务支出（201类）财政事务（06款）行政运行（01项）", sentence: 0,
                   item: item, itemNumber: 0),
            figure("28.00", "万元", lead: "2024年预算执行数为", sentence: 1, item: item, itemNumber: 0),
            figure("31.50", "万元", lead: "，2025年预算安排", head: "2024年预算执行数为28.00万元，2025年预算安排",
                   sentence: 1, position: 1, item: item, itemNumber: 0),
        ])
        XCTAssertEqual(tally.findings.map(\.row), [5])
        XCTAssertEqual(tally.findings.first?.stated, Decimal(string: "31.50"))
    }

    /// A share (占 P%) against its numerator's and denominator's cells, reported only when the
    /// text's own figures do not give it either; a share the figures give only cut is a note.
    func testAShareIsCheckedAgainstBothCells() {
        let head = "一般公共预算支出60.00万元，其中：基本支出40.00万元，占"
        let figures = { (share: String) in [
            figure("60.00", "万元", lead: "一般公共预算支出", head: "一般公共预算支出"),
            figure("40.00", "万元", lead: "，其中：基本支出", head: "一般公共预算支出60.00万元，其中：基本支出", position: 1),
            figure(share, "%", lead: "，占", head: head, position: 2),
        ] }
        XCTAssertEqual(check(figures("66.67")).findings, [])
        XCTAssertEqual(check(figures("66.66")).findings.map(\.check), [.percentageTruncated], "cut, not rounded")
        let wrong = check(figures("68.67")).findings
        XCTAssertEqual(wrong.map(\.check), [.textPercentage])
        XCTAssertEqual(wrong.first?.stated, Decimal(string: "68.67"))
        XCTAssertEqual(wrong.first?.column, "基本支出")
    }

    /// An allocation notice's body: the total it states (共计) and a region's amount, against the
    /// allocation table (the region by its name, not the printed 太原市小计).
    func testAnAllocationNoticeTotalAndRegion() {
        let data: [(Int, RowLevel, String, String, String, Int?)] = [
            (1, .total, "全省合计", "山西省", "300", nil), (2, .subtotal, "太原市小计", "太原市", "120", 1),
            (3, .item, "娄烦县", "娄烦县", "120", 2), (4, .subtotal, "大同市小计", "大同市", "180", 1),
            (5, .item, "天镇县", "天镇县", "180", 4),
        ]
        let rows = data.map { number, level, name, region, value, parent in
            AllocationRow(number: number, page: 3, level: level, rawName: name, name: name, region: region,
                          amounts: [Amount(value: Decimal(string: value) ?? 0, text: value)], rawAmounts: [value],
                          remark: "", parent: parent)
        }
        var table = AllocationTable(index: 1, title: "资金分配表", unit: "万元", attachment: "附件",
                                    amountColumns: [TableColumn(name: "下达资金", role: .amount)], rows: rows)
        table.kind = .allocation
        let figures = [figure("310", "万元", lead: "下达资金共计"),
                       figure("120", "万元", lead: "，其中：太原市", head: "下达资金共计310万元，其中：太原市", position: 1)]
        let tally = NarrativeCheck.tally(figures, tables: [table], findings: Reconciler().check(table))
        XCTAssertEqual([tally.linked, tally.agreeing], [2, 1])
        XCTAssertEqual(tally.findings.map(\.row), [1])
        XCTAssertEqual(tally.findings.first?.stated, 310)
    }
}
