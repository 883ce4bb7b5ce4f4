@testable import AllotTables
import XCTest

/// `TableContext.isDate` answers as the regex it replaces (`\d{4}年\d{1,2}月\d{1,2}日`, whole text),
/// on every text of up to four pieces: digits of other scripts, numbers that are not digits, too
/// many digits, the compatibility ideograph of 年.
final class TableContextDateTests: XCTestCase {
    func testIsDateIsTheRegexWholeMatch() {
        let pieces = ["2022年", "２０２２年", "202年", "2022\u{F98E}", "1月", "12月", "123月", "1日", "31日", "①日", "½",
                      "日", "x"]
        var texts = [""]
        var matched = 0
        for _ in 0..<4 {
            texts = texts.flatMap { text in pieces.map { text + $0 } }
            for text in texts {
                let expected = text.wholeMatch(of: /\d{4}年\d{1,2}月\d{1,2}日/) != nil
                XCTAssertEqual(TableContext.isDate(text), expected, text.debugDescription)
                if expected { matched += 1 }
            }
        }
        XCTAssertGreaterThan(matched, 20)
    }
}
