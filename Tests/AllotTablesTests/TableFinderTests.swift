import AllotLayout
import AllotModel
import AllotTables
import XCTest

/// Finding tables in a document's lines: title, unit and attachment label above the header; a
/// table merged across pages with its repeated furniture dropped; body text kept for the notice.
final class TableFinderTests: XCTestCase {
    private func twoPages() -> [PageLayout] {
        let first = LineSketch.page(1, [
            LineSketch.line([("关于下达资金的通知", 100)], y: 60),
            LineSketch.line([("附件1", 80)], y: 500),
            LineSketch.line([("资金分配表", 200)], y: 530, size: 16),
            LineSketch.line([("单位：万元", 400)], y: 560),
            LineSketch.header(y: 580),
            LineSketch.row("全省合计", "300", y: 600),
            LineSketch.row("太原市小计", "200", y: 618),
            LineSketch.line([("— 1 —", 280)], y: 800),
        ])
        let second = LineSketch.page(2, [
            LineSketch.line([("资金分配表", 200)], y: 60, page: 2, size: 16),
            LineSketch.line([("单位：万元", 400)], y: 90, page: 2),
            LineSketch.header(y: 110, page: 2),
            LineSketch.row("娄烦县", "200", y: 130, page: 2),
            LineSketch.row("大同市小计", "100", y: 148, page: 2),
            LineSketch.row("阳高县", "100", y: 166, page: 2),
            LineSketch.line([("— 2 —", 280)], y: 800, page: 2),
        ])
        return [first, second]
    }

    func testATableIsMergedAcrossPagesAndItsFurnitureDropped() throws {
        let scan = TableFinder().scan(twoPages())
        XCTAssertEqual(scan.tables.count, 1)
        let table = try XCTUnwrap(scan.tables.first)
        XCTAssertEqual(table.title, "资金分配表")
        XCTAssertEqual(table.unit, "万元")
        XCTAssertEqual(table.attachment, "附件1")
        XCTAssertEqual(table.rows.map { $0.cells[0] }, ["全省合计", "太原市小计", "娄烦县", "大同市小计", "阳高县"])
        XCTAssertEqual(table.rows.map(\.page), [1, 1, 2, 2, 2])
        XCTAssertEqual(scan.dropped.map(\.reason), [.pageNumber, .repeatedTitle, .repeatedUnit, .repeatedHeader,
                                                    .pageNumber])
        XCTAssertEqual(scan.bodyLines.map(\.text), ["关于下达资金的通知", "附件1", "单位：万元"])
    }

    func testADifferentHeaderStartsASecondTable() {
        let third = LineSketch.page(3, [
            LineSketch.line([("附件2", 80)], y: 60, page: 3),
            LineSketch.line([("表二", 200)], y: 90, page: 3, size: 16),
            LineSketch.line([("地区", 100), ("省级资金", 250)], y: 120, page: 3),
            LineSketch.row("合计", "50", y: 140, page: 3),
            LineSketch.row("甲县", "50", y: 158, page: 3),
        ])
        let scan = TableFinder().scan(twoPages() + [third])
        XCTAssertEqual(scan.tables.map(\.index), [1, 2])
        XCTAssertEqual(scan.tables.last?.columns.map(\.name), ["地区", "省级资金"])
        XCTAssertEqual(scan.tables.last?.title, "表二", scan.dump)
        XCTAssertEqual(scan.tables.last?.attachment, "附件2")
        XCTAssertEqual(scan.tables.first?.rows.count, 5)
    }

    func testAHeaderWithoutRowsIsBodyText() {
        let page = LineSketch.page(1, [LineSketch.header(y: 100), LineSketch.line([("此件公开发布", 100)], y: 200)])
        let scan = TableFinder().scan([page])
        XCTAssertEqual(scan.tables.count, 0)
        XCTAssertEqual(scan.bodyLines.count, 2)
    }
}
