import AllotLayout
import AllotModel
@testable import AllotTables
import XCTest

/// A table's title is the heading line(s) right above its unit line and header (or its ruled
/// frame), wherever the scan stood when it met them: not lines of another size above it (the
/// heading of the document part the table opens), not a header cell spanning the grid, and not
/// lost to a table of headers only on the page before. (r07 p.8, whose title a ruled table's
/// carried-over rows took and gave back after its unit line, is checked on the real document by
/// RealCorpusTruthTests.testEveryTableTitle.)
final class TableTitleTests: XCTestCase {
    /// Rules of a full grid with column lines at `xs` and row lines at `ys`.
    private func rules(xs: [Double], ys: [Double]) -> [Rule] {
        ys.map { Rule(axis: .horizontal, position: $0, start: xs[0], end: xs[xs.count - 1], thickness: 0.5) }
            + xs.map { Rule(axis: .vertical, position: $0, start: ys[0], end: ys[ys.count - 1], thickness: 0.5) }
    }

    /// An amount right-aligned to `right`.
    private func amount(_ text: String, right: Double) -> (String, Double) {
        (text, right - Double(text.count) * LineSketch.size / 2)
    }

    /// A page holding a table printed with only its header and a note (政府性基金 … 本表无数据),
    /// whose header the next page's table does not repeat.
    private func headerOnlyPage() -> PageLayout {
        LineSketch.page(1, [
            LineSketch.line([("政府性基金预算支出表", 150)], y: 60, size: 16),
            LineSketch.line([("单位：万元", 400)], y: 90),
            LineSketch.line([("科目名称", 60), ("合计", 210), ("基本支出", 340)], y: 110),
            LineSketch.line([("注：本单位无政府性基金预算支出。", 60)], y: 140),
        ])
    }

    /// Page 2: a title, a unit line (the title further from the table than a title line may be
    /// from the next), then a table under another header (from lines, or ruled).
    private func titledPage(ruled: Bool) -> PageLayout {
        var page = LineSketch.page(2, [
            LineSketch.line([("基本支出经济分类表", 150)], y: 40, page: 2, size: 16),
            LineSketch.line([("单位：万元", 400)], y: 74, page: 2),
            LineSketch.line([("科目名称", 60), ("人员经费", 210), ("公用经费", 340)], y: 108, page: 2),
            LineSketch.line([("工资福利支出", 55), amount("100.00", right: 295), amount("20.00", right: 445)], y: 138, page: 2),
            LineSketch.line([("合计", 55), amount("100.00", right: 295), amount("20.00", right: 445)], y: 168, page: 2),
        ])
        if ruled { page.rules = rules(xs: [50, 150, 300, 450], ys: [100, 130, 160, 190]) }
        return page
    }

    /// r04–r06 p.19: the table of headers only on p.18 took p.19's title line as a row of its own;
    /// when the next table starts, what it took on that page is the next table's title.
    func testATableOfHeadersOnlyDoesNotKeepTheNextTablesTitle() throws {
        for ruled in [false, true] {
            let scan = TableFinder().scan([headerOnlyPage(), titledPage(ruled: ruled)])
            XCTAssertEqual(scan.tables.count, 1, "ruled: \(ruled)")
            XCTAssertEqual(scan.tables.first?.title, "基本支出经济分类表", "ruled: \(ruled)\n\(scan.dump)")
            XCTAssertFalse(scan.bodyLines.contains { $0.text == "基本支出经济分类表" }, "ruled: \(ruled)")
        }
    }

    /// r08 p.7: the heading of the document part (…2024年度部门决算表, in a larger size) stands
    /// right above the first table's title; it is not part of the title.
    func testAHeadingInAnotherSizeAboveTheTitleIsNotPartOfIt() throws {
        var page = titledPage(ruled: false)
        page.lines.insert(LineSketch.line([("某某局2024年度部门决算表", 120)], y: 10, page: 2, size: 20), at: 0)
        let scan = TableFinder().scan([page])
        XCTAssertEqual(scan.tables.first?.title, "基本支出经济分类表", scan.dump)
        // A title wrapped over two lines of one size keeps both.
        var wrapped = titledPage(ruled: false)
        wrapped.lines.insert(LineSketch.line([("2024年度某某局", 170)], y: 20, page: 2, size: 16), at: 0)
        XCTAssertEqual(TableFinder().scan([wrapped]).tables.first?.title, "2024年度某某局基本支出经济分类表")
    }

    /// r08 p.17: under a title above the frame, a row spanning the ruled grid over the header is
    /// the header's top level (财政拨款“三公”经费 over 合计 | 公务接待费), not the title.
    func testARowSpanningTheGridUnderATitleIsAHeaderLevel() throws {
        let xs: [Double] = [50, 150, 300, 450]
        var drawn = rules(xs: xs, ys: [100, 130, 160, 190]).filter { $0.axis == .horizontal }
        drawn.append(Rule(axis: .vertical, position: 50, start: 100, end: 190, thickness: 0.5))
        drawn.append(Rule(axis: .vertical, position: 450, start: 100, end: 190, thickness: 0.5))
        for x in [150.0, 300] { drawn.append(Rule(axis: .vertical, position: x, start: 130, end: 190, thickness: 0.5)) }
        var page = LineSketch.page(1, [
            LineSketch.line([("财政拨款“三公”经费支出决算表", 120)], y: 60, size: 16),
            LineSketch.line([("单位：万元", 400)], y: 88),
            LineSketch.line([("财政拨款“三公”经费", 190)], y: 108),
            LineSketch.line([("合计", 88), ("因公出国(境)费", 170), ("公务接待费", 345)], y: 138),
            LineSketch.line([amount("2.85", right: 145), amount("0.00", right: 295), amount("2.85", right: 445)], y: 168),
        ])
        page.rules = drawn
        let table = try XCTUnwrap(TableFinder().scan([page]).tables.first)
        XCTAssertEqual(table.title, "财政拨款“三公”经费支出决算表")
        XCTAssertEqual(table.unit, "万元")
        XCTAssertEqual(table.columns.map(\.name), ["合计", "因公出国(境)费", "公务接待费"])
        XCTAssertEqual(Set(table.columns.map(\.parent)), ["财政拨款“三公”经费"])
        // Without a title above the frame, the spanning row is the title, as before.
        page.lines.removeFirst(2)
        XCTAssertEqual(TableFinder().scan([page]).tables.first?.title, "财政拨款“三公”经费")
    }
}
