@testable import AllotOffice
import AllotModel
import AllotTables
import XCTest

final class XLSXReaderTests: XCTestCase {
    private func read(_ bytes: [UInt8], path: String = "memory.xlsx") throws -> OfficeDocument {
        try OfficeExtractor().extract(path: path, format: .xlsx, bytes: bytes)
    }

    func test125WorkbookGivesTheTableWithMergedTitleUnitAndNotes() throws {
        let document = try OfficeExtractor().extract(path: officeFixture("jxzf-2022-125.xlsx"), format: .xlsx)
        let read = tables(document)
        XCTAssertEqual(read.count, 1)
        let table = try XCTUnwrap(read.first)
        XCTAssertEqual(table.title, "提前下达2023年中央财政衔接推进乡村振兴补助资金计划表")
        XCTAssertEqual(table.unit, "万元")
        XCTAssertEqual(table.attachment, "附件")
        XCTAssertEqual(table.columns.map(\.name), ["市县名", "中央资金", "备注"])
        XCTAssertEqual(table.rows.count, 74)
        XCTAssertEqual(table.rows.first?.cells, ["全省合计", "403155", ""])
        // the hidden helper row (备用) and column (校验) and the hidden sheet are left out, with notes
        XCTAssertFalse(table.rows.contains { $0.cells.first == "备用" })
        XCTAssertEqual(document.notes.map(\.check.rawValue), ["hidden_skipped", "hidden_skipped"])
        XCTAssertTrue(document.notes.contains { $0.message.contains("1 hidden row(s) and 1 hidden column(s)") })
        XCTAssertTrue(document.notes.contains { $0.message.contains("sheet 说明: hidden, left out") })
        // every subtotal and the total hold a SUM formula whose cells sum to the cached value
        XCTAssertEqual(table.formulas.count, 12)
        XCTAssertTrue(table.formulas.allSatisfy { $0.computed == $0.stated })
        XCTAssertEqual(table.formulas.first?.rows?.count, 11)  // 全省合计 over the 11 subtotals
    }

    func testWrongCachedValueIsKeptAndItsFormulaSumDiffers() throws {
        let document = try OfficeExtractor().extract(path: officeFixture("jxzf-2022-125-formula-cache.xlsx"),
                                                     format: .xlsx)
        let table = try XCTUnwrap(tables(document).first)
        let taiyuan = try XCTUnwrap(table.formulas.first { table.rows[$0.row].cells.first == "太原市小计" })
        XCTAssertEqual(taiyuan.stated, "10645")
        XCTAssertEqual(taiyuan.computed, "10654")
        XCTAssertEqual(taiyuan.formula, "SUM(B7:B8)")
        XCTAssertEqual(table.rows[taiyuan.row].cells[1], "10645")
    }

    /// A row of a label and a column-B cell holding `value` (its `<v>`, `<f>`).
    private static func row(_ r: Int, _ name: String, _ value: String) -> String {
        #"<row r="\#(r)"><c r="A\#(r)" t="inlineStr"><is><t>\#(name)</t></is></c><c r="B\#(r)">\#(value)</c></row>"#
    }

    private static let header = #"<row r="1"><c r="A1" t="inlineStr"><is><t>地区</t></is></c><c r="B1" t="inlineStr"><is><t>资金</t></is></c></row>"#

    /// 地区/资金 over: B2 = SUM(B3:B4) (cached 10645, its cells 10000 + 654.5), B5 = B2 + B6 (cached
    /// right for the cached B2), B7 = ROUND(B3, 0) (no plain sum); `flags` goes into B2's `<f>`.
    private func staleSheet(calcPr: String, flags: String = "", afterSheetData: String = "") throws -> OfficeDocument {
        let bytes = try xlsxBytes(sheetData: Self.header + Self.row(2, "合计", "<f\(flags)>SUM(B3:B4)</f><v>10645</v>")
            + Self.row(3, "甲县", "<v>10000</v>")
            + Self.row(4, "乙县", "<v>654.5</v>") + Self.row(5, "总计", "<f>B2+B6</f><v>10646</v>") + Self.row(6, "丙县", "<v>1</v>")
            + Self.row(7, "丁县", "<f>ROUND(B3,0)</f><v>9999</v>"), afterSheetData: afterSheetData, calcPr: calcPr)
        return try read(bytes)
    }

