import Foundation
import AllotModel

/// A table that prints its total first and then another grand total further down holds two
/// tables' rows (a second table read as the first one's continuation: its rows, then its own
/// 合计). Which rows the first total sums is then settled by the sums themselves: the first total
/// takes the run of its rows that adds up to it; the rest go to the second total when they add up
/// to it, and are otherwise left unplaced (no sum over them is checked) rather than counted into
/// a total they do not belong to.
enum SecondTotal {
    /// What becomes of the rows `run` (in order) that were read under `first` once `second`, a
    /// later grand total, is met: nil when nothing changes (the first total holds over all of
    /// them, or neither total holds over a part of them), else the rows that leave `first` and
    /// whether `second` takes them (true: the last rows of the run, two or more, add up to it) or they stay
    /// unplaced (false: the first rows add up to `first`, the rest to no total).
    static func split(_ rows: [RowHierarchy.Row], first: Int, second: Int, run: [Int]) -> (moved: ArraySlice<Int>, toSecond: Bool)? {
        guard run.count >= 2, !holds(rows[first], run[...], rows) else { return nil }
        // One row equal to a total is weak evidence (a lone item beside its heading): two at least.
        if let taken = longestHolding(rows[second], Array(run.reversed()), rows), taken >= 2 {
            return (run[(run.count - taken)...], true)
        }
        guard let kept = longestHolding(rows[first], run, rows) else { return nil }
        return (run[kept...], false)
    }

    /// The length of the longest run `parts[0..<k]`, `0 < k < parts.count`, that adds up to
    /// `total`: one running tally, linear in the parts.
    private static func longestHolding(_ total: RowHierarchy.Row, _ parts: [Int], _ rows: [RowHierarchy.Row]) -> Int? {
        var tally = Tally(columns: total.amounts.count)
        var longest: Int?
        for (count, index) in parts.dropLast().enumerated() {
            tally.add(rows[index])
            if tally.agrees(with: total) { longest = count + 1 }
        }
        return longest
    }

    /// True when every amount printed on `total` (at least one) is the sum of the parts'.
    static func holds(_ total: RowHierarchy.Row, _ parts: ArraySlice<Int>, _ rows: [RowHierarchy.Row]) -> Bool {
        var tally = Tally(columns: total.amounts.count)
        for index in parts { tally.add(rows[index]) }
        return tally.agrees(with: total)
    }

    /// The parts added so far: per column their sum and the finest printed place among them.
    private struct Tally {
        var sums: [Decimal]
        /// Per column, the smallest exponent of a printed part (0 when none is finer).
        var exponents: [Int]
        var count = 0

        init(columns: Int) {
            sums = Array(repeating: 0, count: columns)
            exponents = Array(repeating: 0, count: columns)
        }

        mutating func add(_ row: RowHierarchy.Row) {
            count += 1
            for column in sums.indices where row.amounts.indices.contains(column) {
                guard let amount = row.amounts[column] else { continue }
                sums[column] += amount
                exponents[column] = min(exponents[column], amount.exponent)
            }
        }

        /// True when every amount printed on `total` (at least one) equals the column's sum, within
        /// the rounding of the parts (half a unit of the last printed digit a part: 万元 kept in 元
        /// and rounded row by row add up to a few 0.01 off).
        func agrees(with total: RowHierarchy.Row) -> Bool {
            var compared = false
            for (column, printed) in total.amounts.enumerated() {
                guard let printed, sums.indices.contains(column) else { continue }
                let exponent = min(printed.exponent, exponents[column])
                let tolerance = Decimal(count) * Decimal(sign: .plus, exponent: exponent, significand: 5) / 10
                guard abs(sums[column] - printed) <= tolerance else { return false }
                compared = true
            }
            return compared
        }
    }
}
