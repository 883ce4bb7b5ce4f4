@testable import AllotTables
import AllotModel
import XCTest

/// A table being read: rows, wrapped label and remark lines joined to their row, group headings
/// kept, prose ending the table, label-only lines after the last row given back to the body.
final class OpenTableTests: XCTestCase {
    private func openTable() -> OpenTable {
        let header = LineSketch.header(y: 100)
        let columns = HeaderParser(settings: TableSettings()).columns(of: [header])
        return OpenTable(index: 1, title: "分配表", titleKeys: ["分配表"], unit: "万元", attachment: "", columns: columns,
                         headerSignature: "市县名中央资金备注", settings: TableSettings(), titleLines: [],
                         headerLines: [header])
    }

    func testRowsAndAWrappedRemarkJoinTheirRow() {
        var table = openTable()
        XCTAssertTrue(table.add(LineSketch.row("全省合计", "300", y: 120)))
        XCTAssertTrue(table.add(LineSketch.row("娄烦县", "200", remark: "资金管理型直管", y: 138)))
        XCTAssertTrue(table.add(LineSketch.line([("县", 400)], y: 150)))
        XCTAssertTrue(table.add(LineSketch.row("阳曲县", "100", y: 174)))
        XCTAssertTrue(table.hasAmounts)
        let (raw, trailing) = table.finish()
        XCTAssertEqual(raw.rows.map(\.cells), [["全省合计", "300", ""], ["娄烦县", "200", "资金管理型直管县"],
                                               ["阳曲县", "100", ""]])
        XCTAssertEqual(raw.columns.map(\.name), ["市县名", "中央资金", "备注"])
        XCTAssertEqual(trailing, [])
    }

    func testALabelFarFromEveryRowIsAGroupHeading() {
        var table = openTable()
        XCTAssertTrue(table.add(LineSketch.line([("临夏回族自治州", 100)], y: 120)))
        XCTAssertTrue(table.add(LineSketch.row("临夏县", "807", y: 150)))
        XCTAssertTrue(table.add(LineSketch.row("康乐县", "854", y: 168)))
        XCTAssertEqual(table.finish().table.rows.map(\.cells),
                       [["临夏回族自治州", "", ""], ["临夏县", "807", ""], ["康乐县", "854", ""]])
    }

    /// A heading too long for its cell wraps onto a second line, nearer than the rows stand to
    /// each other: one heading. Two headings a row apart stay two (Fixtures/property2).
    func testAHeadingWrappedInItsCellIsOneHeading() {
        var table = openTable()
        XCTAssertTrue(table.add(LineSketch.row("全区合计", "300", y: 120)))
        XCTAssertTrue(table.add(LineSketch.line([("克孜勒苏柯尔克孜自", 100)], y: 142)))
        XCTAssertTrue(table.add(LineSketch.line([("治州", 100)], y: 155.5)))
        XCTAssertTrue(table.add(LineSketch.row("阿合奇县", "100", y: 180)))
        XCTAssertTrue(table.add(LineSketch.row("乌恰县", "50", y: 198)))
        XCTAssertTrue(table.add(LineSketch.line([("喀什地区", 100)], y: 220)))
        XCTAssertTrue(table.add(LineSketch.line([("和田地区", 100)], y: 238)))
        XCTAssertTrue(table.add(LineSketch.row("和田县", "150", y: 258)))
        XCTAssertTrue(table.add(LineSketch.row("墨玉县", "0", y: 276)))
        XCTAssertEqual(table.finish().table.rows.map { $0.cells[0] },
                       ["全区合计", "克孜勒苏柯尔克孜自治州", "阿合奇县", "乌恰县", "喀什地区", "和田地区", "和田县", "墨玉县"])
    }

    /// A heading with no amounts, alone on its line, is indented like the rows around it: its
    /// label's start is measured (政府性基金 one em in under 财政拨款收入), or a side of a 收支总表
    /// with one indented row that has amounts loses its indentation pattern and the indented rows
    /// read as addends of the side's total.
    func testAHeadingAloneOnItsLineHasItsIndentMeasured() {
        var table = openTable()
        XCTAssertTrue(table.add(LineSketch.row("财政拨款收入", "300", y: 120)))
        XCTAssertTrue(table.add(LineSketch.line([("一般公共预算资金", 112), ("300", 280)], y: 138)))
        XCTAssertTrue(table.add(LineSketch.line([("政府性基金", 112)], y: 156)))
        XCTAssertTrue(table.add(LineSketch.line([("事业单位经营收入", 100)], y: 174)))
        XCTAssertTrue(table.add(LineSketch.row("收入总计", "300", y: 192)))
        let rows = table.finish(continued: true).table.rows
        XCTAssertEqual(rows.map { $0.cells[0] }, ["财政拨款收入", "一般公共预算资金", "政府性基金", "事业单位经营收入", "收入总计"])
        let flush: Double? = 100.0 / 12
        let inset: Double? = 112.0 / 12
        XCTAssertEqual(rows.map(\.labelIndent), [flush, inset, inset, flush, flush])
        XCTAssertEqual(rows[2].labelEnd, (112.0 + 5 * 12) / 12)
    }

