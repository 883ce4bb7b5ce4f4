@testable import AllotTables
import AllotModel
import XCTest

/// Header lines: what starts a header, one- and two-level headers, letter-spaced words, units.
final class HeaderParserTests: XCTestCase {
    private let parser = HeaderParser(settings: TableSettings())

    func testHeaderLinesAreShortLabelsWithHeaderWords() {
        XCTAssertTrue(parser.isHeaderLine(LineSketch.header(y: 100)))
        XCTAssertFalse(parser.isHeaderLine(LineSketch.row("太原市小计", "10654", y: 100)), "a data row")
        XCTAssertFalse(parser.isHeaderLine(LineSketch.line([("市县名", 100), ("1234", 250)], y: 100)), "an amount")
        XCTAssertFalse(parser.isHeaderLine(LineSketch.line([("根据资金管理办法，", 100), ("现下达资金", 250)], y: 100)),
                       "prose")
        XCTAssertFalse(parser.isHeaderLine(LineSketch.line([("市县名中央资金备注", 100)], y: 100)), "one cell")
    }

    func testOneLevelHeaderGivesRolesAndExtents() {
        let columns = parser.columns(of: [LineSketch.header(y: 100)])
        XCTAssertEqual(columns.map(\.name), ["市县名", "中央资金", "备注"])
        XCTAssertEqual(columns.map(\.role), [.label, .amount, .remark])
        XCTAssertEqual(columns.map(\.x0), [100, 250, 400])
        XCTAssertEqual(columns.map(\.x1), [136, 298, 424])
    }

    func testTwoLevelHeaderHangsLeavesUnderTheirSpanningParent() {
        let top = LineSketch.line([("市县名", 100), ("资金合计", 200), ("其中", 320)], y: 100)
        let bottom = LineSketch.line([("中央资金", 280), ("省级资金", 340)], y: 118)
        XCTAssertTrue(parser.isHeaderContinuation(bottom))
        let columns = parser.columns(of: [top, bottom])
        XCTAssertEqual(columns.map(\.name), ["市县名", "资金合计", "中央资金", "省级资金"])
        XCTAssertEqual(columns.map(\.parent), [nil, nil, "其中", "其中"])
        XCTAssertEqual(columns.map(\.role), [.label, .amount, .amount, .amount])
    }

    func testGroupHeadingUnderTheHeaderIsNotAContinuation() {
        XCTAssertFalse(parser.isHeaderContinuation(LineSketch.line([("临夏回族自治州", 100)], y: 118)))
    }

    func testLetterSpacedWordsAreMergedAndUnitsStripped() {
        let line = LineSketch.line([("市", 100), ("县", 130), ("名", 160), ("中央资金（万元）", 250), ("备", 420), ("注", 450)],
                                   y: 100)
        XCTAssertEqual(parser.mergedCells(line).map(\.text), ["市县名", "中央资金（万元）", "备注"])
        let columns = parser.columns(of: [line])
        XCTAssertEqual(columns.map(\.name), ["市县名", "中央资金", "备注"])
    }

    func testTwoColumnNamesCloseTogetherAreSplitAtTheGap() {
        // "序号 地区" printed with a narrow gap (0.5 em), closer than a cell gap: one cell from layout.
        let glyphs = LineSketch.glyphs("序号", x: 100, y: 100) + LineSketch.glyphs("地区", x: 130, y: 100)
        let cell = TextCell(text: "序号地区", box: Box(x0: 100, y0: 100, x1: 154, y1: 112))
        let line = TextLine(page: 1, box: cell.box, fontSize: 12, cells: [cell], glyphs: glyphs)
        XCTAssertEqual(parser.splitAtHeaderWords(cell, line: line).map(\.text), ["序号", "地区"])
        let joined = LineSketch.line([("资金合计", 100)], y: 100)
        XCTAssertEqual(parser.splitAtHeaderWords(joined.cells[0], line: joined).map(\.text), ["资金合计"])
    }

    /// The line-wide header tests' fast paths answer as the Character-wise tests they stand for:
    /// punctuation found by its scalar only where it is a character of its own, lengths counted
    /// only up to the limit.
    func testLineWideTestsAnswerAsCharacterTests() {
        let texts = ["市县名中央资金备注", "根据资金管理办法,现下达资金", "a,\u{301}b", "合计:", "“引号”", "e\u{301}e\u{301}",
                     "", "1234", String(repeating: "县", count: 60), String(repeating: "县", count: 61),
                     String(repeating: "e\u{301}", count: 60), String(repeating: "a", count: 61), "!", "?\u{20DD}",
                     "根据资金管理办法。现下达", "单位:万元", "（合计）", "ＡＢ,", "“合计”\u{301}", "县\r\n,",
                     String(repeating: "—", count: 61), String(repeating: "县", count: 59) + "。"]
        for text in texts {
            XCTAssertEqual(HeaderParser.hasSentencePunctuation(text),
                           text.contains(where: { HeaderParser.sentencePunctuation.contains($0) }), text)
            for limit in [0, 1, 2, 59, 60, 61, 200] {
                XCTAssertEqual(HeaderParser.hasAtMost(limit, characters: text), text.count <= limit, "\(text) \(limit)")
            }
        }
        XCTAssertFalse(HeaderParser.hasSentencePunctuation("a,\u{301}b"), "a comma carrying a mark is another character")
        for text in texts + ["a", "县", "e\u{301}", "\r\n"] {
            XCTAssertEqual(HeaderParser.isOneCharacter(text), text.count == 1, text)
        }
    }
}
