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
}
