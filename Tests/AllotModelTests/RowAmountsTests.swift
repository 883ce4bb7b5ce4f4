@testable import AllotModel
import Foundation
import XCTest

/// `RowAmounts` holds up to two plain amounts inline and anything else in an array: either way it
/// must give back exactly the amounts it was given (value bits, text, nil cells, count), and rows
/// of equal amounts must be equal and hash alike whichever form each took.
final class RowAmountsTests: XCTestCase {
    private let posix = Locale(identifier: "en_US_POSIX")

    private func amount(_ text: String) -> Amount? {
        Decimal(string: text, locale: posix).map { Amount(value: $0, text: text) }
    }

    private func bits(_ value: Decimal) -> [UInt8] {
        withUnsafeBytes(of: value) { Array($0) }
    }

    private func assertRoundTrip(_ amounts: [Amount?], file: StaticString = #filePath, line: UInt = #line) {
        let row = RowAmounts(amounts)
        XCTAssertEqual(row.count, amounts.count, file: file, line: line)
        XCTAssertEqual(row.isEmpty, amounts.isEmpty, file: file, line: line)
        XCTAssertEqual(row.hasAmount, amounts.contains { $0 != nil }, file: file, line: line)
        XCTAssertEqual(row.amounts, amounts, file: file, line: line)
        for (index, expected) in amounts.enumerated() {
            XCTAssertEqual(row[index]?.text, expected?.text, file: file, line: line)
            XCTAssertEqual(row[index].map { bits($0.value) }, expected.map { bits($0.value) }, "\(expected?.text ?? "nil")",
                           file: file, line: line)
        }
        XCTAssertNil(row[amounts.count], "past the last column", file: file, line: line)
        XCTAssertNil(row[-1], file: file, line: line)
    }

    func testPlainAmountsComeBackExactly() {
        let texts = ["0", "1", "-1", "12.50", "0.05", "-0.001", "99999", "1234567.8901", "144115188075855871",
                     "14411518807585587.1", "9223372036854775807", "-18446744073709551615", "0.0000000000000000001"]
        for first in texts {
            for second in texts {
                assertRoundTrip([amount(first), amount(second)])
            }
            assertRoundTrip([amount(first)])
            assertRoundTrip([amount(first), nil])
            assertRoundTrip([nil, amount(first)])
        }
        assertRoundTrip([])
        assertRoundTrip([nil])
        assertRoundTrip([nil, nil])
    }

    func testOtherAmountsAndWiderRowsKeepTheirArray() {
        // a value that is not what its text reads (held as given), exponents, three columns
        let given = Amount(value: Decimal(string: "1", locale: posix) ?? 0, text: "1.0")
        assertRoundTrip([given, amount("2")])
        assertRoundTrip([amount("1e3"), nil])
        assertRoundTrip([amount("1"), amount("2"), amount("3")])
        assertRoundTrip([nil, nil, nil, amount("-4.25")])
        assertRoundTrip([amount("144115188075855872"), amount("1")])
    }

    func testEqualRowsAreEqualInEitherForm() {
        let digits = amount("1.0")
        let given = Amount(value: Decimal(string: "1", locale: posix) ?? 0, text: "1.0")
        XCTAssertEqual(digits, given)
        let inline = RowAmounts([digits, amount("2")])
        let boxed = RowAmounts([given, amount("2")])
        XCTAssertEqual(inline, boxed)
        XCTAssertEqual(inline.hashValue, boxed.hashValue)
        XCTAssertNotEqual(RowAmounts([amount("1"), amount("2")]), RowAmounts([amount("2"), amount("1")]))
        XCTAssertNotEqual(RowAmounts([amount("1")]), RowAmounts([amount("1"), nil]))
        XCTAssertNotEqual(RowAmounts([amount("1.0")]), RowAmounts([amount("1.00")]))
        XCTAssertNotEqual(RowAmounts([amount("-1")]), RowAmounts([amount("1")]))
    }

    func testRowsHoldTheirAmountsInline() {
        XCTAssertEqual(MemoryLayout<RowAmounts>.size, 24)
        var row = AllocationRow(number: 1, page: 1, level: .item, rawName: "甲", name: "甲", region: "",
                                amounts: [amount("1.50"), nil], rawAmounts: ["1.50", ""], remark: "")
        XCTAssertEqual(row.amounts, [amount("1.50"), nil])
        XCTAssertEqual(row.rawAmounts, ["1.50", ""])
        row.amounts = [amount("2"), amount("3")]
        XCTAssertEqual(row.rowAmounts, RowAmounts([amount("2"), amount("3")]))
        XCTAssertEqual(row.rawAmounts, ["1.50", ""], "the printed texts stay when the amounts change")
    }

    /// An amount's text from its digits is the text of the digits, padded with zeros to one before
    /// the point, cut by the point and signed, as the text was built before: every count of
    /// decimals, magnitudes of every length (zero and the largest too), both signs.
    func testDigitsTextIsTheCanonicalText() {
        func reference(_ magnitude: UInt64, _ count: Int, _ negative: Bool) -> String {
            var digits = String(magnitude)
            if count > 0 {
                if digits.utf8.count <= count {
                    digits = String(repeating: "0", count: count + 1 - digits.utf8.count) + digits
                }
                digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -count))
            }
            return negative ? "-" + digits : digits
        }
        var magnitudes: [UInt64] = [0, 1, 5, 9, 10, 99, 100, 150, 1_234_567, UInt64.max, UInt64.max / 10]
        var power: UInt64 = 1
        for _ in 0..<19 {
            magnitudes += [power, power - 1, power + 7]
            power *= 10
        }
        for magnitude in magnitudes {
            for count in 0...19 {
                for negative in [false, true] where !(negative && magnitude == 0) {
                    guard let amount = Amount(magnitude: magnitude, decimals: count, negative: negative) else { continue }
                    XCTAssertEqual(amount.text, reference(magnitude, count, negative), "\(magnitude) \(count) \(negative)")
                }
            }
        }
    }
}
