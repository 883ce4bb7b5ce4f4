import AllotModel
import AllotText
import XCTest

final class AmountParserTests: XCTestCase {
    private func assertAmount(_ raw: String, _ text: String, _ value: String,
                              file: StaticString = #filePath, line: UInt = #line) {
        let expected = Decimal(string: value, locale: Locale(identifier: "en_US_POSIX"))
        XCTAssertEqual(AmountParser.parse(raw).amount?.text, text, "text of \(raw)", file: file, line: line)
        XCTAssertEqual(AmountParser.parse(raw).amount?.value, expected, "value of \(raw)", file: file, line: line)
    }

    private func assertInvalid(_ raw: String, _ reason: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(AmountParser.parse(raw), .invalid(reason: reason), raw, file: file, line: line)
    }

    func testEveryInvalidReasonHasItsChinese() {
        let inputs = ["12,34", "1.234,5", "1.2.3", ".5", "5.", "1 234", String(repeating: "9", count: 29), "", "-"]
        for raw in inputs {
            guard case let .invalid(reason) = AmountParser.parse(raw) else { continue }
            let chinese = AmountParser.reasonZH(reason)
            XCTAssertNotEqual(chinese, reason, raw)
            XCTAssertFalse(chinese.unicodeScalars.contains { ("a"..."z").contains($0) }, "\(raw): \(chinese)")
        }
        XCTAssertEqual(AmountParser.reasonZH("unexpected character \"万\""), "意外的字符 \"万\"")
    }

    func testPlainAndGroupedAmounts() {
        assertAmount("1234", "1234", "1234")
        assertAmount("1,234.50", "1234.50", "1234.5")
        assertAmount("1,234,567.89", "1234567.89", "1234567.89")
        assertAmount("0.05", "0.05", "0.05")
        assertAmount("0", "0", "0")
        assertAmount("007", "7", "7")
    }

    func testFullWidthDigitsAndSeparators() {
        assertAmount("１２３４", "1234", "1234")
        assertAmount("１，２３４．５０", "1234.50", "1234.5")
    }

    func testSurroundingWhitespace() {
        assertAmount("  350 ", "350", "350")
        assertAmount("\u{3000}350\u{00A0}", "350", "350")
        assertAmount("\t12.3\n", "12.3", "12.3")
    }

    func testNegativeAmountsAreReturned() {
        assertAmount("-12.5", "-12.5", "-12.5")
        assertAmount("\u{2212}3", "-3", "-3")
        assertAmount("－3", "-3", "-3")
        assertAmount("-0.00", "0.00", "0")
    }

    func testEmptyCellsAndDashes() {
        for raw in ["", "   ", "—", "－", "-", "–", "/", "／", "—　—", "——", "- -", "\u{2015}"] {
            XCTAssertEqual(AmountParser.parse(raw), .empty, "\"\(raw)\"")
        }
    }

    func testMalformedGroupingIsInvalid() {
        assertInvalid("12,34", "misplaced thousands separator")
        assertInvalid("1,,234", "misplaced thousands separator")
        assertInvalid(",123", "misplaced thousands separator")
        assertInvalid("1234,567", "misplaced thousands separator")
        assertInvalid("0,123", "misplaced thousands separator")
        assertInvalid("1.234,5", "separator after the decimal point")
    }

    func testDecimalPoints() {
        assertInvalid("1.2.3", "more than one decimal point")
        assertInvalid(".5", "no digits before the decimal point")
        assertInvalid("5.", "no digits after the decimal point")
    }

    func testLettersAndOtherTextAreInvalid() {
        assertInvalid("12a", "unexpected character \"a\"")
        assertInvalid("abc", "unexpected character \"a\"")
        assertInvalid("100万元", "unexpected character \"万\"")
        assertInvalid("12%", "unexpected character \"%\"")
        assertInvalid("+5", "unexpected character \"+\"")
        assertInvalid("1 234", "space inside the number")
        assertInvalid("--5", "unexpected character \"-\"")
    }

    func testTooManyDigitsNeverOverflows() {
        let twentyEight = String(repeating: "9", count: 28)
        assertAmount(twentyEight, twentyEight, twentyEight)
        assertAmount("000" + twentyEight, twentyEight, twentyEight)
        assertInvalid(String(repeating: "9", count: 29), "too many digits (more than 28)")
        assertInvalid("1" + String(repeating: "0", count: 20) + "." + String(repeating: "5", count: 8),
                      "too many digits (more than 28)")
        assertInvalid(String(repeating: "1", count: 400), "too many digits (more than 28)")
    }
}

final class AccountingMinusTests: XCTestCase {
    func testTrianglesMarkNegativeAmounts() {
        XCTAssertEqual(AmountParser.parse("△747").amount?.text, "-747")
        XCTAssertEqual(AmountParser.parse("▲1,234.50").amount?.value, Decimal(string: "-1234.50"))
        XCTAssertEqual(AmountParser.parse("△0△0"), .invalid(reason: "unexpected character \"△\""))
    }
}
