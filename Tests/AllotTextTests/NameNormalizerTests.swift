@testable import AllotText
import XCTest

final class NameNormalizerTests: XCTestCase {
    func testRemovesPaddingOfEveryKind() {
        XCTAssertEqual(NameNormalizer.normalize("盂　　县"), "盂县")
        XCTAssertEqual(NameNormalizer.normalize("盂  县"), "盂县")
        XCTAssertEqual(NameNormalizer.normalize("盂\u{00A0}县"), "盂县")
        XCTAssertEqual(NameNormalizer.normalize("\t盂\u{200B}县\u{FEFF}\n"), "盂县")
        XCTAssertEqual(NameNormalizer.normalize("总  计"), "总计")
    }

    func testKangxiRadicalsBecomeUnifiedIdeographsThroughNFKC() {
        XCTAssertEqual(NameNormalizer.normalize("\u{2F45}\u{2F2D}县"), "方山县")  // ⽅⼭县
    }

    func testRadicalsSupplementUsesTheBundledTable() {
        XCTAssertEqual(NameNormalizer.normalize("\u{2ED3}治市"), "长治市")  // ⻓治市
        XCTAssertEqual(NameNormalizer.normalize("\u{2EC4}安"), "西安")       // ⻄
    }

    func testCompatibilityIdeographsAndFullWidthForms() {
        XCTAssertEqual(NameNormalizer.normalize("\u{F900}城"), "\u{8C48}城")  // 豈 compatibility form
        XCTAssertEqual(NameNormalizer.normalize("附件１"), "附件1")
    }

    func testLeavesCleanNamesAlone() {
        XCTAssertEqual(NameNormalizer.normalize("临夏回族自治州"), "临夏回族自治州")
        XCTAssertEqual(NameNormalizer.normalize(""), "")
    }

    func testTextDropsSpacesBetweenCJKAndCollapsesThemBetweenLatin() {
        XCTAssertEqual(NameNormalizer.normalizeText("  关于下达  2022年\u{3000}中央 资金  "), "关于下达2022年中央资金")
        XCTAssertEqual(NameNormalizer.normalizeText("PDF   version\t2"), "PDF version 2")
        XCTAssertEqual(NameNormalizer.normalizeText("含 ⻓治市 GDP  数据"), "含长治市GDP数据")
        // Full-width punctuation stays as Chinese text prints it; full-width digits become ASCII.
        XCTAssertEqual(NameNormalizer.normalizeText("（ 万元 ）"), "（万元）")
        XCTAssertEqual(NameNormalizer.normalizeText("比例不低于３０％，含２０２２年"), "比例不低于30％，含2022年")
        XCTAssertEqual(NameNormalizer.normalizeText(" \u{200B} "), "")
    }

    /// The ASCII answers of the padding and invisible tests are Unicode's properties.
    func testASCIIPaddingAndInvisibleAreTheProperties() {
        for value in UInt32(0)...0x7F {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let properties = scalar.properties
            XCTAssertEqual(NameNormalizer.isPadding(scalar),
                           properties.isWhitespace || properties.generalCategory == .control, "\(value)")
            XCTAssertEqual(NameNormalizer.isInvisible(scalar), properties.isDefaultIgnorableCodePoint, "\(value)")
        }
    }

    /// Text of plain ideographs and visible ASCII comes back as it is.
    func testPlainTextIsKept() {
        XCTAssertEqual(NameNormalizer.normalizeText("关于下达2022年中央资金的通知"), "关于下达2022年中央资金的通知")
        XCTAssertEqual(NameNormalizer.normalizeText("a,b.c"), "a,b.c")
    }

    /// The one-pass path answers as the general path: over random texts of the scalars it maps
    /// (ideographs, ASCII, padding, NBSP, U+3000, CJK punctuation and quotes, full-width forms)
    /// and of scalars it leaves to the general path (controls, DEL, radicals, compatibility
    /// ideographs, a joiner, a combining mark, an emoji), and every scalar of its ranges alone.
    func testQuickNormalizeEqualsTheGeneralPath() {
        let pool: [Unicode.Scalar] = ["县", "市", "a", "1", ",", " ", "\t", "\n", "\r", "\u{A0}", "\u{3000}", "、", "。", "〇",
                                      "\u{302A}", "\u{302B}", "—", "‘", "’", "“", "”", "，", "（", "）", "Ａ", "～", "\u{1}",
                                      "\u{7F}", "\u{2ED3}", "\u{2F45}", "\u{F900}", "\u{200B}", "\u{301}", "\u{1F600}",
                                      "\u{FF65}", "\u{FF9E}", "é"]
        var numbers = SeededNumbers(state: 0x2545_F491_4F6C_DD1D)
        func next(_ bound: Int) -> Int { numbers.next(bound) }
        var quick = 0, general = 0
        for _ in 0..<5_000 {
            let text = numbers.text(of: pool, lengthBelow: 12, common: 25, rareOneIn: 3)
            XCTAssertEqual(Array(NameNormalizer.normalize(text).utf8), Array(NameNormalizer.normalizeGeneral(text).utf8),
                           text.debugDescription)
            if NameNormalizer.quickNormalize(text) != nil { quick += 1 } else { general += 1 }
            // Cut into parts (a line's cells): the parts normalized as one text.
            let scalars = Array(text.unicodeScalars)
            var parts: [String] = []
            var start = 0
            while start < scalars.count {
                let end = min(scalars.count, start + 1 + next(4))
                var part = ""
                part.unicodeScalars.append(contentsOf: scalars[start..<end])
                parts.append(part)
                start = end
            }
            if next(5) == 0 { parts.insert("", at: next(parts.count + 1)) }
            XCTAssertEqual(Array(NameNormalizer.normalize(joining: parts).utf8),
                           Array(NameNormalizer.normalizeGeneral(parts.joined()).utf8), parts.debugDescription)
        }
        XCTAssertGreaterThan(quick, 1_000)
        XCTAssertGreaterThan(general, 100)
        let ranges: [ClosedRange<UInt32>] = [0...0x7F, 0xA0...0xA0, 0x2014...0x201D, 0x3000...0x3035, 0x4E00...0x4E10,
                                             0x9FF0...0x9FFF, 0xFF01...0xFF5E]
        for value in ranges.joined() {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "县" + String(scalar) + "a"
            XCTAssertEqual(NameNormalizer.normalize(text), NameNormalizer.normalizeGeneral(text), "\(value)")
        }
    }

