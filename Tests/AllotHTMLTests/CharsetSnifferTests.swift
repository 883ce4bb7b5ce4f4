@testable import AllotHTML
import AllotXML
import XCTest

final class CharsetSnifferTests: XCTestCase {
    private let sniffer = CharsetSniffer(settings: HTMLSettings(), supports: Markup.supports(encoding:))

    private func decide(_ text: String) -> CharsetSniffer.Decision { sniffer.decide(Array(text.utf8)) }

    func testMetaCharsetAndHTTPEquivAreBothRead() {
        XCTAssertEqual(CharsetSniffer.declaredCharset(in: Array("<META Charset='GBK'>".utf8), limit: 4096), "gbk")
        let equiv = #"<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />"#
        XCTAssertEqual(CharsetSniffer.declaredCharset(in: Array(equiv.utf8), limit: 4096), "gb2312")
        XCTAssertNil(CharsetSniffer.declaredCharset(in: Array("<p>charset=gbk</p>".utf8), limit: 4096))
    }

    /// The declaration found on the bytes is what the regex it replaces captures in them read as
    /// Latin-1 and lowercased, on every text of up to four pieces (upper case, NBSP and NEL bytes,
    /// quotes, a `>` between, CRLF), and the limit is kept.
    func testDeclaredCharsetIsTheRegexCapture() {
        let pieces: [[UInt8]] = ["<meta", "<META", " ", "charset", "Charset", "=", "\"", "'", "GBK", "utf-8", ">", "x", "\r\n"]
            .map { Array($0.utf8) } + [[0xA0], [0x85], [0xC0]]
        func regex(_ bytes: [UInt8]) -> String? {
            let head = String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) })).lowercased()
            return head.firstMatch(of: /<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_.:\-]+)/).map { String($0.1) }
        }
        var texts: [[UInt8]] = [[]]
        var found = 0
        for _ in 0..<4 {
            texts = texts.flatMap { text in pieces.map { text + $0 } }
            for text in texts {
                let expected = regex(text)
                XCTAssertEqual(CharsetSniffer.declaredCharset(in: text, limit: 4096), expected, "\(text)")
                if expected != nil { found += 1 }
            }
        }
        XCTAssertGreaterThanOrEqual(found, 20)
        let late = Array((String(repeating: " ", count: 30) + "<meta charset=gbk>").utf8)
        XCTAssertEqual(CharsetSniffer.declaredCharset(in: late, limit: 4096), "gbk")
        XCTAssertEqual(CharsetSniffer.declaredCharset(in: late, limit: 46), "gb")
        XCTAssertNil(CharsetSniffer.declaredCharset(in: late, limit: 40))
    }

    func testGBKFamilyIsDecodedAsGB18030() {
        for label in ["gbk", "GB2312", "x-gbk", "gb18030"] {
            XCTAssertEqual(decide("<meta charset=\"\(label)\"><p>x</p>"),
                           CharsetSniffer.Decision(encoding: "GB18030", source: .declared), label)
        }
    }

    func testUndeclaredPagesAreUTF8WhenValidElseGB18030() {
        XCTAssertEqual(decide("<p>盂县</p>"), CharsetSniffer.Decision(encoding: "UTF-8", source: .validUTF8))
        let gbk: [UInt8] = Array("<p>".utf8) + [0xD3, 0xDB, 0xCF, 0xD8] + Array("</p>".utf8)  // 盂县 in GBK
        XCTAssertEqual(sniffer.decide(gbk), CharsetSniffer.Decision(encoding: "GB18030", source: .fallback))
    }

    func testAPageMislabelledUTF8IsDecodedAsWhatItIs() {
        let gbk: [UInt8] = Array("<meta charset=\"utf-8\"><p>".utf8) + [0xD3, 0xDB, 0xCF, 0xD8]
        XCTAssertEqual(sniffer.decide(gbk).encoding, "GB18030")
    }

    func testUnknownCharsetFallsBackToTheBytes() {
        XCTAssertEqual(decide("<meta charset=\"klingon-9\"><p>盂县</p>"),
                       CharsetSniffer.Decision(encoding: "UTF-8", source: .validUTF8))
    }

    func testByteOrderMarks() {
        XCTAssertEqual(sniffer.decide([0xEF, 0xBB, 0xBF, 0x3C]).encoding, "UTF-8")
        XCTAssertEqual(sniffer.decide([0xFF, 0xFE, 0x3C, 0x00]).encoding, "UTF-16LE")
        XCTAssertEqual(sniffer.decide([0xFE, 0xFF, 0x00, 0x3C]).encoding, "UTF-16BE")
    }

    func testLibXML2KnowsTheChineseEncodings() {
        for name in ["UTF-8", "GB18030", "GBK", "GB2312", "BIG5"] {
            XCTAssertTrue(Markup.supports(encoding: name), name)
        }
        XCTAssertFalse(Markup.supports(encoding: "KLINGON-9"))
    }
}
