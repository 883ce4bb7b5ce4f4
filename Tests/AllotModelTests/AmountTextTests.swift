import AllotModel
import Foundation
import XCTest

/// An amount's text written into a byte buffer (`Amount.writeText`) is its `text`, whether it is
/// held as digits or as given.
final class AmountTextTests: XCTestCase {
    /// Over magnitudes up to UInt64.max, 0-19 decimals and both signs (amounts held as digits), and
    /// texts held as given (not canonical, or a value that is not theirs): the bytes written after
    /// what the buffer held are the bytes of `text`.
    func testWrittenTextIsTheText() {
        var amounts: [Amount] = []
        for magnitude: UInt64 in [0, 1, 5, 10, 1250, 99_999, 123_456_789, 1 << 57, 9_999_999_999_999_999_999, UInt64.max] {
            for decimals in 0...19 {
                for negative in [false, true] {
                    if let amount = Amount(magnitude: magnitude, decimals: decimals, negative: negative) { amounts.append(amount) }
                }
            }
        }
        XCTAssertGreaterThan(amounts.count, 300)
        amounts += [Amount(value: 0, text: "0"), Amount(value: -12.5, text: "-12.50"), Amount(value: 5, text: "12.50"),
                    Amount(value: 1, text: "01"), Amount(value: 0, text: "-0"), Amount(value: 0, text: "0.00"),
                    Amount(value: 1234, text: "1,234"), Amount(value: 0, text: ""), Amount(value: 3, text: "叁")]
        for amount in amounts {
            var bytes: [UInt8] = [0x41]
            amount.writeText(to: &bytes)
            XCTAssertEqual(bytes, [0x41] + Array(amount.text.utf8), amount.text)
        }
    }
}
