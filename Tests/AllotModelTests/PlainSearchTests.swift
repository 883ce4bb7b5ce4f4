@testable import AllotModel
import Foundation
import XCTest

/// `foundationRange(of:backwards:)` answers as Foundation's `range(of:)` does, by bytes in plain text.
final class PlainSearchTests: XCTestCase {
    /// Lines of notices and tables, and texts that are not plain: decomposed and precomposed accents,
    /// combining marks after a word, CR LF, a joiner, compatibility ideographs, Kangxi radicals,
    /// Hangul, combining ideographic tone marks and halfwidth voiced marks.
    private let texts = [
        "编制部门：某局 单位：元", "编制单位:某县财政局", "填报单位:某县财政局 金额单位:万元", "单位单位：万元",
        "发文字号：晋乡振发〔2022〕125号", "发文机关：山西省财政厅 发文字号：晋财农〔2023〕12号", "发文字号:发文字号:",
        "山西省乡村振兴局", "新疆维吾尔自治区财政厅", "内蒙古自治区省级", "中央资金（万元）", "中央资金(万元)",
        "2022年部门决算表", "一般公共预算支出预算表", "资金分配表", "关于下达资金的通知", "aaa", "", "—“合计”…",
        "合计\u{301}", "合计\u{0345}x", "e\u{301}单位", "\u{e9}单位", "合\r\n计单位", "单位\r\n", "合\u{200D}计",
        "\u{F900}单位", "\u{2F00}单位", "단위单位", "单\u{302A}位", "ｶﾞ单位", "单位\u{FF9E}", "（单位：万元）", "ＡＢ单位",
    ]
    private let words = ["单位", "编制部门", "编制单位", "发文字号:", "发文字号：", "自治区", "省", "元", "(万元)",
                         "（万元）", "决算", "预算表", "分配", "通知", "aa", "合计", "e", "\u{e9}", "计", "\n", "位\r"]

    private func offsets<Text: StringProtocol>(_ range: Range<Text.Index>?, in text: Text) -> [Int]? {
        range.map { [text.utf8.distance(from: text.utf8.startIndex, to: $0.lowerBound),
                     text.utf8.distance(from: text.utf8.startIndex, to: $0.upperBound)] }
    }

    func testEveryWordIsFoundWhereFoundationFindsIt() {
        var byBytes = 0
        for text in texts {
            for word in words {
                for backwards in [false, true] {
                    let foundation = text.range(of: word, options: backwards ? [.backwards] : [])
                    XCTAssertEqual(offsets(text.foundationRange(of: word, backwards: backwards), in: text),
                                   offsets(foundation, in: text), "\(text) \(word) \(backwards)")
                    let answer = PlainSearch.find(word, in: text, backwards: backwards)
                    if answer != .notPlain {
                        byBytes += 1
                        XCTAssertEqual(answer, foundation.map { .found($0) } ?? .absent, "\(text) \(word)")
                    }
                }
                XCTAssertEqual(text.foundationContains(word), text.contains(word), "\(text) \(word)")
                XCTAssertEqual(PlainSearch.hasSuffix(text, word), text.hasSuffix(word), "\(text) \(word)")
                XCTAssertEqual(PlainSearch.hasSuffix(word, text), word.hasSuffix(text), "\(word) \(text)")
            }
            // Plain text counts its characters by scalars; other text is left to `count`.
            if let count = PlainSearch.characterCount(of: text) {
                XCTAssertEqual(count, text.count, text)
                XCTAssertTrue(PlainSearch.isPlain(text), text)
            } else {
                XCTAssertFalse(PlainSearch.isPlain(text), text)
            }
        }
        // Most of them are answered by the byte search, not by Foundation.
        XCTAssertGreaterThan(byBytes, texts.count * words.count)
    }

    /// In a substring, the range is found in the substring and given in the base string's indices.
    func testASubstringIsSearchedAlone() {
        let line = "单位：元 编制单位：某局 单位：万元"
        let value = line[line.index(line.startIndex, offsetBy: 3)..<line.index(line.endIndex, offsetBy: -4)]
        for word in ["单位", "某局", "万元", "元"] {
            for backwards in [false, true] {
                let foundation = value.range(of: word, options: backwards ? [.backwards] : [])
                XCTAssertEqual(value.foundationRange(of: word, backwards: backwards), foundation, "\(word) \(backwards)")
                XCTAssertNotEqual(PlainSearch.find(word, in: value, backwards: backwards), .notPlain)
            }
        }
    }

    /// The plain scalars are characters of their own: none has another canonical spelling, combines
    /// with or extends its neighbours, or forms a character with them.
    func testPlainScalarsStandAlone() {
        let ascii = (0...0x7F).filter { $0 != 0x0D }.map(UInt32.init)
        for value in ascii + PlainSearch.plainRanges.flatMap({ Array($0) }) {
            guard let scalar = Unicode.Scalar(value) else { return XCTFail("\(value) is no scalar") }
            let text = String(scalar)
            XCTAssertEqual(Array(text.decomposedStringWithCanonicalMapping.unicodeScalars), [scalar], "\(value)")
            XCTAssertEqual(scalar.properties.canonicalCombiningClass, .notReordered, "\(value)")
            XCTAssertFalse(scalar.properties.isGraphemeExtend, "\(value)")
            XCTAssertNotEqual(scalar.properties.generalCategory, .spacingMark, "\(value)")
            XCTAssertEqual(("a" + text + "中" + text + text).count, 5, "\(value)")
            if value >= 0x80 {
                var bytes = Array(text.utf8)
                XCTAssertTrue(bytes.withUnsafeMutableBufferPointer { PlainSearch.isPlain(UnsafeBufferPointer($0)) })
            }
        }
        for value: UInt32 in [0x0D, 0x0301, 0x200D, 0x2000, 0x302A, 0x3099, 0xF900, 0xFF9E, 0xAC00] {
            var bytes = Array(String(Unicode.Scalar(value) ?? "\u{0}").utf8)
            XCTAssertFalse(bytes.withUnsafeMutableBufferPointer { PlainSearch.isPlain(UnsafeBufferPointer($0)) }, "\(value)")
        }
    }
}
