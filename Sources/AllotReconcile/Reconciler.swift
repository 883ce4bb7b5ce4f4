import AllotModel
import Foundation

/// Checks a table's arithmetic: every printed total and subtotal against the exact sum of its
/// parts, and cross-footed columns. Never changes a printed value; only reports.
public struct Reconciler: Sendable {
    /// Creates a reconciler.
    public init() {}

    /// All findings of a table: its shape, then each amount column's sums, then cross-footing
    /// (the notice puts them in report order).
    public func check(_ table: AllocationTable) -> [Finding] {
        var findings = StructureCheck.findings(table)
        let children = Dictionary(grouping: table.rows.filter { $0.parent != nil }) { $0.parent ?? 0 }
        for column in table.amountColumns.indices {
            findings += SumCheck(table: table, column: column, children: children).findings()
        }
        findings += CrossfootCheck.findings(table)
        return findings
    }
}
