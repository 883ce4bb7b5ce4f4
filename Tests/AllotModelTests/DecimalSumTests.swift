@testable import AllotModel
import Foundation
import XCTest

/// `DecimalSum.of` must give the Decimal `reduce(Decimal(0), +)` gives, bit for bit (printed sums
/// keep their form), on parsed amounts, zeros with decimals, negatives, products, lone terms and
/// sums that leave 64 bits.
final class DecimalSumTests: XCTestCase {
    private let posix = Locale(identifier: "en_US_POSIX")

    private func bits(_ value: Decimal) -> [UInt8] {
        withUnsafeBytes(of: value) { Array($0) }
    }

    private func assertSame(_ values: [Decimal], file: StaticString = #filePath, line: UInt = #line) {
        let expected = values.reduce(Decimal(0), +)
        let sum = DecimalSum.of(values)
        XCTAssertEqual(bits(sum), bits(expected), "\(values) → \(sum), not \(expected)", file: file, line: line)
        XCTAssertEqual(sum.description, expected.description, file: file, line: line)
    }

    private func parsed(_ texts: [String]) -> [Decimal] {
        texts.compactMap { Decimal(string: $0, locale: posix) }
    }

    func testHandPickedSums() {
        for texts in [[], ["1.25"], ["0.00"], ["0.00", "0"], ["1.25", "0.25"], ["1.25", "-1.25"], ["1.25", "-1.25", "3"],
                      ["100", "0.5"], ["10", "20"], ["-3", "5"], ["3", "-5"], ["0.1", "-0.3"], ["99", "1"],
                      ["0.00", "1.50", "2.5"], ["1,5"], ["9223372036854775807", "1"], ["9223372036854775807", "-1"],
                      ["18446744073709551615", "1"], ["1e20", "1"], ["1e-20", "1e20"], ["123456789012345678", "0.1"],
                      ["-0.05", "0.05", "-0.05"], ["1000", "2000", "3000.000"]] {
            assertSame(parsed(texts))
        }
        // The running sum scaled down as smaller exponents come, after cancelling, and past 64 bits.
        for texts in [["1e30", "-1e30", "0.5", "0.5"], ["5e15", "0.001", "-5e15"], ["7", "0.5", "0.25", "0.125"],
                      ["0.125", "0.25", "0.5", "7"], ["1e18", "1e-1", "-1e18"], ["9e18", "1"], ["-9e18", "-1e18"],
                      ["0", "1e-30", "0", "2e-30"], ["1e17", "0.01"], ["1e16", "0.01", "-0.01"]] {
            assertSame(parsed(texts))
        }
        assertSame([Decimal.nan, Decimal(1), Decimal(2)])
        // The common case is added as integers, not handed to Foundation.
        XCTAssertNotNil(DecimalSum.fast(parsed(["1,234.50", "-0.25", "17"].map { $0.replacingOccurrences(of: ",", with: "") })))
        assertSame([Decimal(sign: .plus, exponent: -2, significand: 150), Decimal(sign: .minus, exponent: 1, significand: 3)])
    }

    func testGeneratedSums() {
        // A linear congruential sequence (Knuth's MMIX constants): the same sums every run.
        var state: UInt64 = 2026
        func next(_ bound: UInt64) -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return (state >> 33) % bound
        }
        func amount() -> Decimal {
            switch next(10) {
            case 0: return Decimal(string: ["0", "0.00", "-0", "0.0"][Int(next(4))], locale: posix) ?? 0
            case 1:
                let a = Decimal(sign: .plus, exponent: -Int(next(3)), significand: Decimal(next(100_000)))
                return a * Decimal(sign: .plus, exponent: -Int(next(3)), significand: Decimal(next(1_000)))
            default:
                let digits = Int(next(19)) + 1
                let mantissa = (0..<digits).reduce(UInt64(0)) { total, _ in total &* 10 &+ next(10) }
                return Decimal(sign: next(4) == 0 ? .minus : .plus, exponent: Int(next(7)) - 4,
                               significand: Decimal(mantissa))
            }
        }
        for _ in 0..<10_000 {
            assertSame((0..<Int(next(7))).map { _ in amount() })
        }
        // Wide exponent spreads (-12 ... 12), where the running sum is scaled down and overflows.
        for _ in 0..<10_000 {
            assertSame((0..<Int(next(7))).map { _ in
                Decimal(sign: next(3) == 0 ? .minus : .plus, exponent: Int(next(25)) - 12,
                        significand: Decimal(next(UInt64(10).power(Int(next(8)) + 1))))
            })
        }
    }
}

private extension UInt64 {
    func power(_ exponent: Int) -> UInt64 {
        (0..<exponent).reduce(1) { product, _ in product * self }
    }
}
