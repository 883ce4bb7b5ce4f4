@testable import AllotTables
import AllotText
import XCTest

/// A title line at the top of a continuation page is the open table's title printed again
/// (reworded) or another table's (Fixtures/joins end to end: TableJoinFixtureTests).
final class TitleAgainTests: XCTestCase {
    private let title = "2024年中央财政衔接推进乡村振兴补助资金第一批分配表"

    private func again(_ candidate: String, of title: String? = nil) -> Bool {
        TitleAgain(title: title ?? self.title, settings: TableSettings()).matches(candidate)
    }

    func testTheTitlePrintedAgainOrRewordedIsTheSameTable() {
        XCTAssertTrue(again(title))
        XCTAssertTrue(again(title + "（续）"))
        XCTAssertTrue(again(title + "(续一)"))
        XCTAssertTrue(again("续表"))
        XCTAssertTrue(again("续表" + title))
        XCTAssertTrue(again("续表2"))
        XCTAssertTrue(again(title + "续表一"))
        XCTAssertTrue(again(title + "（第2页）"))
        // Shortened: the batch or the year left out.
        XCTAssertTrue(again("2024年中央财政衔接推进乡村振兴补助资金分配表"))
        XCTAssertTrue(again("中央财政衔接推进乡村振兴补助资金第一批分配表（续）"))
        // One character misread (a scan) is no other table.
        XCTAssertTrue(again("2024年中央财政衔接推进乡村振兴补肋资金第一批分配表"))
    }

    func testAnotherBatchYearAttachmentOrFundIsAnotherTable() {
        XCTAssertFalse(again("2024年中央财政衔接推进乡村振兴补助资金第二批分配表"))
        XCTAssertFalse(again("2025年中央财政衔接推进乡村振兴补助资金第一批分配表"))
        XCTAssertFalse(again("2024年省级财政衔接推进乡村振兴补助资金第一批分配表"))
        XCTAssertFalse(again("2024年中央财政衔接推进乡村振兴补助资金第二批分配表（续）"))
        XCTAssertFalse(again("附件2：2024年少数民族发展资金分配表", of: "附件1：2024年少数民族发展资金分配表"))
        // A numeral added where the title has none: 第二批 after a table without a batch.
        XCTAssertFalse(again("2024年中央财政衔接推进乡村振兴补助资金第二批分配表",
                             of: "2024年中央财政衔接推进乡村振兴补助资金分配表"))
        // Too few of the title's characters (the share rule).
        XCTAssertFalse(again("2024年以工代赈任务资金分配表"))
    }

    /// Numbers compare by value however written: the year in Chinese numerals (〇, ○, 零 or a
    /// scan's O for zero), the batch in Arabic digits.
    func testANumberWrittenInOtherNumeralsIsTheSameTable() {
        let chinese = "二〇二四年中央财政衔接推进乡村振兴补助资金第一批分配表"
        XCTAssertTrue(again(chinese))
        XCTAssertTrue(again(chinese + "（续）"))
        XCTAssertTrue(again("二○二四年中央财政衔接推进乡村振兴补助资金第一批分配表"))
        XCTAssertTrue(again("二零二四年中央财政衔接推进乡村振兴补助资金第一批分配表"))
        XCTAssertTrue(again("二O二四年中央财政衔接推进乡村振兴补助资金第一批分配表"))
        XCTAssertTrue(again("2O24年中央财政衔接推进乡村振兴补助资金第1批分配表"))
        XCTAssertTrue(again(title, of: chinese))
        XCTAssertTrue(again("附件十二：2024年少数民族发展资金分配表", of: "附件12：2024年少数民族发展资金分配表"))
    }

    /// Two numbers that differ differ however they are written.
    func testANumberThatDiffersInChineseNumeralsIsAnotherTable() {
        let chinese = "二〇二四年中央财政衔接推进乡村振兴补助资金分配表"
        XCTAssertFalse(again("二〇二五年中央财政衔接推进乡村振兴补助资金分配表", of: chinese))
        XCTAssertFalse(again("2025年中央财政衔接推进乡村振兴补助资金分配表", of: chinese))
        XCTAssertFalse(again("二〇二五年中央财政衔接推进乡村振兴补助资金第一批分配表"))
        XCTAssertFalse(again("2024年中央财政衔接推进乡村振兴补助资金第2批分配表"))
        XCTAssertFalse(again("附件十一：2024年少数民族发展资金分配表", of: "附件十二：2024年少数民族发展资金分配表"))
    }

