import AllotModel
import Foundation

/// Checks a table's arithmetic: every printed total and subtotal against the exact sum of its
/// parts, and cross-footed columns. Never changes a printed value; only reports.
public struct Reconciler: Sendable {
    /// Creates a reconciler.
    public init() {}

    /// Rows next to a part of the table that may be missing: the total and the subtotals whose
    /// groups touch a gap, and the items under them. Their sums are not checked, and where they
    /// stand in the hierarchy is no evidence either (an item under the wrong subtotal because the
    /// right one was lost).
    public func rowsNextToGaps(_ table: AllocationTable) -> Set<Int> {
        let sums = Completeness(table).uncheckable
        let subtotals = sums.filter { number in table.rows.contains { $0.number == number && $0.level == .subtotal } }
        return sums.union(table.rows.filter { $0.parent.map(subtotals.contains) ?? false }.map(\.number))
    }

    /// All findings of a table: its shape and completeness, then each amount column's sums (those
    /// next to a gap skipped), then cross-footing (the notice puts them in report order).
    public func check(_ table: AllocationTable) -> [Finding] {
        let completeness = Completeness(table)
        var findings = StructureCheck.findings(table) + completeness.notes(table: table.index)
        let children = Dictionary(grouping: table.rows.filter { $0.parent != nil }) { $0.parent ?? 0 }
        for column in table.amountColumns.indices {
            findings += SumCheck(table: table, column: column, children: children,
                                 skipped: completeness.uncheckable).findings()
        }
        findings += CrossfootCheck.findings(table)
        return findings
    }
}
