import AllotModel
import Foundation

/// How the instances of one relation of a table came out: a relation (a vertical sum, a horizontal
/// identity) is asserted only when the table confirms it, that is when more of its instances are
/// consistent than fail. A table whose sums mostly fail has been misread, not misprinted.
struct RelationTally: Sendable, Hashable {
    /// Instances that hold exactly.
    var holds = 0
    /// Instances that hold only under an alternative reading (a total against all the items below
    /// it when a subtotal is the misprint) or once addends are rounded to the printed precision.
    var holdsOtherwise = 0
    /// Instances that fail under every reading tried.
    var fails = 0

    /// Tallies `outcomes`.
    init(_ outcomes: [Outcome] = []) {
        for outcome in outcomes { add(outcome) }
    }

    /// Instances that were evaluated.
    var count: Int { holds + holdsOtherwise + fails }

    /// True when the table confirms the relation: at least one instance holds exactly (a misread
    /// column or row almost never adds up to the cent by chance), and either a single instance
    /// fails (a lone misprint) or at most one in five does.
    var isConfirmed: Bool {
        guard holds >= 1 else { return false }
        return fails <= 1 ? holds + holdsOtherwise >= fails : fails * 5 <= count
    }

    /// Counts one evaluated instance.
    mutating func add(_ outcome: Outcome) {
        switch outcome {
        case .holds: holds += 1
        case .holdsOtherwise: holdsOtherwise += 1
        case .fails: fails += 1
        }
    }

    /// The result of one instance.
    enum Outcome { case holds, holdsOtherwise, fails }

    /// "3 of 5 hold" for notes.
    var summary: String { "\(holds) of \(count) hold exactly, \(holdsOtherwise) otherwise, \(fails) fail" }
    /// The same in Chinese.
    var summaryZH: String { "\(count) 处中 \(holds) 处完全相符，\(holdsOtherwise) 处在其他读法下相符，\(fails) 处不符" }
}

/// Rounding: a printed sum that differs from its parts only because each was rounded to the
/// table's precision on its own (万元 from 元), or because the parts carry more decimals than it.
enum Rounding {
    /// Decimals printed in an amount's text (2 for 2,946.25).
    static func decimals(_ amount: Amount) -> Int {
        guard let dot = amount.text.firstIndex(of: ".") else { return 0 }
        return amount.text.distance(from: dot, to: amount.text.endIndex) - 1
    }

    /// True when `stated` and the sum of `parts` differ by no more than rounding explains: the
    /// parts rounded to the stated precision sum to it, or (in a table of 万元 or 亿元 printed with
    /// decimals, converted and rounded row by row) the difference is within half a unit of the last printed place per
    /// rounded figure (at most ten).
    static func explains(stated: Amount, parts: [Amount], unit: String) -> Bool {
        let places = decimals(stated)
        let rounded = DecimalSum.of(parts.map { round($0.value, places) })
        if rounded == stated.value, parts.contains(where: { decimals($0) > places }) { return true }
        guard places >= 1, ["万元", "亿元", "千元", "百万元"].contains(unit), !parts.isEmpty else { return false }
        let unitOfLastPlace = Self.unitOfLastPlace(places)
        let difference = stated.value - DecimalSum.of(parts.map(\.value))
        let magnitude = difference < 0 ? -difference : difference
        return magnitude > 0 && magnitude * 2 <= unitOfLastPlace * Decimal(min(parts.count + 1, 10))
    }

    /// 10^-places. Made from its exponent where that is exact (a Decimal division costs about 60K
    /// instructions); divided down, as it always was, for a longer run of printed decimals.
    static func unitOfLastPlace(_ places: Int) -> Decimal {
        if (0...38).contains(places) { return Decimal(sign: .plus, exponent: -places, significand: 1) }
        var unit = Decimal(1)
        for _ in 0..<places { unit /= 10 }
        return unit
    }

    private static func round(_ value: Decimal, _ places: Int) -> Decimal {
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, places, .plain)
        return result
    }
}
