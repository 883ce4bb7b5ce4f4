import AllotModel
import Foundation
import XCTest

/// The literals the portal reader looks for (`text-align`, the date labels, `!important`,
/// `display:none`) are found by `foundationRange(of:)` where Foundation's `range(of:)` finds them,
/// on every text of up to four pieces (combining marks after and before a match, CRLF, the literal
/// cut or doubled), and from inside the text as well.
final class LiteralSearchTests: XCTestCase {
    func testLiteralSearchIsFoundationsSearch() {
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
                    let expected = text.range(of: literal)
                    XCTAssertEqual(text.foundationRange(of: literal), expected, text.debugDescription)
                    if let expected, expected.upperBound < text.endIndex {
                        let rest = text[text.index(after: expected.lowerBound)...]
                        XCTAssertEqual(rest.foundationRange(of: literal), rest.range(of: literal), text.debugDescription)
                    }
                    if expected != nil { found += 1 }
                }
            }
            XCTAssertGreaterThan(found, 100, literal)
        }
    }
}
