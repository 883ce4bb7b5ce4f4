@testable import AllotHTML
import XCTest

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
