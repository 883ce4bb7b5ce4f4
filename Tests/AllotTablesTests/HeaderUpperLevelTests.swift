import AllotLayout
import AllotModel
import AllotTables
import XCTest

/// A header's upper level printed on a line of its own (其中 over 中央资金 | 省级资金, with 市县名,
/// 合计 and 备注 filling both levels) belongs to the header, by geometry; a title above the header
/// stays the title, and the compiler's line (编制部门：… 单位：元) gives the unit, not the title.
final class HeaderUpperLevelTests: XCTestCase {
    /// 市县名 60-96, 合计 150-174, 中央资金 230-278, 省级资金 330-378, 备注 450-474; 其中 centred
    /// over the two fund columns at `upperY`, the full-height line at 124, the fund line under it.
    private func page(upperY: Double, upper: [(String, Double)] = [("其中", 292)], upperSize: Double = LineSketch.size,
                      above: [TextLine] = []) -> PageLayout {
        LineSketch.page(1, above + [
            LineSketch.line([("资金分配表", 200)], y: 60, size: 16),
            LineSketch.line([("单位：万元", 420)], y: 90),
            LineSketch.line(upper, y: upperY, size: upperSize),
            LineSketch.line([("市县名", 60), ("合计", 150), ("备注", 450)], y: 124),
            // Set solid, as the PDF replica prints it: each line's box reaches a hair into the next.
            LineSketch.line([("中央资金", 230), ("省级资金", 330)], y: 135.94),
            LineSketch.line([("甲县", 60), ("300", 156), ("200", 260), ("100", 360)], y: 156),
            LineSketch.line([("乙县", 60), ("30", 162), ("20", 266), ("10", 366)], y: 174),
        ])
    }

    private let twoLevels = ["市县名", "合计", "其中 › 中央资金", "其中 › 省级资金", "备注"]

    func testUpperLevelOverlappingTheFullHeightLineJoinsTheHeader() throws {
        let scan = TableFinder().scan([page(upperY: 112.5)])
        let table = try XCTUnwrap(scan.tables.first, scan.dump)
        XCTAssertEqual(table.title, "资金分配表")
        XCTAssertEqual(table.unit, "万元")
        XCTAssertEqual(table.columns.map(\.pathText), twoLevels)
        XCTAssertFalse(scan.bodyLines.contains { $0.text == "其中" })
    }

    func testUpperLevelTouchingTheFullHeightLineJoinsTheHeader() throws {
        // As the OFD edition prints it: 其中's box ends exactly where 市县名's begins.
        let table = try XCTUnwrap(TableFinder().scan([page(upperY: 112)]).tables.first)
        XCTAssertEqual(table.title, "资金分配表")
        XCTAssertEqual(table.columns.map(\.pathText), twoLevels)
    }

    func testALineSetLargerThanTheHeaderStaysInTheTitle() throws {
        let table = try XCTUnwrap(TableFinder().scan([page(upperY: 108, upperSize: 16)]).tables.first)
        XCTAssertEqual(table.title, "资金分配表其中")
        XCTAssertEqual(table.columns.map(\.pathText), ["市县名", "合计", "中央资金", "省级资金", "备注"])
    }

    func testTheCompilerLineGivesTheUnitAndStaysOutOfTheTitle() throws {
        let page = LineSketch.page(1, [
            LineSketch.line([("资金分配表", 200)], y: 60, size: 16),
            LineSketch.line([("编制部门：某县财政局", 60), ("单位：元", 420)], y: 84),
            LineSketch.header(y: 104),
            LineSketch.row("甲县", "300", y: 124),
            LineSketch.row("乙县", "30", y: 142),
        ])
        let table = try XCTUnwrap(TableFinder().scan([page]).tables.first)
        XCTAssertEqual(table.title, "资金分配表")
        XCTAssertEqual(table.unit, "元")
    }

    /// The structure decides, not the words: a header word printed alone over one column (金额
    /// over 合计 only, 市县名 and 省级资金 filling both levels beside it) is no upper level of the
    /// header; 其中 over two columns is (`testUpperLevelOverlappingTheFullHeightLineJoinsTheHeader`).
    func testAHeaderWordOverOneColumnIsNoUpperLevel() throws {
        let page = LineSketch.page(1, [
            LineSketch.line([("资金分配表", 200)], y: 60, size: 16),
            LineSketch.line([("单位：万元", 420)], y: 90),
            LineSketch.line([("金额", 150)], y: 112.5),
            LineSketch.line([("市县名", 60), ("省级资金", 250)], y: 124),
            LineSketch.line([("合计", 150)], y: 135.94),
            LineSketch.line([("甲县", 60), ("300", 156), ("100", 280)], y: 156),
            LineSketch.line([("乙县", 60), ("30", 162), ("10", 286)], y: 174),
        ])
        let scan = TableFinder().scan([page])
        let table = try XCTUnwrap(scan.tables.first, scan.dump)
        XCTAssertEqual(table.columns.map(\.pathText), ["市县名", "合计", "省级资金"])
    }

