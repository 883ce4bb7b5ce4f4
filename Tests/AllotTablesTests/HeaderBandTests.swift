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

    /// Seed 41 #028: 本年决算 (no vocabulary word) centred over 合计 | 基本支出 | 项目支出, 项目 on the
    /// line under it over the name column. 本年决算 heads amount columns only: a header level, not
    /// the table's title. Printed again on the next page with the title, the header continues the
    /// table.
    private func wordlessLevelPage(_ number: Int, rows: [(String, [String])], top: Double = 87.26) -> PageLayout {
        var lines = [
            LineSketch.line([("2024年一般公共预算民生支出安排表", 176)], y: 38.5, page: number, size: 15),
            LineSketch.line([("单位：元", 411.64)], y: 66.09, page: number, size: size),
            LineSketch.line([("本年决算", 324.64)], y: top, page: number, size: size),
            LineSketch.line([("项目", 183.64)], y: top + 9, page: number, size: size),
            LineSketch.line([("合计", 263.64), ("基本支出", 324.64), ("项目支出", 394.64)], y: top + 18, page: number, size: size),
        ]
        for (offset, row) in rows.enumerated() {
            let rights = [303.64, 373.64, 443.64]
            let cells = [(row.0, 151.64)] + zip(row.1, rights).map { text, right in
                (text, right - Double(text.count) * size / 2)
            }
            lines.append(LineSketch.line(cells, y: top + 35 + 18 * Double(offset), page: number, size: size))
        }
        return LineSketch.page(number, lines)
    }

    func testAWordlessLevelOverAmountColumnsIsAHeaderLevelNotTheTitle() throws {
        let first = wordlessLevelPage(1, rows: [("基本工资", ["1,276,127", "1,276,127", "0"]),
                                               ("办公费", ["2,267,012", "793,685", "1,473,327"])])
        let second = wordlessLevelPage(2, rows: [("其他商品和服务支出", ["150,475", "150,475", "0"]),
                                                ("合计", ["3,693,614", "2,220,287", "1,473,327"])])
        let scan = TableFinder().scan([first, second])
        XCTAssertEqual(scan.tables.count, 1, scan.dump)
        let table = try XCTUnwrap(scan.tables.first, scan.dump)
        XCTAssertEqual(table.title, "2024年一般公共预算民生支出安排表", scan.dump)
        XCTAssertEqual(table.columns.map(\.pathText), ["项目", "本年决算 › 合计", "本年决算 › 基本支出", "本年决算 › 项目支出"],
                       scan.dump)
        XCTAssertEqual(table.rows.map { $0.cells[0] }, ["基本工资", "办公费", "其他商品和服务支出", "合计"], scan.dump)
    }

    /// The same table printing its total first (Fixtures/property3 #012): at the top of page 2 the
    /// header is printed again line for line, the word-less level with it; it is dropped as a
    /// repeat, and the table goes on without a gap.
    func testAHeaderWithAWordlessLevelPrintedAgainContinuesATableWithItsTotalFirst() throws {
        let first = wordlessLevelPage(1, rows: [("合计", ["3,693,614", "2,220,287", "1,473,327"]),
                                               ("基本工资", ["1,276,127", "1,276,127", "0"])])
        let second = wordlessLevelPage(2, rows: [("办公费", ["2,267,012", "793,685", "1,473,327"]),
                                                ("其他商品和服务支出", ["150,475", "150,475", "0"])])
        let scan = TableFinder().scan([first, second])
        XCTAssertEqual(scan.tables.count, 1, scan.dump)
        let table = try XCTUnwrap(scan.tables.first, scan.dump)
        XCTAssertEqual(table.rows.map { $0.cells[0] }, ["合计", "基本工资", "办公费", "其他商品和服务支出"], scan.dump)
        XCTAssertEqual(table.gaps, [], scan.dump)
        XCTAssertEqual(scan.dropped.filter { $0.reason == .repeatedHeader }.map(\.line.text), ["本年决算", "项目", "合计 基本支出 项目支出"],
                       scan.dump)
    }

    /// A line in words outside the vocabulary centred over the whole table (the name column too)
    /// is no header level: it stays above the header, as the title.
    func testAWordlessLineOverTheNameColumnStaysOutOfTheHeader() throws {
        let page = LineSketch.page(1, [
            LineSketch.line([("某县二〇二四年民生保障情况一览", 223)], y: 87.26, size: size),
            LineSketch.line([("项目", 151.64), ("合计", 263.64), ("基本支出", 324.64), ("项目支出", 394.64)],
                            y: 105.26, size: size),
            LineSketch.line([("基本工资", 151.64), ("1,276,127", 263.14), ("1,276,127", 333.14), ("0", 439.14)],
                            y: 122.24, size: size),
            LineSketch.line([("办公费", 151.64), ("2,267,012", 263.14), ("793,685", 342.14), ("1,473,327", 403.14)],
                            y: 140.24, size: size),
        ])
        let scan = TableFinder().scan([page])
        let table = try XCTUnwrap(scan.tables.first, scan.dump)
        XCTAssertEqual(table.title, "某县二〇二四年民生保障情况一览", scan.dump)
        XCTAssertEqual(table.columns.map(\.pathText), ["项目", "合计", "基本支出", "项目支出"], scan.dump)
    }

    /// Seed 42 #021: a table that printed its total first runs to the foot of page 1; page 2 opens
    /// the next table: its title, unit line, 项目 alone over the code and name columns, then the
    /// header. The open table took 项目 (and the title) as lines after its last row; given back
    /// when the header closes it, 项目 is the new header's top level, and the title is the title.
    func testAHeaderLevelTakenByATableThatPrintedItsTotalFirstIsGivenBackToTheHeader() throws {
        let first = LineSketch.page(1, [
            LineSketch.line([("2023年度基本支出决算表", 160)], y: 38.5, size: 15),
            LineSketch.line([("单位：元", 430)], y: 70, size: size),
            LineSketch.line([("科目名称", 217.64), ("本年预算数", 421.14)], y: 105.26, size: size),
            LineSketch.line([("合计", 217.64), ("3000", 461.64)], y: 122.24, size: size),
            LineSketch.line([("工资福利支出", 217.64), ("2000", 461.64)], y: 140.24, size: size),
            LineSketch.line([("商品和服务支出", 217.64), ("1000", 461.64)], y: 158.24, size: size),
        ])
        let second = LineSketch.page(2, [
            LineSketch.line([("2023年度一般公共预算财政拨款支出决算表", 153.61)], y: 38.52, page: 2, size: 15),
            LineSketch.line([("编制部门：某市某区某局", 111.64), ("单位：元", 447.64)], y: 66.09, page: 2, size: size),
            LineSketch.line([("项目", 248.64)], y: 87.26, page: 2, size: size),
            LineSketch.line([("功能分类科目编码", 126.64), ("本年预算数", 421.14)], y: 105.26, page: 2, size: size),
            LineSketch.line([("功能分类科目名称", 272.64)], y: 114.26, page: 2, size: size),
            LineSketch.line([("类", 124.14), ("款", 158.14), ("项", 192.14)], y: 123.26, page: 2, size: size),
            LineSketch.line([("201", 121.89), ("一般公共服务支出", 217.64), ("14512102", 443.64)], y: 140.24, page: 2, size: size),
            LineSketch.line([("201", 121.89), ("01", 158.14), ("人大事务", 217.64), ("5097932", 448.14)], y: 158.24, page: 2,
                            size: size),
            LineSketch.line([("201", 121.89), ("01", 158.14), ("01", 192.14), ("行政运行", 217.64), ("5097932", 448.14)],
                            y: 176.24, page: 2, size: size),
        ])
        let scan = TableFinder().scan([first, second])
        XCTAssertEqual(scan.tables.count, 2, scan.dump)
        let table = try XCTUnwrap(scan.tables.last, scan.dump)
        XCTAssertEqual(table.title, "2023年度一般公共预算财政拨款支出决算表", scan.dump)
        XCTAssertEqual(table.columns.first?.pathText, "项目 › 功能分类科目编码 › 类", scan.dump)
        XCTAssertEqual(scan.tables.first?.rows.map { $0.cells[0] }, ["合计", "工资福利支出", "商品和服务支出"], scan.dump)
    }
}