    /// A name too long for its cell wraps around its amounts' line (外出务工补 above the amounts,
    /// 助 below, the line with the amounts holding no label): the row is indented where the name's
    /// first line begins, like its siblings. Unmeasured, an indented list read the row as a top row
    /// and its parent's sum failed (property3 seed 42 #113).
    func testANameWrappedAroundItsAmountsHasItsIndentMeasured() {
        var table = openTable()
        XCTAssertTrue(table.add(LineSketch.row("就业帮扶", "300", y: 120)))
        XCTAssertTrue(table.add(LineSketch.line([("技能培训", 112), ("100", 250)], y: 138)))
        XCTAssertTrue(table.add(LineSketch.line([("外出务工补", 112)], y: 153)))
        XCTAssertTrue(table.add(LineSketch.line([("200", 250)], y: 159)))
        XCTAssertTrue(table.add(LineSketch.line([("助", 124)], y: 165)))
        XCTAssertTrue(table.add(LineSketch.row("教育", "50", y: 184)))
        let rows = table.finish().table.rows
        XCTAssertEqual(rows.map { $0.cells[0] }, ["就业帮扶", "技能培训", "外出务工补助", "教育"])
        let flush: Double? = 100.0 / 12
        let inset: Double? = 112.0 / 12
        XCTAssertEqual(rows.map(\.labelIndent), [flush, inset, inset, flush])
        XCTAssertEqual(rows[2].labelEnd, (112.0 + 5 * 12) / 12)
    }

    /// A name wrapped over four lines has its amounts printed level with its middle (between its
    /// second and third lines, the builder puts them on the third): its first and last lines are
    /// more than the wrap distance from the amounts, but each is one line pitch from the next
    /// line of its cell and a row gap from the rows around it. The whole name is one row's, and
    /// no part of it is a heading. Rows printed at one pitch with a heading among them keep it.
    func testANameWrappedOverFourLinesIsOneRow() {
        var table = openTable()
        // Lines 12 high at a pitch of 13 (gap 1) inside a cell; rows 10 apart, box to box.
        XCTAssertTrue(table.add(LineSketch.row("生产发展", "200", y: 100)))
        XCTAssertTrue(table.add(LineSketch.line([("其他巩", 100)], y: 122)))
        XCTAssertTrue(table.add(LineSketch.line([("固脱贫攻坚成果", 100)], y: 135)))
        XCTAssertTrue(table.add(LineSketch.line([("衔接乡村振兴支", 100), ("300", 280)], y: 148)))
        XCTAssertTrue(table.add(LineSketch.line([("出", 100)], y: 161)))
        XCTAssertTrue(table.add(LineSketch.row("住房保障支出", "100", y: 183)))
        XCTAssertTrue(table.add(LineSketch.row("住房改革支出", "100", y: 205)))
        XCTAssertEqual(table.finish().table.rows.map(\.cells),
                       [["生产发展", "200", ""], ["其他巩固脱贫攻坚成果衔接乡村振兴支出", "300", ""],
                        ["住房保障支出", "100", ""], ["住房改革支出", "100", ""]])
    }

    /// Rows one pitch apart with a heading between them: the heading is as near the row above as
    /// the row below, so it joins neither.
    func testAHeadingBetweenRowsAtOnePitchStaysAHeading() {
        var table = openTable()
        XCTAssertTrue(table.add(LineSketch.row("全省合计", "300", y: 100)))
        XCTAssertTrue(table.add(LineSketch.row("娄烦县", "200", y: 113)))
        XCTAssertTrue(table.add(LineSketch.line([("太原市", 100)], y: 126)))
        XCTAssertTrue(table.add(LineSketch.row("阳曲县", "100", y: 139)))
        XCTAssertTrue(table.add(LineSketch.row("清徐县", "0", y: 152)))
        XCTAssertEqual(table.finish().table.rows.map { $0.cells[0] }, ["全省合计", "娄烦县", "太原市", "阳曲县", "清徐县"])
    }

    func testProseInTheAmountColumnEndsTheTable() {
        var table = openTable()
        XCTAssertTrue(table.add(LineSketch.row("全省合计", "300", y: 120)))
        XCTAssertFalse(table.add(LineSketch.line([("各市要加强资金监管，", 100), ("确保资金安全使用", 250)], y: 160)))
    }

    /// A paragraph line in Latin letters running across the columns (three words or more in an
    /// amount cell) ends the table once it has rows with amounts; above the first amounts it may
    /// be the header's last words, and a cell of one or two words is no prose.
    func testLatinProseInTheAmountColumnEndsTheTableAfterItsAmounts() {
        var table = openTable()
        XCTAssertTrue(table.add(LineSketch.line([("in", 100), ("millions of dollars", 250)], y: 110)))
        XCTAssertTrue(table.add(LineSketch.row("Total", "300", y: 120)))
        XCTAssertTrue(table.add(LineSketch.line([("Italy", 100), ("retail outlets", 250)], y: 138)))
        XCTAssertFalse(table.add(LineSketch.line([("In general terms,", 100), ("it is a structure of", 250)], y: 160)))
    }

    func testLabelOnlyLinesAfterTheLastRowGoBackToTheBody() {
        var table = openTable()
        XCTAssertTrue(table.add(LineSketch.row("全省合计", "300", y: 120)))
        XCTAssertTrue(table.add(LineSketch.row("娄烦县", "300", y: 138)))
        XCTAssertTrue(table.add(LineSketch.line([("打印本页", 100)], y: 200)))
        let (raw, trailing) = table.finish()
        XCTAssertEqual(raw.rows.count, 2)
        XCTAssertEqual(trailing.map(\.text), ["打印本页"])
    }

    func testOneRowWithAnAmountIsNotATable() {
        var table = openTable()
        XCTAssertTrue(table.add(LineSketch.row("合计", "1", y: 120)))
        XCTAssertFalse(table.hasAmounts)
    }

    func testPageBreakResetsTheCountOfRowsSinceIt() {
        var table = openTable()
        XCTAssertTrue(table.add(LineSketch.row("全省合计", "300", y: 120)))
        XCTAssertEqual(table.rowsSincePageBreak, 1)
        table.pageBreak()
        XCTAssertEqual(table.rowsSincePageBreak, 0)
    }
}
