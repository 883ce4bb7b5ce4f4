@testable import AllotHTML
import XCTest

/// `ChromeFilter.asciiWords(of:)` gives the words the general reading gives, on every text of up to
/// four pieces (separators, whitespace of every kind, letters of both cases, digits).
final class ChromeWordsTests: XCTestCase {
    func testASCIIWordsAreTheGeneralWords() {
        let pieces = ["top-bar", "MsoNormal", " ", "\t", "\r\n", "\r", "\u{0B}", "_", "x9", "A", "-", "\u{1F}", "."]
        var texts = [""]
        var checked = 0
        for _ in 0..<4 {
            texts = texts.flatMap { text in pieces.map { text + $0 } }
            for text in texts {
                XCTAssertEqual(ChromeFilter.asciiWords(of: text), ChromeFilter.generalWords(of: text), text.debugDescription)
                checked += 1
            }
        }
        XCTAssertEqual(checked, 13 + 169 + 2_197 + 28_561)
        XCTAssertNil(ChromeFilter.asciiWords(of: "页眉 top"))
        XCTAssertEqual(ChromeFilter.words(of: "页眉 Top-Bar"), ["top", "bar", "topbar"])
    }
}
