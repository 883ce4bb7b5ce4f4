import Foundation

/// The exact sum of amounts, the Decimal `reduce(Decimal(0), +)` gives, bit for bit, added as
/// 64-bit integers at the smallest exponent (Foundation's Decimal addition costs about 3K
/// instructions; the reconcile and normalize stages add every part of every sum).
public enum DecimalSum {
    /// `values.reduce(Decimal(0), +)`. Foundation adds whenever the fast path cannot: fewer than two
    /// non-zero terms (a lone term or a zero comes back as it is), NaN, a mantissa over 63 bits, or
    /// an exponent spread or sum that overflows 64 bits.
    public static func of(_ values: [Decimal]) -> Decimal {
        fast(values) ?? values.reduce(Decimal(0), +)
    }

    static func fast(_ values: [Decimal]) -> Decimal? {
        guard values.count >= 2, let (integers, exponent) = scaledTerms(values),
              integers.lazy.filter({ $0 != 0 }).count >= 2 else { return nil }
        var sum: Int64 = 0
        for term in integers {
            let (total, overflow) = sum.addingReportingOverflow(term)
            guard !overflow else { return nil }
            sum = total
        }
        // Foundation's sum is compact (trailing zeros dropped), as this initializer makes it; zero
        // is the empty Decimal.
        guard sum != 0 else { return Decimal() }
        return Decimal(sign: sum < 0 ? .minus : .plus, exponent: exponent, significand: Decimal(sum.magnitude))
    }

    /// Each value as a 64-bit integer at one exponent (the smallest among the values not zero):
    /// the exact value of each, so equal values give equal integers and the integers' sum is the
    /// sum's; nil when the layout is unknown, a value is NaN, a mantissa needs more than 63 bits or
    /// scaling overflows.
    public static func scaled(_ values: [Decimal]) -> [Int64]? {
        scaledTerms(values)?.integers
    }

    /// `scaled` and the exponent the integers are at (`Int.max` when every value is zero).
    private static func scaledTerms(_ values: [Decimal]) -> (integers: [Int64], exponent: Int)? {
        guard DecimalText.layoutIsKnown else { return nil }
        var terms: [DecimalText.Parts] = []
        terms.reserveCapacity(values.count)
        var smallest = Int.max
        for value in values {
            guard !value.isNaN, let parts = DecimalText.Parts(value), parts.mantissa <= UInt64(Int64.max) else { return nil }
            terms.append(parts)
            if parts.mantissa != 0 { smallest = min(smallest, parts.exponent) }
        }
        var result: [Int64] = []
        result.reserveCapacity(terms.count)
        for term in terms {
            var scaled = Int64(term.mantissa)
            if scaled != 0 {
                for _ in 0..<(term.exponent - smallest) {
                    let (product, overflow) = scaled.multipliedReportingOverflow(by: 10)
                    guard !overflow else { return nil }
                    scaled = product
                }
            }
            result.append(term.negative ? -scaled : scaled)
        }
        return (result, smallest)
    }
}
