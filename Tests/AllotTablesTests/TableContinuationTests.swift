import AllotLayout
import AllotModel
import AllotTables
import XCTest

/// Continuation by structure: a page whose lines stand in the open table's columns continues it,
/// whatever its header says or whether it has one; the 版记 is never rows; a page that does not
/// line up is a gap, not a silent restart.
final class TableContinuationTests: XCTestCase {
    private let nameEdge = 100.0, amount = -300.0, remark = 340.0

    private func header(_ sheet: inout TableSheet, _ words: (String, String, String)) {
        sheet.add([(words.0, 100), (words.1, 240), (words.2, 350)])
    }

    private func row(_ sheet: inout TableSheet, _ label: String, _ value: String, _ note: String = "") {
        sheet.add([(label, nameEdge), (value, amount)] + (note.isEmpty ? [] : [(note, remark)]))
    }

    private func firstPage(_ words: (String, String, String) = ("市县名", "中央资金", "备注")) -> TableSheet {
        var sheet = TableSheet()
        sheet.add("附件", at: 80)
        sheet.add("2023年衔接资金分配表", at: 180)
        sheet.add("单位：万元", at: 330)
        header(&sheet, words)
        row(&sheet, "全省合计", "60")
        row(&sheet, "太原市小计", "30")
        row(&sheet, "娄烦县", "10")
        row(&sheet, "阳曲县", "20")
        sheet.endPage()
        return sheet
    }

    private func secondGroup(_ sheet: inout TableSheet) {
        row(&sheet, "大同市小计", "30")
        row(&sheet, "阳高县", "12")
        row(&sheet, "天镇县", "18")
        sheet.endPage()
    }

    private func names(_ scan: TableScan) -> [[String]] {
        scan.tables.map { $0.rows.map { $0.cells.first ?? "" } }
    }

    func testAContinuationHeaderInOtherWordsContinuesTheTable() {
        var sheet = firstPage()
        sheet.add("2023年衔接资金分配表", at: 180)
        sheet.add("单位：万元", at: 330)
        header(&sheet, ("县区", "资金数", "附注"))
        secondGroup(&sheet)
        let scan = TableFinder().scan(sheet.pages)
        XCTAssertEqual(names(scan), [["全省合计", "太原市小计", "娄烦县", "阳曲县", "大同市小计", "阳高县", "天镇县"]])
        XCTAssertEqual(scan.tables.first?.gaps, [])
        XCTAssertEqual(scan.dropped.filter { $0.reason == .repeatedHeader }.count, 1)
    }

    func testAContinuationPageWithoutAnyFurnitureContinuesTheTable() {
        var sheet = firstPage()
        secondGroup(&sheet)
        let scan = TableFinder().scan(sheet.pages)
        XCTAssertEqual(names(scan).map(\.count), [7])
    }

    func testARewordedTitleAndAHeaderInUnknownWordsContinueTheTable() {
        var sheet = firstPage()
        sheet.add("2023年衔接资金分配表（续）", at: 170)
        header(&sheet, ("受援地", "拨付额", "说明"))
        secondGroup(&sheet)
        let scan = TableFinder().scan(sheet.pages)
        XCTAssertEqual(names(scan).map(\.count), [7])
        XCTAssertTrue(scan.dropped.contains { $0.reason == .repeatedTitle && $0.line.text.hasSuffix("（续）") })
    }

    func testAHeaderInUnknownWordsIsFoundByTheRowsUnderIt() {
        var sheet = firstPage(("受援地", "拨付额", "说明"))
        secondGroup(&sheet)
        let scan = TableFinder().scan(sheet.pages)
        XCTAssertEqual(names(scan).map(\.count), [7])
        XCTAssertEqual(scan.tables.first?.columns.map(\.role), [.label, .amount, .remark])
    }

    func testTheNameColumnIsTheTextColumnBesideTheAmounts() {
        var sheet = TableSheet()
        sheet.add("2023年衔接资金分配表", at: 180)
        sheet.add([("序号", 60), ("实施县", 100), ("下达资金", 240), ("附注", 350)])
        sheet.add([("全省合计", nameEdge), ("30", amount)])
        sheet.add([("1", 65), ("娄烦县", nameEdge), ("10", amount)])
        sheet.add([("2", 65), ("阳曲县", nameEdge), ("20", amount)])
        sheet.endPage()
        let table = TableFinder().scan(sheet.pages).tables.first
        XCTAssertEqual(table?.columns.map(\.role), [.code, .label, .amount, .remark])
        XCTAssertEqual(table?.rows.map { $0.cells[1] }, ["全省合计", "娄烦县", "阳曲县"])
    }

