import AllotModel
import Foundation

/// Comparing two printings of one figure: units converted exactly (元, 千元, 万元, 百万元, 亿元), then
/// compared at the precision of the coarser printing. Figures rounded on their own from one exact
/// amount may differ by one unit of their last printed place (a total rounded once against the sum
/// of rounded parts, a text that truncates): such a difference is no evidence of a misprint.
enum PrintedPrecision {
    /// How many 元 one unit is; nil for a unit that is no unit of money.
    static func factor(_ unit: String) -> Decimal? {
        switch unit {
        case "元": 1
        case "千元": 1_000
        case "万元": 10_000
        case "百万元": 1_000_000
        case "亿元": 100_000_000
        default: nil
        }
    }

    /// `value` in `unit` expressed in `target`, exactly; nil when either is no unit of money.
    static func convert(_ value: Decimal, from unit: String, to target: String) -> Decimal? {
        guard let from = factor(unit), let to = factor(target) else { return nil }
        return value * from / to
    }

    /// One unit of the last of `decimals` places (0.01 for 2).
    static func lastPlace(_ decimals: Int) -> Decimal {
        var unit = Decimal(1)
        for _ in 0..<max(0, min(decimals, 12)) { unit /= 10 }
        return unit
    }

    /// `value` rounded half up (or cut) to `decimals` places.
    static func round(_ value: Decimal, _ decimals: Int, _ mode: NSDecimalNumber.RoundingMode = .plain) -> Decimal {
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, max(0, min(decimals, 12)), mode)
        return result
    }

    /// How a printed figure compares with an exact value in the same unit.
    enum Outcome: Equatable {
        /// Equal once rounded or truncated to the printed places.
        case agrees
        /// Off by at most one unit of the last printed place: separate rounding, not evidence.
        case withinRounding
        /// Different.
        case differs
    }

    /// `printed` (with `decimals` places) against `exact`.
    static func compare(printed: Decimal, decimals: Int, exact: Decimal) -> Outcome {
        if round(exact, decimals) == printed { return .agrees }
        let cut = exact < 0 ? round(exact, decimals, .up) : round(exact, decimals, .down)
        if cut == printed { return .agrees }
        let difference = printed - round(exact, decimals)
        return (difference < 0 ? -difference : difference) <= lastPlace(decimals) ? .withinRounding : .differs
    }

    /// Decimals printed in an amount's text.
    static func decimals(_ amount: Amount) -> Int { Rounding.decimals(amount) }
}