    /// Without a remark column the full-height line (市县名 合计) is short; 其中 over the fund
    /// columns stands right of it, within the header block's width: still the header's.
    func testUpperLevelOverColumnsRightOfAShortFullHeightLine() throws {
        let scan = TableFinder().scan([shortHeaderPage(label: "市县名")])
        let table = try XCTUnwrap(scan.tables.first, scan.dump)
        XCTAssertEqual(table.title, "资金分配表")
        XCTAssertEqual(table.columns.map(\.pathText), ["市县名", "合计", "其中 › 中央资金", "其中 › 省级资金"])
    }

    /// No remark column: 其中 at 392 over 中央资金 | 省级资金, right of `label` 合计 (60-174).
    private func shortHeaderPage(label: String) -> PageLayout {
        LineSketch.page(1, [
            LineSketch.line([("资金分配表", 200)], y: 60, size: 16),
            LineSketch.line([("单位：万元", 420)], y: 90),
            LineSketch.line([("其中", 392)], y: 112.5),
            LineSketch.line([(label, 60), ("合计", 150)], y: 124),
            LineSketch.line([("中央资金", 330), ("省级资金", 430)], y: 135.94),
            LineSketch.line([("甲县", 60), ("300", 156), ("200", 360), ("100", 460)], y: 156),
            LineSketch.line([("乙县", 60), ("30", 162), ("20", 366), ("10", 466)], y: 174),
        ])
    }

    /// The same over a header found by its rows (实施县: no vocabulary word, two cells).
    func testUpperLevelOverAHeaderFoundByItsRows() throws {
        let scan = TableFinder().scan([shortHeaderPage(label: "实施县")])
        let table = try XCTUnwrap(scan.tables.first, scan.dump)
        XCTAssertEqual(table.title, "资金分配表")
        XCTAssertEqual(table.columns.map(\.pathText), ["实施县", "合计", "其中 › 中央资金", "其中 › 省级资金"])
        XCTAssertEqual(table.columns.map(\.role), [.label, .amount, .amount, .amount])
    }

    /// A continuation page that prints the two-level header again, 其中 on its line above the rest
    /// (no title): the same table goes on, the header lines are dropped (Fixtures/property2).
    func testTheTwoLevelHeaderPrintedAgainContinuesTheTable() throws {
        let first = page(upperY: 112.5)
        let second = LineSketch.page(2, [
            LineSketch.line([("其中", 292)], y: 60, page: 2),
            LineSketch.line([("市县名", 60), ("合计", 150), ("备注", 450)], y: 72, page: 2),
            LineSketch.line([("中央资金", 230), ("省级资金", 330)], y: 84, page: 2),
            LineSketch.line([("丙县", 60), ("50", 162), ("20", 266), ("30", 366)], y: 104, page: 2),
            LineSketch.line([("合计", 60), ("380", 156), ("240", 260), ("140", 360)], y: 122, page: 2),
        ])
        let scan = TableFinder().scan([first, second])
        XCTAssertEqual(scan.tables.count, 1, scan.dump)
        let table = try XCTUnwrap(scan.tables.first)
        XCTAssertEqual(table.rows.map { $0.cells.first ?? "" }, ["甲县", "乙县", "丙县", "合计"])
        XCTAssertTrue(scan.dropped.contains { $0.reason == .repeatedHeader && $0.line.text == "其中" })
    }
}

extension HeaderUpperLevelTests {
    /// An unruled fiscal header: 项目 alone on the top line, centred over the split code columns
    /// (科目编码 › 类 | 款) and the name column (科目名称), 决算数 spanning the header's height. 项目
    /// is their parent, not a label column of its own that would take the short names.
    func testALoneTopHeaderCentredOverCodeAndNameColumnsIsTheirParent() throws {
        let size = 9.0
        let page = LineSketch.page(1, [
            LineSketch.line([("2024年度支出决算表", 200)], y: 40, size: 15),
            LineSketch.line([("单位：万元", 360)], y: 70, size: size),
            LineSketch.line([("项目", 238)], y: 87, size: size),
            LineSketch.line([("科目编码", 184), ("决算数", 363)], y: 105, size: size),
            LineSketch.line([("科目名称", 263)], y: 114, size: size),
            LineSketch.line([("类", 181), ("款", 215)], y: 123, size: size),
            LineSketch.line([("301", 178), ("工资福利支出", 240), ("1,500.00", 369)], y: 140, size: size),
            LineSketch.line([("301", 178), ("01", 212), ("奖金", 240), ("1,000.00", 369)], y: 158, size: size),
            LineSketch.line([("301", 178), ("02", 212), ("津贴补贴", 240), ("500.00", 378)], y: 176, size: size),
        ])
        let scan = TableFinder().scan([page])
        let table = try XCTUnwrap(scan.tables.first, scan.dump)
        XCTAssertEqual(table.columns.map(\.pathText), ["项目 › 科目编码 › 类", "项目 › 科目编码 › 款", "项目 › 科目名称", "决算数"])
        XCTAssertEqual(table.rows.map { $0.cells[2] }, ["工资福利支出", "奖金", "津贴补贴"])
    }
}
