import XCTest

/// The compiler of a table on a portal page or in a spreadsheet: from the unit line above the table
/// or from the table's own spanning row, as in a PDF; none when the page does not print it.
final class TableCompilerHTMLTests: XCTestCase {
    private let rows = "<tr><td>地区</td><td>资金</td></tr><tr><td>甲县</td><td>1</td></tr><tr><td>乙县</td><td>2</td></tr>"

    func testTheUnitLineAboveTheTableNamesTheCompiler() throws {
        let page = try extract("<p>2025年资金分配表</p><p>编制部门：某区财政局　单位：万元</p><table>\(rows)</table>")
        XCTAssertEqual(page.tables.map(\.compiler), ["某区财政局"])
        XCTAssertEqual(page.tables.map(\.unit), ["万元"])
        XCTAssertTrue(page.scan.flowDump.contains("unit=万元 attachment= compiler=某区财政局\n"), page.scan.flowDump)
    }

    func testASpanningRowOfTheTableNamesTheCompiler() throws {
        let page = try extract("<table><tr><td colspan=\"2\">编制单位：某区财政局 （金额单位：元）</td></tr>\(rows)</table>")
        XCTAssertEqual(page.tables.map(\.compiler), ["某区财政局"])
        XCTAssertEqual(page.tables.map(\.unit), ["元"])
    }

    func testATableWithoutTheLineHasNone() throws {
        let page = try extract("<p>编制部门：某区财政局　单位：万元</p><table>\(rows)</table><p>单位：元</p><table>\(rows)</table>")
        XCTAssertEqual(page.tables.map(\.compiler), ["某区财政局", ""])
    }
}
