@testable import AllotHTML
@testable import AllotXML
import AllotTables
import AllotModel
import Foundation
import XCTest

final class HTMLExtractorTests: XCTestCase {
    private static let fixtures = [
        "jxzf-2022-125", "jxzf-2022-125-gbk", "jxzf-2022-125-typo", "rowspan-colspan", "malformed", "no-table",
    ]

    func testGoldenDumps() throws {
        for name in Self.fixtures {
            let notice = try extractFixture("\(name).html")
            try assertGolden(notice.dump, "Fixtures/html/golden/\(name).txt")
        }
    }

    // MARK: 晋乡振发〔2022〕125号 as its portal publishes it

    func testPortalPageYieldsThe74RowsOfTheExpectedTable() throws {
        let notice = try extractFixture("jxzf-2022-125.html")
        XCTAssertEqual(notice.encoding, "UTF-8")
        XCTAssertEqual(notice.tables.count, 1)
        let table = try XCTUnwrap(notice.tables.first)
        XCTAssertEqual(table.index, 1)
        XCTAssertEqual(table.title, "提前下达2023年中央财政衔接推进乡村振兴补助资金计划表")
        XCTAssertEqual(table.unit, "万元")
        XCTAssertEqual(table.attachment, "附件")
        XCTAssertEqual(table.columns.map(\.name), ["市县名", "中央资金", "备注"])
        XCTAssertEqual(table.columns.map(\.role), [.label, .amount, .remark])
        try assertMatchesExpectedCSV(table)
        // Padding is kept raw for the normalizer downstream.
        XCTAssertTrue(table.rows.contains { $0.cells[0] == "盂\u{A0}\u{A0}县" })
        XCTAssertTrue(zip(table.rows, table.rows.dropFirst()).allSatisfy { $0.box.y0 < $1.box.y0 })
    }

    func testPortalPageBodyIsTheNoticeWithoutChrome() throws {
        let notice = try extractFixture("jxzf-2022-125.html")
        let texts = notice.bodyLines.map { squeezed($0.text) }
        for expected in ["山西省乡村振兴局文件", "晋乡振发〔2022〕125号", "山西省乡村振兴局关于提前下达2023年中央财政",
                         "衔接推进乡村振兴补助资金计划的通知", "2022年12月6日", "（此件公开发布）", "附件", "单位：万元"] {
            XCTAssertTrue(texts.contains(expected), expected)
        }
        XCTAssertEqual(texts.firstIndex(of: "晋乡振发〔2022〕125号").map { texts[$0 + 1] },
                       "山西省乡村振兴局关于提前下达2023年中央财政")
        for chrome in ["首页", "登录", "分享到", "打印本页", "版权所有", "通知公告", "document.write", "规划计划", "无障碍"] {
            XCTAssertFalse(texts.contains { $0.contains(chrome) }, chrome)
        }
        // The table's title left the body, as in the PDF path; no table row is a body line.
        XCTAssertFalse(texts.contains("提前下达2023年中央财政衔接推进乡村振兴补助资金计划表"))
        XCTAssertFalse(texts.contains { $0.hasPrefix("全省合计") })
        XCTAssertTrue(zip(notice.bodyLines, notice.bodyLines.dropFirst()).allSatisfy { $0.box.y0 < $1.box.y0 })
        XCTAssertTrue(notice.bodyLines.allSatisfy { $0.page == 1 && $0.fontSize > 0 })
    }

    func testDeclaredAlignmentPlacesLinesInTheTextColumn() throws {
        let notice = try extractFixture("jxzf-2022-125.html")
        let column = GridSettings().textColumnWidth * GridSettings().fontSize
        func line(_ text: String) throws -> TextLine {
            try XCTUnwrap(notice.bodyLines.first { squeezed($0.text) == text }, text)
        }
        XCTAssertEqual(try line("2022年12月6日").box.x1, column, accuracy: 0.001)        // right
        XCTAssertEqual(try line("山西省乡村振兴局").box.x1, column, accuracy: 0.001)      // signature, right
        XCTAssertEqual(try line("晋乡振发〔2022〕125号").box.midX, column / 2, accuracy: 0.001)  // centred
        XCTAssertEqual(try line("各市、有关县乡村振兴局：").box.x0, 0)                     // left
        XCTAssertTrue(notice.bodyLines.allSatisfy { $0.box.x0 >= 0 && $0.box.x1 <= column + 0.001 })
    }

