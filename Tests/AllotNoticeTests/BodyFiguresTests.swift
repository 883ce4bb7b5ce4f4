import AllotModel
@testable import AllotNotice
import XCTest

/// The amounts and percentages of a body text, with the words that say what each one is.
final class BodyFiguresTests: XCTestCase {
    private func figures(_ texts: [String]) -> [StatedFigure] {
        var sheet = LineSheet()
        for text in texts { sheet.add(text) }
        return BodyFigures.read(sheet.lines)
    }

    /// Amounts split from their unit by a line break, grouping commas, 万元 and %, each with its lead.
    func testAmountsUnitsAndLeads() {
        let found = figures(["一、收入支出决算总体情况说明", "本年支出合计 9759.38 万元，其中：基本支出 5,377.64",
                             "万元，占 55.10%；项目支出 4381.74 万元。"])
        XCTAssertEqual(found.map(\.text), ["9759.38", "5,377.64", "55.10", "4381.74"])
        XCTAssertEqual(found.map(\.unit), ["万元", "万元", "%", "万元"])
        XCTAssertEqual(found.map(\.value), [Decimal(string: "9759.38"), Decimal(string: "5377.64"),
                                            Decimal(string: "55.10"), Decimal(string: "4381.74")])
        XCTAssertEqual(found.map(\.lead), ["本年支出合计", "，其中：基本支出", "，占", "；项目支出"])
        XCTAssertEqual(found.map(\.decimals), [2, 2, 2, 2])
        XCTAssertEqual(Set(found.map(\.section)), ["一、收入支出决算总体情况说明"])
        XCTAssertEqual(found.first?.sentence, "本年支出合计9759.38万元，其中：基本支出5,377.64万元，占55.10%；项目支出4381.74万元。")
    }

    /// Years and counts are no amounts; a numbered item keeps its heading for the sentences after it.
    func testNumberedItemsAndNumbersWithoutUnits() {
        let found = figures(["12、住房保障支出（221类）住房改革支出（02款）住房公积金（01项）208.8万元。主要用于：",
                             "住房公积金。2025年当年预算执行数为198.34万元，2026年预算安排201.50万元，比2025年",
                             "预算执行数增加5.27%。", "13、购房补贴（03项）243.36万元。"])
        XCTAssertEqual(found.map(\.text), ["208.8", "198.34", "201.50", "5.27", "243.36"])
        XCTAssertEqual(found.map(\.itemNumber), [0, 0, 0, 0, 1])
        XCTAssertTrue(found[2].item.hasPrefix("12、住房保障支出"))
        XCTAssertEqual(found[2].lead, "，2026年预算安排")
        XCTAssertEqual(found[1].sentenceNumber, found[2].sentenceNumber)
    }

    /// Page numbers between pages are not read as amounts of the sentence around them.
    func testPageNumbersAreSkipped() {
        let found = figures(["支出预算3,121.42", "- 7 -", "万元。"])
        XCTAssertEqual(found.map(\.text), ["3,121.42"])
        XCTAssertEqual(found.first?.unit, "万元")
    }

    /// The hand-written White_Space test is Unicode's property for every scalar, and text without
    /// whitespace characters is what the Character filter gives, combining marks after a space included.
    func testWhitespaceIsRemovedAsTheCharacterFilterRemovesIt() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if BodyFigures.isWhiteSpace(scalar) != scalar.properties.isWhitespace {
                XCTFail(String(value, radix: 16))
            }
        }
        let texts = ["一、资金1,234万元。", "分配 1234 万元", "a\u{3000}b", " \u{301}x", "\r\n行", "\u{A0}\u{85}",
                     "", "全角　空格", "e\u{301} f", "\u{200B}零宽"]
        for text in texts {
            XCTAssertEqual(BodyFigures.withoutWhitespace(text), String(text.filter { !$0.isWhitespace }), text)
        }
    }

    /// Lines read by scalars give the figures the character-by-character reading gives, lines whose
    /// scalars do not all stand alone (a combining mark, CR LF, a compatibility ideograph) mixed in,
    /// sentences running over both kinds of line.
    func testScalarReadingEqualsCharacterReading() {
        let texts = ["一、收入支出决算总体情况说明", "本年支出合计 9,759.38 万元，其中：基本支出 5,377.64",
                     "万元，占 55.10%；项目支出 4381.74 万元。", "- 7 -", "二、支出e\u{301}明细 12.5万元",
                     "共计 1,234亿元！其中\r\n 3.5％", "（一）分配 \u{F9D1}百 600 元。", "1、资金 70万元？剩余",
                     "。\u{301}后续 8 元。", "第 3 页", "　全角　空格 99.9 万元。", "1,23 元，1,234,567.891 元。"]
        var sheet = LineSheet()
        for text in texts { sheet.add(text) }
        let byScalars = BodyFigures.read(sheet.lines, scalarsWhereTheyStandAlone: true)
        let byCharacters = BodyFigures.read(sheet.lines, scalarsWhereTheyStandAlone: false)
        XCTAssertEqual(byScalars, byCharacters)
        XCTAssertGreaterThan(byScalars.count, 8)
        // Each line alone and in every rotation of the order.
        for start in texts.indices {
            var rotated = LineSheet()
            for text in texts[start...] + texts[..<start] { rotated.add(text) }
            XCTAssertEqual(BodyFigures.read(rotated.lines, scalarsWhereTheyStandAlone: true),
                           BodyFigures.read(rotated.lines, scalarsWhereTheyStandAlone: false), "\(start)")
        }
    }
}
