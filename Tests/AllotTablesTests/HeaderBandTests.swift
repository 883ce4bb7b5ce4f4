@testable import AllotTables
import AllotLayout
import AllotModel
import XCTest

/// Header lines that hold one cell each (a code column's heading wrapped in its narrow cell, the
/// name column's heading centred in the band beside it) belong to the header band when they stand
/// above the first line with amounts, carry no amount and head columns the rows below fill.
final class HeaderBandTests: XCTestCase {
    private let size = 9.0

    /// Seed 42 #052 of make_property3_fixtures, table 2: 项目 over the code and name columns, the
    /// code column's heading 支出功能分类科目编码 wrapped in its cell (支出功能分类 / 科目编码), the
    /// name column's 科目名称 centred between those two lines, 金额 spanning the header's height.
    private func wrappedCodeHeadingPage() -> PageLayout {
        LineSketch.page(1, [
            LineSketch.line([("2023年部门政府性基金预算支出预算表", 168)], y: 38.5, size: 15),
            LineSketch.line([("编制部门：某市某区某局", 146.64), ("单位：万元", 403.64)], y: 66.09, size: size),
            LineSketch.line([("项目", 243.64)], y: 87.26, size: size),
            LineSketch.line([("支出功能分类", 150.64), ("金额", 394.64)], y: 96.26, size: size),
            LineSketch.line([("科目名称", 265.64)], y: 105.26, size: size),
            LineSketch.line([("科目编码", 159.64)], y: 110.76, size: size),
            LineSketch.line([("合计", 212.64), ("21,597.91", 404.14)], y: 122.24, size: size),
            LineSketch.line([("208", 150.64), ("社会保障和就业支出", 212.64), ("10,383.30", 404.14)], y: 140.24, size: size),
            LineSketch.line([("20805", 150.64), ("行政事业单位养老支出", 221.64), ("9,931.60", 408.64)], y: 158.24, size: size),
            LineSketch.line([("2080501", 150.64), ("行政单位离退休", 230.64), ("652.12", 417.64)], y: 194.24, size: size),
            LineSketch.line([("2080502", 150.64), ("事业单位离退休", 230.64), ("9,279.48", 408.64)], y: 212.24, size: size),
            LineSketch.line([("212", 150.64), ("城乡社区支出", 212.64), ("11,214.61", 404.14)], y: 230.24, size: size),
        ])
    }

    func testAWrappedCodeHeadingAndACentredNameHeadingAreHeaderLines() throws {
        let scan = TableFinder().scan([wrappedCodeHeadingPage()])
        let table = try XCTUnwrap(scan.tables.first, scan.dump)
        XCTAssertEqual(table.columns.map(\.role), [ColumnRole.code, .label, .amount], scan.dump)
        XCTAssertEqual(table.rows.first?.cells, ["", "合计", "21,597.91"], scan.dump)
        XCTAssertEqual(table.rows.count, 6, scan.dump)
    }

    /// Seed 42 #196: 项目 and 基本支出 on one line, 合计 and 项目支出 (each two rows high) on the
    /// line under it touching it, 人员经费 | 公用经费 | 小计 under 基本支出. 合计 leads its line like
    /// a total row would, so the line is no header by shape; it touches the band and holds header
    /// words only: the header's, and the rows fill six columns.
    func testAHeaderLineLedByATotalWordInTheBandIsTheHeaders() throws {
        let page = LineSketch.page(1, [
            LineSketch.line([("2024年政府性基金预算项目支出预算表", 168)], y: 38.5, size: 15),
            LineSketch.line([("单位：元", 471.64)], y: 82.09, size: size),
            LineSketch.line([("项目", 113.64), ("基本支出", 314.64)], y: 121.26, size: size),
            LineSketch.line([("合计", 183.64), ("项目支出", 454.64)], y: 130.26, size: size),
            LineSketch.line([("人员经费", 244.64), ("公用经费", 314.64), ("小计", 393.64)], y: 139.26, size: size),
            LineSketch.line([("总计", 91.64), ("8031807", 192.14), ("3156728", 262.14), ("1455065", 332.14),
                             ("4611793", 402.14), ("3420014", 472.14)], y: 156.24, size: size),
            LineSketch.line([("维修（护）费", 91.64), ("416385", 196.64), ("216520", 266.64), ("199865", 336.64),
                             ("416385", 406.64)], y: 174.24, size: size),
            LineSketch.line([("退休费", 91.64), ("911169", 196.64), ("792717", 266.64), ("118452", 336.64),
                             ("911169", 406.64)], y: 192.24, size: size),
            LineSketch.line([("公务接待费", 91.64), ("1259372", 192.14), ("335753", 266.64), ("111918", 336.64),
                             ("447671", 406.64), ("811701", 476.64)], y: 210.24, size: size),
        ])
        let scan = TableFinder().scan([page])
        let table = try XCTUnwrap(scan.tables.first, scan.dump)
        XCTAssertEqual(table.columns.map(\.name), ["项目", "合计", "人员经费", "公用经费", "小计", "项目支出"], scan.dump)
        XCTAssertEqual(table.rows.map { $0.cells[0] }, ["总计", "维修（护）费", "退休费", "公务接待费"], scan.dump)
        XCTAssertEqual(table.rows.last?.cells, ["公务接待费", "1259372", "335753", "111918", "447671", "811701"], scan.dump)
    }
}