    /// A header in unknown words over rows whose first names wrap around their amounts (the
    /// name's lines above and below, the amount on a line of its own) is still a header.
    func testAHeaderInUnknownWordsOverWrappedNamesIsFoundByItsRows() {
        var sheet = TableSheet()
        sheet.add("2023年衔接资金分配表", at: 180)
        sheet.add([("实施县", 100), ("本次下达", 240)])
        sheet.add([("省民族宗教事务委员", nameEdge)])
        sheet.add([("618", amount)])
        sheet.add([("会", nameEdge)])
        sheet.add([("省农业农村厅", nameEdge), ("20", amount)])
        sheet.add([("全省合计", nameEdge), ("638", amount)])
        sheet.endPage()
        let table = TableFinder().scan(sheet.pages).tables.first
        XCTAssertEqual(table?.rows.compactMap { $0.cells[1].isEmpty ? nil : $0.cells[1] }, ["618", "20", "638"])
    }

    /// A group heading right under the header whose name holds a header word by chance (金 in
    /// 金昌市, 单位 in 省直单位) stands where names do, not centred under a header cell: a row.
    func testAHeadingUnderTheHeaderIsARowThoughItHoldsAHeaderWord() {
        var sheet = TableSheet()
        sheet.add("2023年分配表", at: 180)
        sheet.add([("地区", 150), ("安排资金", 240)])
        sheet.add([("金昌市", nameEdge)])
        sheet.add([("金川区", nameEdge), ("618", amount)])
        sheet.add([("永昌县", nameEdge), ("20", amount)])
        sheet.add([("小计", nameEdge), ("638", amount)])
        sheet.endPage()
        let table = TableFinder().scan(sheet.pages).tables.first
        XCTAssertEqual(table?.columns.map(\.name), ["地区", "安排资金"])
        XCTAssertEqual(table?.rows.map { $0.cells[0] }, ["金昌市", "金川区", "永昌县", "小计"])
    }

    /// The same heading set distributed (its glyphs spread over the name cell) is centred under
    /// the header by construction: still the first row.
    func testADistributedHeadingUnderTheHeaderIsARow() {
        var sheet = TableSheet()
        sheet.add("2023年分配表", at: 180)
        sheet.add([("实施单位", 130), ("安排资金", 240)])
        sheet.add([("金", 100), ("昌", 145), ("市", 190)])
        sheet.add([("金川区", nameEdge), ("618", amount)])
        sheet.add([("永昌县", nameEdge), ("20", amount)])
        sheet.add([("小计", nameEdge), ("638", amount)])
        sheet.endPage()
        let table = TableFinder().scan(sheet.pages).tables.first
        XCTAssertEqual(table?.columns.map(\.name), ["实施单位", "安排资金"])
        XCTAssertEqual(table?.rows.map { $0.cells[0].filter { !$0.isWhitespace } }, ["金昌市", "金川区", "永昌县", "小计"])
    }

    func testTheColophonUnderTheLastRowIsNeverRows() {
        var sheet = firstPage()
        row(&sheet, "大同市小计", "30")
        row(&sheet, "阳高县", "30")
        sheet.add("抄送：省财政厅。", at: 100)
        sheet.add([("山西省乡村振兴局办公室", 100), ("2023年4月4日印发", 330)])
        sheet.add("（此件公开发布）", at: 100)
        sheet.endPage()
        let scan = TableFinder().scan(sheet.pages)
        XCTAssertEqual(names(scan), [["全省合计", "太原市小计", "娄烦县", "阳曲县", "大同市小计", "阳高县"]])
        XCTAssertEqual(scan.bodyLines.suffix(3).map { $0.cells.first?.text ?? "" },
                       ["抄送：省财政厅。", "山西省乡村振兴局办公室", "（此件公开发布）"])
    }

    func testAPageThatDoesNotLineUpIsAGapInBothTables() {
        var sheet = firstPage()
        // Four columns where the table had three, and no title: not the same table, maybe its rest.
        sheet.add([("地区", 100), ("中央", 200), ("省级", 260), ("备注", 350)])
        sheet.add([("大同市小计", nameEdge), ("20", -230), ("10", -290)])
        sheet.add([("阳高县", nameEdge), ("20", -230), ("10", -290)])
        sheet.endPage()
        let scan = TableFinder().scan(sheet.pages)
        XCTAssertEqual(scan.tables.count, 2)
        XCTAssertEqual(scan.tables.map { $0.gaps.map(\.page) }, [[2], [2]])
    }

    func testASecondTableWithItsOwnTitleIsNoGap() {
        var sheet = firstPage()
        sheet.add("附件2", at: 80)
        sheet.add("以工代赈任务资金分配表", at: 180)
        sheet.add([("地区", 100), ("中央", 200), ("省级", 260), ("备注", 350)])
        sheet.add([("合计", nameEdge), ("20", -230), ("10", -290)])
        sheet.add([("阳高县", nameEdge), ("20", -230), ("10", -290)])
        sheet.endPage()
        let scan = TableFinder().scan(sheet.pages)
        XCTAssertEqual(scan.tables.count, 2)
        XCTAssertEqual(scan.tables.map(\.gaps), [[], []])
    }
}
