@testable import AllotReport
import XCTest

/// Where a quoted sentence is printed in a page's text: whole, its end at the top of the page (the
/// sentence began on the page before), its start at the bottom (it goes on over the page); a
/// sentence that merely shares a beginning with others is not matched by that beginning.
final class SentenceSearchTests: XCTestCase {
    private func find(_ sentence: String, _ text: String) -> Range<Int>? {
        SentenceSearch.find(Array(sentence), in: Array(text))
    }

    func testWholeEndAndStart() {
        let sentence = "2025年当年预算执行数为77.99万元，2026年预算安排91.97万元，比2025年预算执行数增加17.66%。"
        let page = "主要用于：支付职业年金。" + sentence + "主要原因是：职业年金支出增加。"
        XCTAssertEqual(find(sentence, page), 12..<(12 + sentence.count))
        // Begun on the page before: its last 20 characters open this page, after a running head.
        let tail = String(sentence.suffix(20))
        XCTAssertEqual(find(sentence, "- 9 -" + tail + "主要原因是：支出增加。"), 5..<25)
        // Going on over the page: its first 15 characters close this page, before a page number.
        let head = String(sentence.prefix(15))
        let closing = "主要用于：支付职业年金。" + head + "- 9 -"
        XCTAssertEqual(find(sentence, closing), 12..<27)
    }

    func testASharedBeginningInTheMiddleOfThePageIsNotTheSentence() {
        let sentence = "2025年当年预算执行数为77.99万元，2026年预算安排91.97万元，比2025年预算执行数增加17.66%。"
        let other = "2025年当年预算执行数为156.34万元，2026年预算安排183.95万元，比2025年预算执行数增加17.66%。"
        XCTAssertNil(find(sentence, other + "主要原因是：养老保险支出增加。" + other))
        XCTAssertNil(find("短句。", "短句。"), "too short to be told apart")
        XCTAssertEqual(find("六个字的句。", "前文。六个字的句。"), 3..<9)
        XCTAssertNil(find("六个字的句。", "前文。六个字的"), "a piece must be longer than the shortest")
    }
}
