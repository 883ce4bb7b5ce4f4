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

    private func assertInvalid(_ raw: String, _ reason: AmountParseFailure, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(AmountParser.parse(raw), .invalid(reason: reason), raw, file: file, line: line)
    }

    func testEveryInvalidReasonHasItsChinese() {
        let inputs = ["12,34", "1.234,5", "1.2.3", ".5", "5.", "1 234", String(repeating: "9", count: 29), "", "-", "万"]
        var seen = 0
        for raw in inputs {
            guard case let .invalid(reason) = AmountParser.parse(raw) else { continue }
            seen += 1
            XCTAssertNotEqual(reason.chinese, reason.english, raw)
            XCTAssertFalse(reason.chinese.unicodeScalars.contains { ("a"..."z").contains($0) }, "\(raw): \(reason.chinese)")
        }
        XCTAssertEqual(seen, 8)
    }

    /// The reasons' words are what findings.csv's `message` and `message_zh` carry: pinned here.
    func testReasonTexts() {
        let expected: [(AmountParseFailure, String, String)] = [
            (.spaceInside, "space inside the number", "数字中有空格"),
            (.unexpectedCharacter("万"), "unexpected character \"万\"", "意外的字符 \"万\""),
            (.moreThanOneDecimalPoint, "more than one decimal point", "不止一个小数点"),
            (.noDigits, "no digits", "没有数字"),
            (.misplacedThousandsSeparator, "misplaced thousands separator", "千分位分隔符位置不对"),
            (.noDigitsBeforeDecimalPoint, "no digits before the decimal point", "小数点前没有数字"),
            (.noDigitsAfterDecimalPoint, "no digits after the decimal point", "小数点后没有数字"),
            (.separatorAfterDecimalPoint, "separator after the decimal point", "小数点后有分隔符"),
            (.tooManyDigits(maximum: 28), "too many digits (more than 28)", "位数过多（超过 28 位）"),
            (.notANumber, "not a number", "不是数字"),
        ]
        for (reason, english, chinese) in expected {
            XCTAssertEqual(reason.english, english)
            XCTAssertEqual(reason.chinese, chinese)
        }
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

    /// A short dash before a figure (en dash "–1.0", figure dash, hyphen) is no minus for `parse`
    /// (it may be a placeholder run into the next cell's figure); `dashedNegative` gives the reading
    /// with it as a minus, for the caller whose column structure says so. A dash alone is "none",
    /// an em dash before a figure is no sign.
    func testShortDashesBeforeAFigureAreReadAsMinusOnlyOnRequest() {
        XCTAssertEqual(AmountParser.parse("\u{2013}1.0"), .invalid(reason: .unexpectedCharacter("\u{2013}")))
        XCTAssertEqual(AmountParser.dashedNegative("\u{2013}1.0")?.text, "-1.0")
        XCTAssertEqual(AmountParser.dashedNegative(" \u{2012}1,234.50")?.value, Decimal(string: "-1234.5"))
        XCTAssertEqual(AmountParser.dashedNegative("\u{2010}7")?.text, "-7")
        XCTAssertEqual(AmountParser.dashedNegative("\u{2011}7")?.text, "-7")
        XCTAssertTrue(AmountParser.mayBeDashed("\u{2013}1.0"))
        XCTAssertFalse(AmountParser.mayBeDashed("1.0"))
        for raw in ["\u{2013}", "\u{2013}\u{2013}", "\u{2014}5", "\u{2013}-5", "\u{2013}0", "1\u{2013}5", "\u{2013}abc", "-5", "5"] {
            XCTAssertNil(AmountParser.dashedNegative(raw), raw)
        }
        XCTAssertEqual(AmountParser.parse("\u{2013}"), .empty)
    }

    func testEmptyCellsAndDashes() {
        for raw in ["", "   ", "—", "－", "-", "–", "/", "／", "—　—", "——", "- -", "\u{2015}"] {
            XCTAssertEqual(AmountParser.parse(raw), .empty, "\"\(raw)\"")
        }
    }

    func testMalformedGroupingIsInvalid() {
        assertInvalid("12,34", .misplacedThousandsSeparator)
        assertInvalid("1,,234", .misplacedThousandsSeparator)
        assertInvalid(",123", .misplacedThousandsSeparator)
        assertInvalid("1234,567", .misplacedThousandsSeparator)
        assertInvalid("0,123", .misplacedThousandsSeparator)
        assertInvalid("1.234,5", .separatorAfterDecimalPoint)
    }

    func testDecimalPoints() {
        assertInvalid("1.2.3", .moreThanOneDecimalPoint)
        assertInvalid(".5", .noDigitsBeforeDecimalPoint)
        assertInvalid("5.", .noDigitsAfterDecimalPoint)
    }

    func testLettersAndOtherTextAreInvalid() {
        assertInvalid("12a", .unexpectedCharacter("a"))
        assertInvalid("abc", .unexpectedCharacter("a"))
        assertInvalid("100万元", .unexpectedCharacter("万"))
        assertInvalid("12%", .unexpectedCharacter("%"))
        assertInvalid("+5", .unexpectedCharacter("+"))
        assertInvalid("1 234", .spaceInside)
        assertInvalid("--5", .unexpectedCharacter("-"))
    }

    func testTooManyDigitsNeverOverflows() {
        let twentyEight = String(repeating: "9", count: 28)
        assertAmount(twentyEight, twentyEight, twentyEight)
        assertAmount("000" + twentyEight, twentyEight, twentyEight)
        assertInvalid(String(repeating: "9", count: 29), .tooManyDigits(maximum: 28))
        assertInvalid("1" + String(repeating: "0", count: 20) + "." + String(repeating: "5", count: 8),
                      .tooManyDigits(maximum: 28))
        assertInvalid(String(repeating: "1", count: 400), .tooManyDigits(maximum: 28))
    }
}

final class AccountingMinusTests: XCTestCase {
    func testTrianglesMarkNegativeAmounts() {
        XCTAssertEqual(AmountParser.parse("△747").amount?.text, "-747")
        XCTAssertEqual(AmountParser.parse("▲1,234.50").amount?.value, Decimal(string: "-1234.50"))
        XCTAssertEqual(AmountParser.parse("△0△0"), .invalid(reason: .unexpectedCharacter("△")))
    }

    /// Accounting parentheses (收回, 调减 rows of an allocation table): ASCII or full width.
    func testParenthesesMarkNegativeAmounts() {
        XCTAssertEqual(AmountParser.parse("(120)").amount?.text, "-120")
        XCTAssertEqual(AmountParser.parse("（1,234.50）").amount?.value, Decimal(string: "-1234.50"))
        XCTAssertEqual(AmountParser.parse(" (０.5) ").amount?.text, "-0.5")
        XCTAssertEqual(AmountParser.parse("()"), .invalid(reason: .unexpectedCharacter("(")))
        XCTAssertEqual(AmountParser.parse("(120"), .invalid(reason: .unexpectedCharacter("(")))
        XCTAssertEqual(AmountParser.parse("(-120)"), .invalid(reason: .unexpectedCharacter("-")))
    }
}
