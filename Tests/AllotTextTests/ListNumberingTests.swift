@testable import AllotText
import XCTest

final class ListNumberingTests: XCTestCase {
    func testStyles() {
        XCTAssertEqual(ListNumbering.of("一、一般公共服务支出"), .chineseComma)
        XCTAssertEqual(ListNumbering.of("二十六、抗疫特别国债安排的支出"), .chineseComma)
        XCTAssertEqual(ListNumbering.of("（一）因公出国（境）费"), .chineseParenthesized)
        XCTAssertEqual(ListNumbering.of("(二)公务接待费"), .chineseParenthesized)
        XCTAssertEqual(ListNumbering.of("1.一般公共预算资金"), .arabicDot)
        XCTAssertEqual(ListNumbering.of("2、政府性基金"), .arabicDot)
        XCTAssertEqual(ListNumbering.of("(1)购置费"), .arabicParenthesized)
        XCTAssertEqual(ListNumbering.of("①运行费"), .arabicParenthesized)
    }

    func testNotNumbered() {
        XCTAssertNil(ListNumbering.of("收入总计"))
        XCTAssertNil(ListNumbering.of("1.5"))
        XCTAssertNil(ListNumbering.of("一、"))
        XCTAssertNil(ListNumbering.of("十分重要"))
        XCTAssertNil(ListNumbering.of("2024年"))
    }

    /// The first-scalar shortcut answers as the character-by-character reading for labels starting
    /// with any scalar of the BMP and the compatibility ideographs, before each kind of numbering's
    /// continuation.
    func testTheFirstScalarShortcutAnswersAsTheCharacterReading() {
        let tails = ["、资金", "）资金", ".5", "2、a", "\u{301}、资金", ""]
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for tail in tails {
                let label = String(scalar) + tail
                if ListNumbering.of(label) != ListNumbering.numbering(label) {
                    XCTFail("\(String(value, radix: 16)) \(tail)")
                }
            }
        }
        XCTAssertNil(ListNumbering.of(""))
        XCTAssertEqual(ListNumbering.of("\u{F9D1}、资金"), ListNumbering.numbering("\u{F9D1}、资金"))
    }
}
