@testable import AllotHTML
import XCTest

/// `TextAlignment.textAlign(in:)` answers as the regex it replaces, on every text of up to four pieces
/// that make or break a declaration.
final class TextAlignmentTests: XCTestCase {
    func testTextAlignIsTheRegexFirstMatch() {
        let pieces = ["text-align", "text-alig", ":", " ", "\u{3000}", "\r\n", "center", "-x", "é", "e\u{301}", ";", "Z"]
        var texts = [""]
        var checked = 0, found = 0
        for _ in 0..<4 {
            texts = texts.flatMap { text in pieces.map { text + $0 } }
            for text in texts {
                let expected = text.firstMatch(of: /text-align\s*:\s*([a-z-]+)/).map { String($0.1) }
                XCTAssertEqual(TextAlignment.textAlign(in: text).map(String.init), expected, text.debugDescription)
                checked += 1
                if expected != nil { found += 1 }
            }
        }
        XCTAssertEqual(checked, 12 + 144 + 1_728 + 20_736)
        XCTAssertGreaterThan(found, 100)
        XCTAssertEqual(TextAlignment.textAlign(in: "color: red; text-align :\tright; x"), "right")
    }
}
