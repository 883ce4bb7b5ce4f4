@testable import AllotTables
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
}