    /// A scan's title printed again with one numeral misread as a character that is no numeral is
    /// the same table; misread as another numeral it names another number (another table).
    func testOneNumeralMisreadAsNoNumeralIsTheSameTable() {
        XCTAssertTrue(again("二〇二囚年中央财政衔接推进乡村振兴补助资金第一批分配表"))
        XCTAssertTrue(again("20Z4年中央财政衔接推进乡村振兴补助资金第一批分配表"))
        XCTAssertTrue(again("2024年中央财政衔接推进乡村振兴补助资金第一批分配表（续）".replacingOccurrences(of: "第一批", with: "第—批")))
        XCTAssertFalse(again("2021年中央财政衔接推进乡村振兴补助资金第一批分配表"))
        // Two characters misread are more than one.
        XCTAssertFalse(again("20Z囚年中央财政衔接推进乡村振兴补助资金第一批分配表"))
    }

    /// Asked for a scan's line where the table's structure goes on (`TableFinder`), one numeral
    /// read as another numeral is a misreading too: once, and only in place of one of the title's.
    func testOneNumeralMisreadAsAnotherIsTheSameTableWhenAskedFor() {
        func misread(_ candidate: String, of title: String? = nil) -> Bool {
            TitleAgain(title: title ?? self.title, settings: TableSettings()).matches(candidate, numeralMisread: true)
        }
        XCTAssertTrue(misread("2028年中央财政衔接推进乡村振兴补助资金第一批分配表"))
        XCTAssertFalse(again("2028年中央财政衔接推进乡村振兴补助资金第一批分配表"))
        XCTAssertTrue(misread("附件1：第8批资金分配表", of: "附件1：第3批资金分配表"))
        XCTAssertTrue(misread("2024年中央财政衔接推进乡村振兴补助资金第七批分配表（续）"))
        // Two numerals misread, a numeral added, or another word: another table still.
        XCTAssertFalse(misread("2028年中央财政衔接推进乡村振兴补助资金第二批分配表"))
        XCTAssertFalse(misread("2024年中央财政衔接推进乡村振兴补助资金第二批分配表",
                               of: "2024年中央财政衔接推进乡村振兴补助资金分配表"))
        XCTAssertFalse(misread("2024年省级财政衔接推进乡村振兴补助资金第一批分配表"))
    }

    /// The digits told by scalar agree with the characters' dictionary and numeric properties (the
    /// path every character took before) on every ASCII scalar and every ideograph of the CJK
    /// Unified Ideographs block, and on characters around them: full-width digits, 〇 and ○, a
    /// compatibility ideograph equivalent to 零, a digit with a combining mark, CR LF.
    func testDigitsByScalarAgreeWithTheCharacterPath() {
        func reference(_ character: Character) -> Int? {
            if let value = ChineseNumeral.digits[character] { return value }
            guard character.isNumber, let value = character.wholeNumberValue, (0...9).contains(value) else { return nil }
            return value
        }
        var characters: [Character] = ["\u{FF10}", "\u{FF19}", "〇", "○", "\u{F9B2}", "1\u{301}", "\r\n", "十", "廿",
                                       "卅", "\u{2F00}", "\u{3405}", "٣"]
        for value in Array(UInt32(0)...0x7F) + Array(UInt32(0x4E00)...0x9FFF) {
            if let scalar = Unicode.Scalar(value) { characters.append(Character(scalar)) }
        }
        for character in characters {
            XCTAssertEqual(TitleNumbers.digit(character), reference(character), "\(character.unicodeScalars.map(\.value))")
        }
    }

    /// Titles with numbers written every way read as before: digit by digit, positionally, with
    /// stand-ins for zero inside a run only, and characters that are no numerals kept.
    func testArabicReadsNumbersAnyWay() {
        XCTAssertEqual(String(TitleNumbers.arabic("二〇二四年第一批")), "2024年第1批")
        XCTAssertEqual(String(TitleNumbers.arabic("二O二四年十二月")), "2024年12月")
        XCTAssertEqual(String(TitleNumbers.arabic("Oo 2O24 ○")), "Oo 2024 ○")
        XCTAssertEqual(String(TitleNumbers.arabic("附件\u{FF12} 第\u{F9B2}批")), "附件2 第0批")
        XCTAssertEqual(String(TitleNumbers.arabic("")), "")
    }
}
