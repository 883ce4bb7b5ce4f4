@testable import AllotHTML
@testable import AllotTables
import AllotModel
import XCTest

/// How far an HTML label is set in: each way portal pages indent a row, read to the same em the
/// PDF path measures, and the rows of a table indented that way placed in a hierarchy.
final class CellIndentTests: XCTestCase {
    /// The label extents (start em) of a one-column table's data rows, the page given whole.
    private func starts(_ html: String) throws -> [Double?] {
        let page = try extract(html)
        let table = try XCTUnwrap(page.tables.first)
        return table.rows.map(\.labelIndent)
    }

    private func table(_ rows: [String], head: String = "") -> String {
        "<html><head>\(head)</head><body><p>2025年支出表</p><table><tr><td>项目</td><td>金额</td></tr>"
            + rows.map { "<tr>\($0)<td>10</td></tr>" }.joined() + "</table></body></html>"
    }

    func testPaddingInEmAndPixels() throws {
        XCTAssertEqual(try starts(table(["<td>合计</td>", "<td style=\"padding-left:2em\">甲</td>",
                                         "<td style=\"padding-left: 24px\">乙</td>", "<td style='padding:0 0 0 12pt'>丙</td>"])),
                       [0, 2, 1.5, 1])
    }

    func testLeadingFullWidthSpacesAndNBSP() throws {
        XCTAssertEqual(try starts(table(["<td>合计</td>", "<td>\u{3000}\u{3000}甲</td>", "<td>&nbsp;&nbsp;&nbsp;&nbsp;乙</td>"])),
                       [0, 2, 2])
    }

    func testNestedParagraphWithTextIndent() throws {
        XCTAssertEqual(try starts(table(["<td><p>合计</p></td>", "<td><p style=\"text-indent:2em\"><span>甲</span></p></td>",
                                         "<td><div style=\"margin-left:1em\"><p style=\"text-indent:1em\">乙</p></div></td>"])),
                       [0, 2, 2])
    }

    func testClassRulesOfTheStyleSheet() throws {
        let sheet = "<style><!-- .xl65 {text-align:left;} /* a comment */ td.xl66 {mso-char-indent-count:1;}\n"
            + ".xl67, .other {padding-left:2em !important;} @page {margin:1in} --></style>"
        XCTAssertEqual(try starts(table(["<td class=xl65>合计</td>", "<td class=\"xl66\">甲</td>", "<td class='a xl67'>乙</td>"],
                                        head: sheet)),
                       [0, 1, 2])
    }

    func testCentredOrRightAlignedLabelsAreNotMeasured() throws {
        XCTAssertEqual(try starts(table(["<td align=center>合计</td>", "<td style=\"text-align:right;padding-left:2em\">甲</td>",
                                         "<td><p style=\"text-align:center\">乙</p></td>", "<td>丙</td>"])),
                       [nil, nil, nil, 0])
        let row = try starts("<table><tr><td>项目</td><td>金额</td></tr><tr align=center><td>甲</td><td>1</td></tr></table>")
        XCTAssertEqual(row, [nil])
    }

    func testUnknownLengthsCountAsNoIndent() throws {
        XCTAssertEqual(CellIndent.em("2em", 16), 2)
        XCTAssertEqual(CellIndent.em("32px", 16), 2)
        XCTAssertEqual(CellIndent.em("0", 16), 0)
        XCTAssertNil(CellIndent.em("auto", 16))
        XCTAssertNil(CellIndent.em("10%", 16))
        XCTAssertNil(CellIndent.em("1e9px", 16))
    }

    /// Each row's label starts and ends where a browser draws it (ideographs and ：one em), so
    /// the normalize stage can tell indented rows from centred ones as on a PDF page.
    func testLabelStartAndEndInEm() throws {
        let page = try extract("""
            <table><tr><td>项目</td><td>金额</td></tr>
            <tr><td>合计</td><td>60</td></tr>
            <tr><td>教育</td><td>40</td></tr>
            <tr><td style="padding-left:2em">其中：中央</td><td>5</td></tr>
            <tr><td style="padding-left:2em">学前教育</td><td>15</td></tr>
            <tr><td style="padding-left:2em">义务教育</td><td>25</td></tr>
            <tr><td>卫生</td><td>20</td></tr>
            <tr><td style="padding-left:2em">公立医院</td><td>20</td></tr>
            </table>
            """)
        let table = try XCTUnwrap(page.tables.first)
        XCTAssertEqual(table.rows.map(\.labelIndent), [0, 0, 2, 2, 2, 0, 2])
        XCTAssertEqual(table.rows.map(\.labelEnd), [2, 2, 7, 6, 6, 2, 6])
    }
}
