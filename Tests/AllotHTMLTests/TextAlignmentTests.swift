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

/// `String.firstRange(ofLiteral:from:)` finds what the standard library's `firstRange(of:)` finds,
/// for the literals it is used with, on every text of up to four pieces (combining marks after a
/// match, a match's start taken by the mark before it, CRLF, the literal cut or doubled).
final class LiteralSearchTests: XCTestCase {
    func testLiteralSearchIsTheStandardSearch() {
        let cases: [(literal: String, pieces: [String])] = [
            ("text-align", ["text-align", "text-alig", "n", "\u{301}", "e\u{301}", "\r\n", ":", "x"]),
            ("发布时间", ["发布时间", "发布", "时间", "\u{301}", "\u{F98E}", "发布时间\u{20DD}", "：", "年"]),
            ("!important", ["!important", "!", "important", "\u{308}", " ", "ö"]),
            ("display:none", ["display:none", "display:", "none", "\u{301}", "e", ";"]),
        ]
        for (literal, pieces) in cases {
            var texts = [""]
            var found = 0
            for _ in 0..<4 {
                texts = texts.flatMap { text in pieces.map { text + $0 } }
                for text in texts {
                    let expected = text.firstRange(of: literal)
                    XCTAssertEqual(text.firstRange(ofLiteral: literal), expected, text.debugDescription)
                    if let expected, expected.upperBound < text.endIndex {
                        XCTAssertEqual(text.firstRange(ofLiteral: literal, from: text.index(after: expected.lowerBound)),
                                       text[text.index(after: expected.lowerBound)...].firstRange(of: literal), text.debugDescription)
                    }
                    if expected != nil { found += 1 }
                }
            }
            XCTAssertGreaterThan(found, 100, literal)
        }
    }
}