    func testGBKPageReadsLikeTheUTF8Page() throws {
        let utf8 = try extractFixture("jxzf-2022-125.html")
        let gbk = try extractFixture("jxzf-2022-125-gbk.html")
        XCTAssertEqual(gbk.encoding, "GB18030")
        XCTAssertNotEqual(gbk.sha256, utf8.sha256)
        XCTAssertEqual(gbk.bodyLines.map { squeezed($0.text) }, utf8.bodyLines.map { squeezed($0.text) })
        let table = try XCTUnwrap(gbk.tables.first)
        try assertMatchesExpectedCSV(table)
        XCTAssertTrue(table.rows.contains { $0.cells[0] == "盂\u{3000}\u{3000}县" })
    }

    func testTypoPageDiffersInExactlyOneCell() throws {
        let faithful = try XCTUnwrap(extractFixture("jxzf-2022-125.html").tables.first)
        let typo = try XCTUnwrap(extractFixture("jxzf-2022-125-typo.html").tables.first)
        XCTAssertEqual(typo.rows.count, faithful.rows.count)
        var differences: [(String, String, String)] = []
        for (left, right) in zip(faithful.rows, typo.rows) {
            for (column, (a, b)) in zip(left.cells, right.cells).enumerated() where a != b {
                differences.append((squeezed(left.cells[0]), typo.columns[column].name, "\(a)→\(b)"))
            }
        }
        XCTAssertEqual(differences.map { "\($0.0) \($0.1) \($0.2)" }, ["沁水县 中央资金 2095→2059"])
    }

    private func assertMatchesExpectedCSV(_ table: RawTable, file: StaticString = #filePath, line: UInt = #line) throws {
        let expected = try readSimpleCSV("Fixtures/expected/jxzf-2022-125.csv")
        XCTAssertEqual(table.rows.count, 74, file: file, line: line)
        XCTAssertEqual(table.rows.map { $0.cells.map(squeezed) },
                       expected.map { [$0["name"] ?? "", $0["amount"] ?? "", $0["remark"] ?? ""] },
                       file: file, line: line)
    }

    // MARK: spans, broken markup, no table

    func testRowspanColspanTable() throws {
        let notice = try extractFixture("rowspan-colspan.html")
        let table = try XCTUnwrap(notice.tables.first)
        XCTAssertEqual(table.title, "2023年中央和省级财政衔接推进乡村振兴补助资金分配表")
        XCTAssertEqual([table.unit, table.attachment], ["万元", "附件"])
        XCTAssertEqual(table.columns.map(\.name), ["地市", "县(市、区)", "合计", "中央资金", "省级资金", "备注"])
        XCTAssertEqual(table.columns.map(\.parent), [nil, nil, nil, "其中", "其中", nil])
        XCTAssertEqual(table.columns.map(\.role), [.other, .label, .amount, .amount, .amount, .remark])
        XCTAssertEqual(table.rows.map { squeezed($0.cells[1]) }, [
            "全省合计", "太原市小计", "娄烦县", "阳曲县", "阳泉市小计", "盂县", "晋城市小计", "陵川县", "沁水县",
        ])
        XCTAssertEqual(table.rows.map { $0.cells[0] }, [
            "全省合计", "太原市", "太原市", "太原市", "阳泉市", "阳泉市", "晋城市", "晋城市", "晋城市",
        ])
        XCTAssertEqual(table.rows.suffix(2).map { $0.cells[5] }, ["统筹整合试点县", "统筹整合试点县"])
        // Domain facts: 合计 = 中央 + 省级 in every row; each subtotal sums its counties; the total its subtotals.
        let amounts = table.rows.map { row in (2...4).map { Int(row.cells[$0]) ?? -1 } }
        for row in amounts { XCTAssertEqual(row[0], row[1] + row[2]) }
        for column in 0..<3 {
            XCTAssertEqual(amounts[1][column], amounts[2][column] + amounts[3][column])
            XCTAssertEqual(amounts[4][column], amounts[5][column])
            XCTAssertEqual(amounts[6][column], amounts[7][column] + amounts[8][column])
            XCTAssertEqual(amounts[0][column], amounts[1][column] + amounts[4][column] + amounts[6][column])
        }
    }

    func testMalformedPageStillYieldsItsTable() throws {
        let notice = try extractFixture("malformed.html")
        let table = try XCTUnwrap(notice.tables.first)
        XCTAssertEqual(notice.tables.count, 1)
        XCTAssertEqual([table.title, table.unit, table.attachment], ["2023年以工代赈中央预算内投资计划表", "万元", "附件1"])
        XCTAssertEqual(table.columns.map(\.role), [.code, .label, .amount, .remark])
        XCTAssertEqual(table.rows.map { $0.cells.map(squeezed) }, [
            ["1", "合计", "1,000", ""], ["2", "大宁县", "300", ""], ["3", "永和县", "450", "新增"],
            ["4", "石楼县", "250", ""],
        ])
        let texts = notice.bodyLines.map { squeezed($0.text) }
        XCTAssertTrue(texts.contains("晋发改振兴发〔2023〕88号"))
        XCTAssertTrue(texts.contains { $0.contains("下达给你们&请抓紧组织实施") })
        XCTAssertTrue(texts.contains("2023年5月10日"))
    }

