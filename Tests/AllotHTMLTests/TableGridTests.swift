@testable import AllotHTML
import AllotModel
import XCTest

final class TableGridTests: XCTestCase {
    private func grid(_ html: String) throws -> CellGrid {
        let table = try XCTUnwrap(firstTable(in: parse(html)))
        return HTMLTableGrid.grid(table, chrome: ChromeFilter(settings: HTMLSettings()), maximumColumns: 256)
    }

    /// The text of every slot, row by row ("·" for a hole).
    private func texts(_ grid: CellGrid) -> [[String]] {
        (0..<grid.rowCount).map { row in
            (0..<grid.columnCount).map { grid.cell(row: row, column: $0)?.text ?? "·" }
        }
    }

    func testRowspanAndColspanFillEverySlotTheyCover() throws {
        let grid = try grid("""
            <table>
            <tr><th rowspan=2>地市</th><th rowspan=2>县</th><th colspan=2>其中</th></tr>
            <tr><th>中央资金</th><th>省级资金</th></tr>
            <tr><td rowspan=3>太原市</td><td>小计</td><td>3</td><td>1</td></tr>
            <tr><td>娄烦县</td><td>2</td><td>1</td></tr>
            <tr><td>阳曲县</td><td>1</td><td>0</td></tr>
            <tr><td colspan=2>合计</td><td>3</td><td>1</td></tr>
            </table>
            """)
        XCTAssertEqual(texts(grid), [
            ["地市", "县", "其中", "其中"],
            ["地市", "县", "中央资金", "省级资金"],
            ["太原市", "小计", "3", "1"],
            ["太原市", "娄烦县", "2", "1"],
            ["太原市", "阳曲县", "1", "0"],
            ["合计", "合计", "3", "1"],
        ])
        let city = try XCTUnwrap(grid.cell(row: 4, column: 0))
        XCTAssertEqual([city.row, city.column, city.rowSpan, city.columnSpan], [2, 0, 3, 1])
        XCTAssertTrue(try XCTUnwrap(grid.cell(row: 1, column: 3)).isHeader)
        XCTAssertEqual(grid.distinctCells(row: 0).map(\.text), ["地市", "县", "其中"])
    }

    func testSpansAreClampedToTheTableAndShortRowsLeaveHoles() throws {
        let grid = try grid("""
            <table><tr><td rowspan=9>a</td><td colspan="2x">b</td></tr><tr><td>c</td></tr>
            <tr><td colspan=0>d</td></tr></table>
            """)
        XCTAssertEqual(texts(grid), [["a", "b", "b"], ["a", "c", "·"], ["a", "d", "·"]])
    }

    func testSectionsCaptionAndFootOrder() throws {
        let grid = try grid("""
            <table><caption>分配表</caption><tfoot><tr><td>合计</td><td>3</td></tr></tfoot>
            <thead><tr><th>地区</th><th>资金</th></tr></thead>
            <tbody><tr><td>甲县</td><td>3</td></tr></tbody></table>
            """)
        XCTAssertEqual(grid.caption, "分配表")
        XCTAssertEqual(texts(grid), [["地区", "资金"], ["甲县", "3"], ["合计", "3"]])
        XCTAssertTrue(try XCTUnwrap(grid.cell(row: 0, column: 0)).inHead)
        XCTAssertFalse(try XCTUnwrap(grid.cell(row: 1, column: 0)).inHead)
    }

    func testCellTextKeepsPaddingAndCollapsesMarkupWhitespace() throws {
        let grid = try grid("<table><tr><td>\n  <p>盂&nbsp;&nbsp;县</p>\n</td><td>沁　县<br>（区）</td></tr></table>")
        XCTAssertEqual(grid.cell(row: 0, column: 0)?.text, "盂\u{A0}\u{A0}县")
        XCTAssertEqual(grid.cell(row: 0, column: 1)?.text, "沁\u{3000}县 （区）")
    }

    func testNestedTablesAreNotRowsOfTheOuterTable() throws {
        let grid = try grid("<table><tr><td>外<table><tr><td>内</td></tr></table></td></tr></table>")
        XCTAssertEqual(grid.rowCount, 1)
    }
}