    /// Excel's own calcPr (a calcId, no fullCalcOnLoad): the cached results are the file's, kept
    /// with their formulas, so a wrong one is checked (FormulaCheck makes it a formula_mismatch).
    func testTrustedCachedResultsKeepTheirFormulas() throws {
        let document = try staleSheet(calcPr: #"<calcPr calcId="191029"/>"#)
        XCTAssertEqual(document.notes, [])
        let table = try XCTUnwrap(tables(document).first)
        XCTAssertEqual(table.rows.map { $0.cells[1] }, ["10645", "10000", "654.5", "10646", "1", "9999"])
        XCTAssertEqual(table.formulas.map(\.formula), ["SUM(B3:B4)", "B2+B6", "ROUND(B3,0)"])
        XCTAssertEqual(table.formulas.first.map { [$0.stated, $0.computed] }, ["10645", "10654.5"])
    }

    /// fullCalcOnLoad (the writer asks for the calculation: the caches are not to be believed), the
    /// sheet's own `<sheetCalcPr fullCalcOnLoad="1"/>` (after its cells) and manual calculation: no
    /// formula is checked; a plain sum is the exact sum of the cells it names
    /// (B5 over the recomputed B2), another formula keeps its cached value; one note says why.
    func testWorkbookThatDoesNotVouchForItsResultsSumsThemAndNotes() throws {
        let cases = [(#"<calcPr calcId="124519" fullCalcOnLoad="1"/>"#, "", "the workbook asks"),
                     (#"<calcPr calcId="191029" calcMode="manual"/>"#, "", "calculation is manual"),
                     (#"<calcPr calcId="191029"/>"#, #"<sheetCalcPr fullCalcOnLoad="1"/>"#, "sheetCalcPr fullCalcOnLoad")]
        for (calcPr, sheetCalcPr, reason) in cases {
            let document = try staleSheet(calcPr: calcPr, afterSheetData: sheetCalcPr)
            let table = try XCTUnwrap(tables(document).first)
            XCTAssertEqual(table.rows.map { $0.cells[1] }, ["10654.5", "10000", "654.5", "10655.5", "1", "9999"], reason)
            XCTAssertEqual(table.formulas, [], "stale formulas are not checked")
            XCTAssertEqual(document.notes.map(\.check), [.formulaUncomputed])
            let note = try XCTUnwrap(document.notes.first)
            XCTAssertFalse(note.isProblem)
            XCTAssertTrue(note.message.hasPrefix("sheet 表1: 3 formula result(s)") && note.message.contains(reason), note.message)
            XCTAssertTrue(note.message.contains("B2 stored 10645, =SUM(B3:B4) gives 10654.5; B5 stored 10646, =B2+B6 gives 10655.5"),
                          note.message)
        }
    }

    /// `<f ca="1">`: only that formula is untrusted; B5 keeps its cached value and is checked
    /// against B2 as read (the exact sum), as an xls fAlwaysCalc formula.
    func testFormulaFlaggedToCalculateAlwaysIsTheOnlyStaleOne() throws {
        let document = try staleSheet(calcPr: #"<calcPr calcId="191029"/>"#, flags: #" ca="1""#)
        let table = try XCTUnwrap(tables(document).first)
        XCTAssertEqual(table.rows.map { $0.cells[1] }, ["10654.5", "10000", "654.5", "10646", "1", "9999"])
        XCTAssertEqual(table.formulas.map(\.formula), ["B2+B6", "ROUND(B3,0)"])
        XCTAssertEqual(table.formulas.first.map { [$0.stated, $0.computed] }, ["10646", "10655.5"])
        let note = try XCTUnwrap(document.notes.first { $0.check == .formulaUncomputed })
        XCTAssertTrue(note.message.contains("1 formula result(s)") && note.message.contains("whenever the file is opened: ca"),
                      note.message)
    }

    /// A formula filled down is stored once (`<f t="shared" ref si>` in its first cell) and named by
    /// the cells that share it (`<f t="shared" si/>`): each takes the master's formula moved to it,
    /// so its cached value is checked as a formula of its own would be (a wrong one differs from
    /// its sum); a master that is no plain sum leaves them unknown, unchecked.
    func testCellsSharingAFormulaTakeItMovedToThem() throws {
        func cell(_ ref: String, _ inner: String) -> String { #"<c r="\#(ref)">\#(inner)</c>"# }
        func name(_ ref: String, _ text: String) -> String { #"<c r="\#(ref)" t="inlineStr"><is><t>\#(text)</t></is></c>"# }
        let header = "<row r=\"1\">" + name("A1", "地区") + name("B1", "中央") + name("C1", "省级") + name("D1", "合计") + "</row>"
        func sheet(_ master: String) throws -> OfficeDocument {
            let rows = [("甲县", "10", "5", #"<f t="shared" ref="D2:D4" si="0">\#(master)</f><v>15</v>"#),
                        ("乙县", "20", "6", #"<f t="shared" si="0"/><v>27</v>"#),
                        ("丙县", "30", "7", #"<f t="shared" si="0"/><v>37</v>"#)]
            let data = rows.enumerated().map { index, row in
                let r = index + 2
                return "<row r=\"\(r)\">" + name("A\(r)", row.0) + cell("B\(r)", "<v>\(row.1)</v>")
                    + cell("C\(r)", "<v>\(row.2)</v>") + cell("D\(r)", row.3) + "</row>"
            }.joined()
            return try read(xlsxBytes(sheetData: header + data, calcPr: #"<calcPr calcId="191029"/>"#))
        }
        for master in ["SUM(B2:C2)", "SUM($B2:C2)", "B2+C2"] {
            let table = try XCTUnwrap(tables(try sheet(master)).first)
            XCTAssertEqual(table.rows.map { $0.cells[3] }, ["15", "27", "37"], master)
            XCTAssertEqual(table.formulas.map { [$0.stated, $0.computed] }, [["15", "15"], ["27", "26"], ["37", "37"]], master)
        }
        let moved = try XCTUnwrap(tables(try sheet("SUM($B2:C$2)")).first)
        XCTAssertEqual(moved.formulas.map(\.formula), ["SUM($B2:C$2)", "SUM($B3:C$2)", "SUM($B4:C$2)"])
        let unknown = try XCTUnwrap(tables(try sheet("ROUND(B2,0)+C2")).first)
        XCTAssertEqual(unknown.rows.map { $0.cells[3] }, ["15", "27", "37"])
        XCTAssertEqual(unknown.formulas.map(\.formula), ["ROUND(B2,0)+C2"])
    }

    /// A formula stored without `<v>` (openpyxl, server-side writers) has no result to trust: a
    /// plain sum is the exact sum of its cells, nested too; another formula stays empty, and a
    /// trusted formula naming it is not checked (its cells' sum is unknown). Before, such a cell
    /// was read as an empty cell with no formula and no note.
    func testFormulaWithoutCachedResultIsSummedOrLeftEmptyWithANote() throws {
        let bytes = try xlsxBytes(sheetData: Self.header + Self.row(2, "总计", "<f>SUM(B3,B6)</f>")
            + Self.row(3, "合计", "<f>SUM(B4:B5)</f>") + Self.row(4, "甲县", "<v>2.5</v>")
            + Self.row(5, "乙县", "<v>3</v>") + Self.row(6, "丙县", "<f>ROUND(B4,0)</f><v></v>") + Self.row(7, "小计", "<f>B4+B6</f><v>5.5</v>")
            + Self.row(8, "丁县", "<f>SUM(B4:B5)</f><v>5.5</v>"), calcPr: #"<calcPr calcId="191029"/>"#)
        let document = try read(bytes)
        let table = try XCTUnwrap(tables(document).first)
        // 总计 names 丙县, whose result nobody knows: it stays empty as well
        XCTAssertEqual(table.rows.map { $0.cells[1] }, ["", "5.5", "2.5", "3", "", "5.5", "5.5"])
        // 小计 names 丙县: not checked; 丁县 is trusted and checked
        XCTAssertEqual(table.formulas.map(\.formula), ["SUM(B4:B5)"])
        let note = try XCTUnwrap(document.notes.first { $0.check == .formulaUncomputed })
        XCTAssertTrue(note.message.contains("3 formula result(s)") && note.message.contains("3 formula(s) stored without a result"),
                      note.message)
        XCTAssertTrue(note.message.contains("B3 stored nothing, =SUM(B4:B5) gives 5.5"), note.message)
        XCTAssertTrue(note.messageZH.contains("B3 未存储结果，=SUM(B4:B5) 得 5.5"), note.messageZH)
        XCTAssertFalse(note.messageZH.contains("nothing"), note.messageZH)
        XCTAssertTrue(note.message.contains("2 formula(s) with no stored result that allot cannot compute are left empty"), note.message)
        XCTAssertTrue(note.message.contains("1 other formula(s) naming them are not checked"), note.message)
    }

    func testNumbersAreTheStoredTextExactlyAndStringsResolve() throws {
        let bytes = try xlsxBytes(sheetData: """
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>中央资金</t></is></c></row>
            <row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2"><v>1.5E+3</v></c></row>
            <row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3"><v>0.30000000000000004</v></c></row>
            <row r="4"><c r="A4" t="s"><v>3</v></c><c r="B4" s="1"><v>12.345</v></c></row>
            """, strings: ["地区", "甲县", "乙县", "丙县"],
            styles: #"<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="3"/></cellXfs>"#)
        let document = try read(bytes)
        let table = try XCTUnwrap(tables(document).first)
        XCTAssertEqual(table.rows.map(\.cells), [["甲县", "1500"], ["乙县", "0.3"], ["丙县", "12.345"]])
        XCTAssertEqual(document.notes.map(\.check.rawValue), ["display_rounded"])
    }

    /// The locale-spelled built-in formats (currency 5-8, accounting 41-44; Excel's Comma style,
    /// 千位分隔, is 43) have no `<numFmt>` in styles.xml, yet show a fixed count of decimals: a value
    /// stored with more is noted as rounded for display, one stored with as many or fewer is not.
    func testLocaleBuiltInFormatsShowTheirDecimals() throws {
        let bytes = try xlsxBytes(sheetData: """
            <row r="1"><c r="A1" t="inlineStr"><is><t>地区</t></is></c><c r="B1" t="inlineStr"><is><t>资金</t></is></c></row>
            <row r="2"><c r="A2" t="inlineStr"><is><t>甲县</t></is></c><c r="B2" s="1"><v>12.5</v></c></row>
            <row r="3"><c r="A3" t="inlineStr"><is><t>乙县</t></is></c><c r="B3" s="2"><v>3.25</v></c></row>
            <row r="4"><c r="A4" t="inlineStr"><is><t>丙县</t></is></c><c r="B4" s="3"><v>7.125</v></c></row>
            """, styles: #"<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="43"/><xf numFmtId="7"/><xf numFmtId="41"/></cellXfs>"#)
        let document = try read(bytes)
        XCTAssertEqual(try XCTUnwrap(tables(document).first).rows.map(\.cells), [["甲县", "12.50"], ["乙县", "3.25"], ["丙县", "7.125"]])
        XCTAssertEqual(document.notes.map(\.check.rawValue), ["display_rounded"])
        for (id, decimals) in [(5, 0), (6, 0), (7, 2), (8, 2), (41, 0), (42, 0), (43, 2), (44, 2)] {
            XCTAssertEqual(NumberStyles.builtInFormats[id].flatMap(NumberStyles.shownDecimals), decimals, "format \(id)")
        }
        // zh-CN's spellings of the same ids.
        XCTAssertEqual(NumberStyles.shownDecimals(##""¥"#,##0.00;"¥"\-#,##0.00"##), 2)
        XCTAssertEqual(NumberStyles.shownDecimals(##"_ * #,##0_ ;_ * \-#,##0_ ;_ * "-"_ ;_ @_ "##), 0)
        XCTAssertEqual(NumberStyles.shownDecimals(##"_ * #,##0.00_ ;_ * \-#,##0.00_ ;_ * "-"??_ ;_ @_ "##), 2)
        // `_x` and `*x` take the next character as a width or a fill, never as a digit place.
        XCTAssertEqual(NumberStyles.shownDecimals("*0#,##0.0_0"), 1)
    }

    /// A label cell's style `<alignment indent="N"/>` is how far its text is set in: N steps of three
    /// spaces (1.5 em), the same measure an HTML cell's padding gives; text that is centred or
    /// right-aligned has no measured start, and an unstyled text cell starts flush left.
    func testCellStyleIndentIsTheTextsIndentInEm() throws {
        let bytes = try xlsxBytes(sheetData: """
            <row r="1"><c r="A1" t="inlineStr"><is><t>项目</t></is></c><c r="B1" t="inlineStr"><is><t>预算数</t></is></c></row>
            <row r="2"><c r="A2" t="inlineStr"><is><t>合计</t></is></c><c r="B2"><v>3</v></c></row>
            <row r="3"><c r="A3" t="s" s="1"><v>0</v></c><c r="B3" s="1"><v>1</v></c></row>
            <row r="4"><c r="A4" t="inlineStr" s="2"><is><t>乙</t></is></c><c r="B4"><v>2</v></c></row>
            <row r="5"><c r="A5" t="inlineStr" s="3"><is><t>丙</t></is></c><c r="B5"><v>0</v></c></row>
            <row r="6"><c r="A6" t="inlineStr" s="4"><is><t>丁</t></is></c><c r="B6"><v>0</v></c></row>
            """, strings: ["甲"], styles: """
            <cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="0"><alignment indent="1"/></xf>\
            <xf numFmtId="0"><alignment horizontal="left" indent="2"/></xf>\
            <xf numFmtId="0"><alignment horizontal="center" indent="1"/></xf>\
            <xf numFmtId="0"><alignment horizontal="right"/></xf></cellXfs>
            """)
        let document = try read(bytes)
        let grids = document.items.compactMap { item -> CellGrid? in
            if case let .grid(grid, _) = item { return grid }
            return nil
        }
        let grid = try XCTUnwrap(grids.first)
        XCTAssertEqual((1...5).map { grid.cell(row: $0, column: 0)?.indent }, [0, 1.5, 3, nil, nil])
        XCTAssertEqual(grid.cell(row: 1, column: 0)?.text, "合计")
        // numbers are not set from the left: no indent, whatever their style
        XCTAssertNil(grid.cell(row: 2, column: 1)?.indent)
    }

    /// A row above the header holding only statements side by side (编制部门：… in A, 单位：万元 in the
    /// last column, as bureaus lay out their sheets) is a caption, not the table's first row: the
    /// unit is the table's (before, the row stayed in the grid and the unit was lost).
    func testStatementsSideBySideAboveTheHeaderAreCaptions() throws {
        let bytes = try xlsxBytes(sheetData: """
            <row r="1"><c r="A1" t="inlineStr"><is><t>2024年部门支出预算表</t></is></c></row>
            <row r="2"><c r="A2" t="inlineStr"><is><t>编制部门：某市某局</t></is></c><c r="C2" t="inlineStr"><is><t>单位：万元</t></is></c></row>
            <row r="3"><c r="A3" t="inlineStr"><is><t>项目</t></is></c><c r="B3" t="inlineStr"><is><t>预算数</t></is></c><c r="C3" t="inlineStr"><is><t>决算数</t></is></c></row>
            <row r="4"><c r="A4" t="inlineStr"><is><t>合计</t></is></c><c r="B4"><v>3</v></c><c r="C4"><v>4</v></c></row>
            <row r="5"><c r="A5" t="inlineStr"><is><t>教育支出</t></is></c><c r="B5"><v>2</v></c><c r="C5"><v>1</v></c></row>
            <row r="6"><c r="A6" t="inlineStr"><is><t>科学技术支出</t></is></c><c r="B6"><v>1</v></c><c r="C6"><v>3</v></c></row>
            """)
        let table = try XCTUnwrap(tables(try read(bytes)).first)
        XCTAssertEqual(table.unit, "万元")
        XCTAssertEqual(table.columns.map(\.name), ["项目", "预算数", "决算数"])
        XCTAssertEqual(table.rows.map(\.cells), [["合计", "3", "4"], ["教育支出", "2", "1"], ["科学技术支出", "1", "3"]])
        // a header row is no caption: its cells are names, not statements
        XCTAssertFalse(SheetCells.isCaption(["项目", "基本支出", "项目支出"]))
        XCTAssertFalse(SheetCells.isCaption(["项目", "其中："]))
        XCTAssertTrue(SheetCells.isCaption(["编制单位：某县某中心", "单位：元"]))
    }

    func testStoredNumbersBeyondFifteenDigitsAreRoundedExactly() {
        XCTAssertEqual(SheetStream.canonicalNumber("9800.889999999999"), "9800.89")
        XCTAssertEqual(SheetStream.canonicalNumber("72743.50999999999"), "72743.51")
        XCTAssertEqual(SheetStream.canonicalNumber("1234.50"), "1234.50")
        XCTAssertEqual(SheetStream.canonicalNumber("-0.0012345678901234567"), "-0.00123456789012346")
        XCTAssertEqual(SheetStream.canonicalNumber("1E-3"), "0.001")
        XCTAssertEqual(SheetStream.canonicalNumber("abc"), nil)
        XCTAssertEqual(SheetStream.canonicalNumber("0E+0"), "0")
        XCTAssertEqual(SheetStream.plainSignificantDigits("-0.00120"), 3)
        XCTAssertEqual(SheetStream.plainSignificantDigits("1."), nil)
        XCTAssertEqual(SheetStream.plainSignificantDigits(".5"), nil)
        XCTAssertEqual(SheetStream.plainSignificantDigits("1-2"), nil)
    }

    func testFormatWithMoreDecimalsPadsTheStoredValue() {
        let styles = NumberStyles(decimals: [nil, 2])
        XCTAssertEqual(styles.shown(stored: "3023.9", style: 1), "3023.90")
        XCTAssertEqual(styles.shown(stored: "3023.9", style: 0), "3023.9")
        XCTAssertEqual(styles.shown(stored: "7", style: 1), "7.00")
        XCTAssertEqual(NumberStyles.shownDecimals("#,##0.00_);[Red](#,##0.00)"), 2)
        XCTAssertEqual(NumberStyles.shownDecimals("0%"), nil)
        XCTAssertEqual(NumberStyles.shownDecimals("yyyy-mm-dd"), nil)
        XCTAssertEqual(NumberStyles.shownDecimals("\"¥\"#,##0"), 0)
    }

    func testMergedCellsBecomeSpansAndHiddenRowsAreSkipped() throws {
        let bytes = try xlsxBytes(sheetData: """
            <row r="1"><c r="A1" t="inlineStr"><is><t>地区</t></is></c><c r="B1" t="inlineStr"><is><t>其中</t></is></c></row>
            <row r="2"><c r="B2" t="inlineStr"><is><t>中央资金</t></is></c><c r="C2" t="inlineStr"><is><t>省级资金</t></is></c></row>
            <row r="3"><c r="A3" t="inlineStr"><is><t>甲县</t></is></c><c r="B3"><v>2</v></c><c r="C3"><v>1</v></c></row>
            <row r="4" hidden="1"><c r="A4" t="inlineStr"><is><t>草稿</t></is></c><c r="B4"><v>9</v></c><c r="C4"><v>9</v></c></row>
            <row r="5"><c r="A5" t="inlineStr"><is><t>乙县</t></is></c><c r="B5"><v>4</v></c><c r="C5"><v>3</v></c></row>
            """, afterSheetData: #"<mergeCells count="2"><mergeCell ref="A1:A2"/><mergeCell ref="B1:C1"/></mergeCells>"#)
        let table = try XCTUnwrap(tables(try read(bytes)).first)
        XCTAssertEqual(table.columns.map(\.name), ["地区", "中央资金", "省级资金"])
        XCTAssertEqual(table.columns.map(\.parent), [nil, "其中", "其中"])
        XCTAssertEqual(table.rows.map(\.cells), [["甲县", "2", "1"], ["乙县", "4", "3"]])
    }

    func testSumFormulaOverAHiddenRowCountsItsStoredValue() throws {
        let bytes = try xlsxBytes(sheetData: """
            <row r="1"><c r="A1" t="inlineStr"><is><t>地区</t></is></c><c r="B1" t="inlineStr"><is><t>资金</t></is></c></row>
            <row r="2"><c r="A2" t="inlineStr"><is><t>合计</t></is></c><c r="B2"><f>SUM(B3:B5)</f><v>6</v></c></row>
            <row r="3"><c r="A3" t="inlineStr"><is><t>甲县</t></is></c><c r="B3"><v>2</v></c></row>
            <row r="4" hidden="1"><c r="A4" t="inlineStr"><is><t>乙县</t></is></c><c r="B4"><v>3</v></c></row>
            <row r="5"><c r="A5" t="inlineStr"><is><t>丙县</t></is></c><c r="B5"><v>1</v></c></row>
            """)
        let table = try XCTUnwrap(tables(try read(bytes)).first)
        XCTAssertEqual(table.formulas.map(\.computed), ["6"])
        XCTAssertNil(table.formulas.first?.rows)  // names a row that is not in the table
    }

    func testHiddenSheetIsNotReadAndVeryHiddenToo() throws {
        let bytes = try xlsxBytes(sheetData: "", workbookSheets: """
            <sheet name="甲" sheetId="1" state="hidden" r:id="rId1"/><sheet name="乙" sheetId="2" state="veryHidden" r:id="rId1"/>
            """)
        let document = try read(bytes)
        XCTAssertTrue(document.items.isEmpty)
        XCTAssertEqual(document.notes.count, 2)
    }
    /// Cells stored out of order, or twice at one place (a hostile or careless writer): laid out
    /// in sheet order, the later of two at one place kept, as the sheet would show them.
    func testCellsStoredOutOfOrderOrTwiceAreLaidOutInSheetOrder() throws {
        var sheet = SheetCells(name: "表1")
        sheet.set(row: 3, column: 2, .init(text: "20", storedValue: "20"))
        sheet.set(row: 1, column: 1, .init(text: "地区"))
        sheet.set(row: 2, column: 2, .init(text: "5", storedValue: "5"))
        sheet.set(row: 1, column: 2, .init(text: "金额"))
        sheet.set(row: 2, column: 1, .init(text: "甲县"))
        sheet.set(row: 3, column: 1, .init(text: "合计"))
        sheet.set(row: 2, column: 2, .init(text: "15", storedValue: "15"))  // the same cell again
        var block = 0
        let (items, hidden) = sheet.items(block: &block, maximumColumns: 16)
        XCTAssertEqual(hidden.rows, 0)
        guard case let .grid(grid, _) = try XCTUnwrap(items.first), items.count == 1 else {
            return XCTFail("one grid expected: \(items)")
        }
        let rows = (0..<grid.rowCount).map { row in grid.distinctCells(row: row).map(\.text) }
        XCTAssertEqual(rows, [["地区", "金额"], ["甲县", "15"], ["合计", "20"]])
        XCTAssertEqual(grid.sourceRows, [1, 2, 3])
        XCTAssertEqual(grid.cell(row: 1, column: 1)?.storedValue, "15")
        XCTAssertNil(grid.cell(row: 1, column: 0)?.storedValue)
    }

    /// Cells in order: one set again (a stale formula's settled sum) takes its place without
    /// making the sheet unordered, and `storedNumber` finds numbers by place (text, empty places
    /// and places outside give nil); a cell out of order still sorts, the later of two kept.
    func testCellSetAgainInOrderReplacesItAndNumbersAreFoundByPlace() throws {
        var sheet = SheetCells(name: "表1")
        sheet.set(row: 1, column: 1, .init(text: "地区"))
        sheet.set(row: 1, column: 2, .init(text: "金额"))
        sheet.set(row: 2, column: 1, .init(text: "合计"))
        sheet.set(row: 2, column: 2, .init(text: "", storedValue: nil, formula: "SUM(B3:B4)"))
        sheet.set(row: 3, column: 1, .init(text: "甲县"))
        sheet.set(row: 3, column: 2, .init(text: "5", storedValue: "5"))
        sheet.set(row: 4, column: 1, .init(text: "乙县"))
        sheet.set(row: 4, column: 2, .init(text: "7.25", storedValue: "7.25"))
        sheet.orderCells()
        XCTAssertEqual(sheet.storedNumber(row: 3, column: 2), "5")
        XCTAssertEqual(sheet.storedNumber(row: 4, column: 2), "7.25")
        XCTAssertNil(sheet.storedNumber(row: 3, column: 1))  // text
        XCTAssertNil(sheet.storedNumber(row: 2, column: 2))  // no number stored
        XCTAssertNil(sheet.storedNumber(row: 5, column: 2))
        XCTAssertNil(sheet.storedNumber(row: 0, column: 0))
        sheet.set(row: 2, column: 2, .init(text: "12.25", storedValue: "12.25"))  // settled in place
        XCTAssertEqual(sheet.count, 8)
        XCTAssertEqual(sheet.storedNumber(row: 2, column: 2), "12.25")
        sheet.set(row: 1, column: 3, .init(text: "备注"))  // out of order: sorted when laid out
        XCTAssertNil(sheet.storedNumber(row: 3, column: 2))  // unordered: not searched
        var block = 0
        let (items, _) = sheet.items(block: &block, maximumColumns: 16)
        guard case let .grid(grid, _) = try XCTUnwrap(items.first), items.count == 1 else {
            return XCTFail("one grid expected: \(items)")
        }
        let rows = (0..<grid.rowCount).map { row in grid.distinctCells(row: row).map(\.text) }
        XCTAssertEqual(rows, [["地区", "金额", "备注"], ["合计", "12.25"], ["甲县", "5"], ["乙县", "7.25"]])
        XCTAssertNil(grid.cell(row: 1, column: 1)?.formula)
    }
}
