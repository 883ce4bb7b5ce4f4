import AllotText
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
}