    /// The quick path copies the kept bytes a run at a time: runs closed by padding or a full-width
    /// form at the start, in the middle and at the end of a part, and parts that are one run or
    /// none, give what the general path gives.
    func testQuickPathCopiesRunsAsTheGeneralPathKeepsThem() {
        let parts = ["\u{3000}太原市 小 店区\u{A0}", "１２３.５", "（万元）", "", "   ", "合计\t", "abc", "，县\u{3000}"]
        for count in 1...parts.count {
            let some = Array(parts.prefix(count))
            XCTAssertEqual(NameNormalizer.normalize(joining: some), NameNormalizer.normalizeGeneral(some.joined()),
                           some.debugDescription)
            XCTAssertEqual(NameNormalizer.normalize(some.joined()), NameNormalizer.normalizeGeneral(some.joined()))
        }
        XCTAssertEqual(NameNormalizer.normalize(joining: parts), "太原市小店区123.5(万元)合计abc,县")
    }

    /// Free text through the quick path (scalars `quickMapping` maps) is what the general path
    /// makes of it, for random texts of the scalars it takes and of scalars it leaves to the general
    /// path, and for every scalar of its ranges between Latin letters and between ideographs.
    func testQuickTextEqualsTheGeneralPath() {
        let pool: [Unicode.Scalar] = ["县", "市", "a", "B", "1", ",", " ", "\t", "\n", "\r", "\u{A0}", "\u{3000}", "、", "。",
                                      "〇", "—", "‘", "’", "“", "”", "，", "（", "）", "Ａ", "１", "～", "：",
                                      "\u{1}", "\u{7F}", "\u{2ED3}", "\u{F900}", "\u{200B}", "\u{301}", "\u{1F600}",
                                      "\u{FF65}", "é", "ｶ"]
        var numbers = SeededNumbers(state: 0x9E37_79B9_7F4A_7C15)
        var quick = 0
        for _ in 0..<5_000 {
            let text = numbers.text(of: pool, lengthBelow: 14, common: 27, rareOneIn: 4)
            XCTAssertEqual(Array(NameNormalizer.normalizeText(text).utf8),
                           Array(NameNormalizer.normalizeTextGeneral(text).utf8), text.debugDescription)
            if NameNormalizer.quickText(text) != nil { quick += 1 }
        }
        XCTAssertGreaterThan(quick, 1_000)
        let ranges: [ClosedRange<UInt32>] = [0...0x7F, 0xA0...0xA0, 0x2014...0x201D, 0x3000...0x3035, 0x4E00...0x4E10,
                                             0x9FF0...0x9FFF, 0xFF01...0xFF65]
        for value in ranges.joined() {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in ["a " + String(scalar) + " b", "县 " + String(scalar) + "\u{3000}市", String(scalar) + " x"] {
                XCTAssertEqual(NameNormalizer.normalizeText(text), NameNormalizer.normalizeTextGeneral(text), "\(value)")
            }
        }
        XCTAssertEqual(NameNormalizer.normalizeText("\u{3000}关于 下达 2024 年\u{A0}资金（第 １ 批）的通知 ， A B "),
                       NameNormalizer.normalizeTextGeneral("\u{3000}关于 下达 2024 年\u{A0}资金（第 １ 批）的通知 ， A B "))
    }

    /// The marks told without a property look-up are neither padding nor invisible by the
    /// properties: every scalar of their ranges.
    func testPrintedMarksAreNeitherPaddingNorInvisible() {
        for value in Array(UInt32(0x2010)...0x2027) + Array(UInt32(0x3001)...0x303F) + Array(UInt32(0xFF01)...0xFF5E) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            XCTAssertTrue(NameNormalizer.isPrintedMark(scalar))
            XCTAssertFalse(scalar.properties.isWhitespace || scalar.properties.generalCategory == .control, "\(value)")
            XCTAssertFalse(scalar.properties.isDefaultIgnorableCodePoint, "\(value)")
        }
        XCTAssertFalse(NameNormalizer.isPrintedMark("\u{3000}"))
        XCTAssertTrue(NameNormalizer.isPadding("\u{3000}"))
        XCTAssertTrue(NameNormalizer.isInvisible("\u{FFA0}"))
    }
}

/// Numbers from a seed (a linear congruential generator): the same random texts on every run.
struct SeededNumbers {
    var state: UInt64

    /// The next number in 0..<bound.
    mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }

    /// A text of fewer than `lengthBelow` scalars of `pool`: each from its first `common` scalars, or,
    /// one time in `rareOneIn`, from all of it.
    mutating func text(of pool: [Unicode.Scalar], lengthBelow: Int, common: Int, rareOneIn: Int) -> String {
        var text = ""
        for _ in 0..<next(lengthBelow) { text.unicodeScalars.append(pool[next(next(rareOneIn) == 0 ? pool.count : common)]) }
        return text
    }
}
