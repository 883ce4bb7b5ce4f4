@testable import AllotModel
import Foundation
import XCTest

/// `DecimalText.of` must print every Decimal as `description` does: parsed amounts, the sums and
/// differences the reconcile stage computes, values built from parts, wide mantissas and NaN.
final class DecimalTextTests: XCTestCase {
    private let posix = Locale(identifier: "en_US_POSIX")

    private func assertSame(_ value: Decimal, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(DecimalText.of(value), value.description, "\(value)", file: file, line: line)
        // Written after other bytes: the same bytes, or nothing where only `description` prints it.
        var bytes = Array("x,".utf8)
        let written = DecimalText.write(value, to: &bytes)
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self), written ? "x," + value.description : "x,", "\(value)",
                       file: file, line: line)
    }

    func testTheFastPathIsTaken() {
        // Were the layout not the one read, every value would go through `description`: equal, but slow.
        XCTAssertTrue(DecimalText.layoutIsKnown)
        XCTAssertEqual(DecimalText.Parts(Decimal(sign: .minus, exponent: -1, significand: 123_456_789)),
                       DecimalText.Parts(exponent: -1, negative: true, mantissa: 123_456_789))
    }

    func testHandPickedValues() {
        let texts = ["0", "-0", "0.00", "0.5", "-0.5", "0.05", "0.005", "5", "120", "1200.50", "-1234.5",
                     "99999999999999999999", "123456789012345678901234567", "0.000000000000000000001",
                     "18446744073709551615", "18446744073709551616", "1e5", "1.5e-3", "-7e2"]
        for text in texts {
            guard let value = Decimal(string: text, locale: posix) else { return XCTFail(text) }
            assertSame(value)
        }
        assertSame(Decimal.nan)
        assertSame(Decimal())
        assertSame(Decimal(sign: .minus, exponent: 3, significand: 12))
        assertSame(Decimal(sign: .plus, exponent: -30, significand: 7))
        assertSame(Decimal(UInt64.max))
        assertSame(Decimal(Int64.min))
        // The longest texts the fast path writes: the widest exponents either way.
        assertSame(Decimal(sign: .minus, exponent: 127, significand: Decimal(UInt64.max)))
        assertSame(Decimal(sign: .minus, exponent: -128, significand: 1))
        assertSame(Decimal(sign: .plus, exponent: -128, significand: Decimal(UInt64.max)))
    }

    func testSumsAndDifferencesOfGeneratedAmounts() {
        // A linear congruential sequence (Knuth's MMIX constants): the same numbers every run.
        var state: UInt64 = 19
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        func amount() -> Decimal {
            let digits = Int(next() % 12) + 1
            let mantissa = (0..<digits).reduce(UInt64(0)) { total, _ in total * 10 + next() % 10 }
            return Decimal(sign: next() % 5 == 0 ? .minus : .plus, exponent: -Int(next() % 5),
                           significand: Decimal(mantissa))
        }
        for _ in 0..<5_000 {
            let (a, b, c) = (amount(), amount(), amount())
            assertSame(a)
            assertSame(a + b)
            assertSame(a - b)
            assertSame(a + b - c)
            assertSame(a * b)
            if let parsed = Decimal(string: (a - c).description, locale: posix) { assertSame(parsed) }
        }
    }

    /// A Decimal written from its parts (`Parts.compactDecimal`) is bit for bit the one Foundation
    /// makes of them, over magnitudes up to UInt64.max (trailing zeros, one to four 16-bit words),
    /// exponents 0 to -31 and both signs; a zero mantissa is left to Foundation.
    func testDecimalsWrittenFromPartsAreFoundations() {
        var magnitudes: [UInt64] = [1, 5, 9, 10, 100, 1250, 65_535, 65_536, 70_001, 1 << 32, 1 << 48, 1 << 57,
                                    9_999_999_999_999_999_999, 10_000_000_000_000_000_000, UInt64.max]
        var power: UInt64 = 1
        while power <= UInt64.max / 10 {
            power *= 10
            magnitudes += [power - 1, power, power + 1, power / 2 * 3]
        }
        for magnitude in magnitudes {
            for exponent in -31...0 {
                for negative in [false, true] {
                    let made = Decimal(sign: negative ? .minus : .plus, exponent: exponent, significand: Decimal(magnitude))
                    let parts = DecimalText.Parts(exponent: exponent, negative: negative, mantissa: magnitude)
                    let written = try? XCTUnwrap(parts.compactDecimal, "\(magnitude)e\(exponent)")
                    XCTAssertEqual(written.map { withUnsafeBytes(of: $0) { Array($0) } }, withUnsafeBytes(of: made) { Array($0) },
                                   "\(negative ? "-" : "")\(magnitude)e\(exponent)")
                }
            }
        }
        XCTAssertNil(DecimalText.Parts(exponent: -2, negative: false, mantissa: 0).compactDecimal)
    }
}
