import AllotModel
import Foundation

/// Checks a table's arithmetic: every printed total and subtotal against the exact sum of its
/// parts, and the row identities of its header. Never changes a printed value; only reports, and
/// only what the table confirms (`RelationGate`).
public struct Reconciler: Sendable {
    /// Creates a reconciler.
    public init() {}

    /// Rows next to a part of the table that may be missing: the total and the subtotals whose
    /// groups touch a gap, and the items under them. Their sums are not checked, and where they
    /// stand in the hierarchy is no evidence either (an item under the wrong subtotal because the
    /// right one was lost).
    public func rowsNextToGaps(_ table: AllocationTable) -> Set<Int> {
        rowsNextToGaps(table, completeness: Completeness(table))
    }

    private func rowsNextToGaps(_ table: AllocationTable, completeness: Completeness) -> Set<Int> {
        let sums = completeness.uncheckable
        let subtotals = sums.filter { number in table.rows.contains { $0.number == number && $0.level == .subtotal } }
        return sums.union(table.rows.filter { $0.parent.map(subtotals.contains) ?? false }.map(\.number))
    }

    /// All findings of a table: its shape and completeness, then the sums and row identities the
    /// table confirms (those next to a gap skipped), then a two-sided table's balance (the notice
    /// puts them in report order).
    public func check(_ table: AllocationTable) -> [Finding] {
        let completeness = Completeness(table)
        let children = Self.parts(table)
        return check(table, children: children, completeness: completeness,
                     gate: RelationGate(table: table, children: children, skipped: completeness.uncheckable))
    }

    /// What `relations`, `relationChecks`, `rowsNextToGaps` and `check` give `table`, from one
    /// evaluation of its parts, gaps and relation gate (each of them alone works all three out again).
    public func reconcile(_ table: AllocationTable) -> Reconciliation {
        let completeness = Completeness(table)
        let children = Self.parts(table)
        let gate = RelationGate(table: table, children: children, skipped: completeness.uncheckable)
        return Reconciliation(
            relations: relations(table, gate: gate),
            relationChecks: RelationLedger(table, children: children, completeness: completeness, gate: gate).checks(),
            rowsNextToGaps: rowsNextToGaps(table, completeness: completeness),
            findings: check(table, children: children, completeness: completeness, gate: gate),
            confirmsRelations: ConfirmedTables.confirms(gate))
    }

    private func check(_ table: AllocationTable, children: Parts, completeness: Completeness,
                       gate: RelationGate) -> [Finding] {
        let vertical = gate.vertical
        var findings = StructureCheck.findings(table, hierarchyVouched: vertical.count == 0 || vertical.isConfirmed)
            + completeness.notes(table: table.index)
        let arithmetic = failingSums(table, children: children, completeness: completeness)
        findings += gate.filter(arithmetic)
        findings += BalanceCheck.findings(table, children: children, confirmed: gate.vertical.isConfirmed)
        return findings
    }

    /// Every sum and row identity of the table that fails, before the relation gate decides which
    /// of them the table confirms. For re-reading cells (OCR): a reading that breaks more sums must
    /// not pass for one that breaks none because the gate then sets the whole relation aside.
    public func failingSums(_ table: AllocationTable) -> [Finding] {
        failingSums(table, children: Self.parts(table), completeness: Completeness(table))
    }

    private func failingSums(_ table: AllocationTable, children: Parts, completeness: Completeness) -> [Finding] {
        var arithmetic: [Finding] = []
        for column in table.amountColumns.indices {
            arithmetic += SumCheck(table: table, column: column, children: children,
                                   skipped: completeness.uncheckable).findings()
        }
        return arithmetic + CrossfootCheck.findings(table)
    }

    /// The relations the table was checked by and how their instances came out, one line each
    /// ("vertical sums by code, label: 54 of 54 hold exactly …", "row identities 合计 = 基本支出 +
    /// 项目支出: …"), with whether the table confirms them.
    public func relations(_ table: AllocationTable) -> [String] {
        relations(table, gate: RelationGate(table: table, children: Self.parts(table),
                                            skipped: Completeness(table).uncheckable))
    }

    private func relations(_ table: AllocationTable, gate: RelationGate) -> [String] {
        var lines: [String] = []
        let vertical = gate.vertical
        if vertical.count > 0 {
            lines.append("vertical sums by \(gate.signals()): \(vertical.summary)"
                         + (vertical.isConfirmed ? ", confirmed" : ", not confirmed"))
        }
        let horizontal = gate.horizontal
        if horizontal.count > 0 {
            let names = HorizontalIdentity.relations(table).map { relation in
                let named = HorizontalIdentity.names(relation, table.amountColumns)
                return named.total + " = " + named.parts.joined(separator: " + ")
            }.joined(separator: "; ")
            lines.append("row identities \(names): \(horizontal.summary)"
                         + (horizontal.isConfirmed ? ", confirmed" : ", not confirmed"))
        }
        return lines
    }

    /// Rows by the number of their parent. A 其中 row breaks the row above down; it is not one of
    /// the parts that row sums. A heading printed blank (a prefecture over its counties without a
    /// subtotal) sums nothing itself: it is no part, and its rows are parts of the sum above it.
    static func parts(_ table: AllocationTable) -> Parts {
        var headings: [Int: Int?] = [:]
        for row in table.rows where row.level == .group && row.amounts.allSatisfy({ $0 == nil }) {
            headings[row.number] = row.parent
        }
        guard !headings.isEmpty else {
            return grouped(table.rows) { $0.hierarchySignal != .breakdown ? $0.parent : nil }
        }
        // The first parent above a row that is no blank heading (headings nest a few levels at most).
        func sum(above parent: Int) -> Int? {
            var current = parent
            for _ in 0..<headings.count {
                guard let up = headings[current] else { return current }
                guard let next = up else { return nil }
                current = next
            }
            return nil
        }
        return grouped(table.rows) { row in
            guard row.hierarchySignal != .breakdown, headings[row.number] == nil, let parent = row.parent else { return nil }
            return sum(above: parent)
        }
    }

    /// `rows` by `key` (those without one left out), in order, as positions in `rows` held at their
    /// count: grouped as `Dictionary(grouping:)` over a filtered copy, a table's one total over
    /// 100,000 rows held its rows three times over at the most (the copy, the group, its slack).
    private static func grouped(_ rows: [AllocationRow], by key: (AllocationRow) -> Int?) -> Parts {
        var counts: [Int: Int] = [:]
        for row in rows {
            if let group = key(row) { counts[group, default: 0] += 1 }
        }
        var positions: [Int: [Int32]] = [:]
        positions.reserveCapacity(counts.count)
        for (group, count) in counts {
            var members: [Int32] = []
            members.reserveCapacity(count)
            positions[group] = members
        }
        for (position, row) in rows.enumerated() {
            if let group = key(row), let index = Int32(exactly: position) { positions[group]?.append(index) }
        }
        return positions.mapValues { PartRows(rows: rows, positions: $0) }
    }
}