    func testPageWithoutTableGivesMetadataLinesOnly() throws {
        let notice = try extractFixture("no-table.html")
        XCTAssertTrue(notice.tables.isEmpty)
        let texts = notice.bodyLines.map { squeezed($0.text) }
        XCTAssertTrue(texts.contains("晋乡振函〔2023〕12号"))
        XCTAssertTrue(texts.contains("发文字号晋乡振函〔2023〕12号"))  // the information table, one line per row
        XCTAssertTrue(texts.contains("2023年2月20日"))
        XCTAssertFalse(texts.contains { $0.contains("首页") || $0.contains("版权所有") })
    }

    // MARK: errors

    func testMissingFileIsUnreadable() {
        XCTAssertThrowsError(try HTMLExtractor().extract(path: "/nonexistent/notice.html")) { error in
            guard case let .unreadable(path, reason) = error as? HTMLError else { return XCTFail("unexpected \(error)") }
            XCTAssertEqual(path, "/nonexistent/notice.html")
            XCTAssertFalse(reason.isEmpty)
        }
    }

    func testEmptyFile() {
        XCTAssertThrowsError(try HTMLExtractor().extract(bytes: [], path: "empty.html")) { error in
            XCTAssertEqual(error as? HTMLError, .empty(path: "empty.html"))
            XCTAssertEqual((error as? HTMLError)?.description, "empty.html: empty file")
        }
    }

    func testBinaryGarbageIsRejectedWithoutCrashing() {
        var state: UInt32 = 12345
        let garbage = (0..<4096).map { _ -> UInt8 in
            state = state &* 1_103_515_245 &+ 12345
            return UInt8(truncatingIfNeeded: state >> 16)
        }
        XCTAssertThrowsError(try HTMLExtractor().extract(bytes: garbage, path: "garbage.html")) { error in
            guard case .notHTML(path: "garbage.html", _) = error as? HTMLError else { return XCTFail("unexpected \(error)") }
        }
        // Without NUL bytes the parser gets it: bytes no encoding decodes are refused, never trapped on.
        let noNUL = garbage.map { $0 | 0x80 }
        XCTAssertThrowsError(try HTMLExtractor().extract(bytes: noNUL, path: "garbage.html")) { error in
            XCTAssertEqual((error as? HTMLError)?.kind, "undecodable")
        }
        XCTAssertNoThrow(try HTMLExtractor().extract(bytes: Array("<<<>>></table><td rowspan=99999999 colspan=-3>".utf8),
                                                     path: "tags.html"))
    }

    func testTruncatedAndMutatedPagesNeverTrap() throws {
        let originals = try ["rowspan-colspan", "malformed"].map { name in
            try [UInt8](Data(contentsOf: packageRoot.appendingPathComponent("Fixtures/html/\(name).html")))
        }
        var state: UInt32 = 2022
        func next(_ bound: Int) -> Int {
            state = state &* 1_103_515_245 &+ 12345
            return Int(state >> 8) % max(bound, 1)
        }
        let markup = Array("<>/\"'=&; tdrspancol0123456789".utf8)
        for original in originals {
            for cut in stride(from: 1, to: original.count, by: 37) {
                _ = try? HTMLExtractor().extract(bytes: Array(original.prefix(cut)), path: "cut.html")
            }
            for _ in 0..<60 {
                var mutated = original
                for _ in 0..<8 { mutated[next(mutated.count)] = markup[next(markup.count)] }
                _ = try? HTMLExtractor().extract(bytes: mutated, path: "mutated.html")
            }
        }
    }

    func testDeepNestingIsRefusedNotFollowed() throws {
        let depth = 5000
        let html = String(repeating: "<div>", count: depth) + "深" + String(repeating: "</div>", count: depth)
        XCTAssertThrowsError(try extract(html)) { error in
            XCTAssertEqual(error as? HTMLError, .tooDeep(path: "memory.html", limit: LibXML2.maximumDepth))
        }
    }

    func testHugeSpansAreClamped() throws {
        let notice = try extract("""
            <table><tr><td>地区</td><td colspan=100000>资金</td></tr><tr><td rowspan=100000>甲县</td><td>1</td></tr></table>
            """)
        XCTAssertEqual(notice.tables.first?.columns.count, HTMLSettings().maximumColumns)
    }
}
