import AllotLayout
@testable import AllotTables
import AllotModel
import XCTest

/// Who compiled a table (编制部门：某局 单位：元, as budget and final-account disclosures print it on
/// the unit line above the table) is the table's `compiler`; a table without that line has none.
final class TableCompilerTests: XCTestCase {
    /// A page with a title, the given unit line, a header, two rows and their total.
    private func page(_ number: Int, title: String = "资金分配表", unitLine: [(String, Double)]) -> PageLayout {
        LineSketch.page(number, [
            LineSketch.line([(title, 200)], y: 60, page: number, size: 16),
            LineSketch.line(unitLine, y: 84, page: number),
            LineSketch.header(y: 104, page: number),
            LineSketch.row("甲县", "300", y: 124, page: number),
            LineSketch.row("乙县", "30", y: 142, page: number),
            LineSketch.row("合计", "330", y: 160, page: number),
        ])
    }

    func testTheCompilerOnTheUnitLineIsTheTables() throws {
        let sheet = page(1, unitLine: [("编制部门：某县财政局", 60), ("单位：元", 420)])
        let read = try XCTUnwrap(TableFinder().scan([sheet]).tables.first)
        XCTAssertEqual(read.compiler, "某县财政局")
        XCTAssertEqual(read.unit, "元")
        XCTAssertEqual(read.title, "资金分配表")
        XCTAssertTrue(read.dump(columnExtents: false) { _ in "" }.hasPrefix(
            "table 1 title=资金分配表 unit=元 attachment= compiler=某县财政局\n"))
    }

    func testATableWithoutTheLineHasNoCompilerNorTakesThePreviousTables() throws {
        let first = page(1, unitLine: [("填报单位：某县财政局", 60), ("金额单位：万元", 400)])
        let second = page(2, title: "项目资金安排表", unitLine: [("单位：元", 420)])
        let tables = TableFinder().scan([first, second]).tables
        XCTAssertEqual(tables.map(\.compiler), ["某县财政局", ""])
        XCTAssertEqual(tables.map(\.unit), ["万元", "元"])
    }
}
