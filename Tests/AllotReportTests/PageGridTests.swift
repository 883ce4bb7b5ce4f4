import AllotReport
import XCTest

final class PageGridTests: XCTestCase {
    func testGridAlignsCJKColumnsAndListsFindingsAndDroppedLines() {
        let text = PageGrid.render(PageSample.input(page: 1), source: "sample.pdf")
        XCTAssertEqual(text, """
            sample.pdf page 1

            table 1 资金分配表 (万元): rows 1–3 of 4
            row  level     市县名      中央资金  备注
              1  total     全省合计         300
              2  subtotal  太原市小计       300
              3  item      娄烦县           200  资金管理型直管县

            findings:
              table 1 row 2 [subtotal] 太原市小计 中央资金: printed 300, the sum of its items is 200 (difference 100)
              table 1 row 3 [duplicate_row] 娄烦县 is listed twice under the same parent (rows 2 and 3)

            dropped:
              page_number  280.0,800.0–320.0,812.0  — 1 —

            """)
    }

    func testPageWithoutRowsSaysSo() {
        let text = PageGrid.render(PageSample.input(page: 3), source: "sample.pdf")
        XCTAssertEqual(text, "sample.pdf page 3\nno table rows on this page\n")
    }
}
