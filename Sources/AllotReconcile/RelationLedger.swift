import AllotModel
import Foundation

/// Every instance of every relation a table was checked by, as the dataset's `relations` table
/// records it: what was summed, what came out, and for what was not checked, why. The statuses
/// follow the findings exactly: an instance `fails` only where the relation gate lets a finding
/// stand (a confirmed relation, no rounding explanation), and is `not_checked` where the gate, a
/// gap or a blank sum cell sets it aside.
struct RelationLedger {
    let table: AllocationTable
    private let children: Parts
    private let completeness: Completeness
    private let gate: RelationGate

    init(_ table: AllocationTable) {
        let children = Reconciler.parts(table)
        let completeness = Completeness(table)
        self.init(table, children: children, completeness: completeness,
                  gate: RelationGate(table: table, children: children, skipped: completeness.uncheckable))
    }

    /// The ledger of `table` from its parts, gaps and gate, already worked out.
    init(_ table: AllocationTable, children: Parts, completeness: Completeness, gate: RelationGate) {
        self.table = table
        self.children = children
        self.completeness = completeness
        self.gate = gate
    }

    /// Vertical sums row by row, then 其中 breakdowns, row identities and a two-sided table's balance.
    func checks() -> [RelationCheck] {
        vertical() + breakdowns() + horizontal() + balance()
    }

    private struct Key: Hashable {
        let row: Int
        let column: Int
    }

    private func vertical() -> [RelationCheck] {
        let open = gate.open
        let instances = gate.verticalSums
        let tally = gate.vertical
        let checked = Dictionary(instances.map { (Key(row: $0.row.number, column: $0.column), $0) }) { first, _ in first }
        var result: [RelationCheck] = []
        for row in table.rows {
            guard let parts = children[row.number], !parts.isEmpty else { continue }
            let kind = Self.kind(of: parts)
            for column in table.amountColumns.indices {
                guard parts.contains(where: { gate.amount($0, column) != nil }) else { continue }
                if let instance = checked[Key(row: row.number, column: column)] {
                    result.append(check(instance, kind: kind, tally: tally, what: "vertical sums"))
                    continue
                }
                let reason = completeness.uncheckable.contains(row.number)
                    ? "next to a part of the table that may be missing"
                    : open.rows.contains(row.number) ? open.reason : "sum cell printed blank (empty is not zero)"
                let partRows = parts.compactMap { gate.amount($0, column) == nil ? nil : $0.number }
                result.append(unchecked(row, kind: kind, column: column, partRows: partRows,
                                        partColumns: [column], reason: reason))
            }
        }
        return result
    }

    /// A 其中 row breaks the row above down: its parts may not add up to more than the row.
    private func breakdowns() -> [RelationCheck] {
        let parts = Dictionary(grouping: table.rows.filter { $0.parent != nil && $0.hierarchySignal == .breakdown }) {
            $0.parent ?? 0
        }
        var result: [RelationCheck] = []
        for row in table.rows {
            guard let lines = parts[row.number], !lines.isEmpty else { continue }
            for column in table.amountColumns.indices {
                let present = lines.filter { gate.amount($0, column) != nil }
                guard !present.isEmpty else { continue }
                let computed = DecimalSum.of(present.compactMap { gate.amount($0, column)?.value })
                guard let stated = gate.amount(row, column) else {
                    result.append(unchecked(row, kind: .breakdown, column: column, partRows: present.map(\.number),
                                            partColumns: [column], reason: "row printed blank (empty is not zero)"))
                    continue
                }
                let within = computed <= stated.value
                result.append(RelationCheck(
                    table: table.index, kind: .breakdown, row: row.number, page: row.page, name: row.name,
                    column: column, columnName: table.amountColumns[column].name, partRows: present.map(\.number),
                    partColumns: [column], stated: stated.value, computed: computed, status: within ? .holds : .notChecked,
                    reason: within ? (computed == stated.value ? "" : "其中 rows cover part of the row")
                        : "其中 rows add up to more than the row they break down; no rule reports this"))
            }
        }
        return result
    }

    private func horizontal() -> [RelationCheck] {
        let instances = gate.horizontalSums
        let tally = gate.horizontal
        let checked = Dictionary(instances.map { (Key(row: $0.row.number, column: $0.column), $0) }) { first, _ in first }
        var result: [RelationCheck] = []
        for relation in HorizontalIdentity.relations(table) {
            for row in table.rows {
                let present = relation.parts.filter { gate.amount(row, $0) != nil }
                guard !present.isEmpty else { continue }
                if let instance = checked[Key(row: row.number, column: relation.total)] {
                    result.append(check(instance, kind: .horizontal, tally: tally, what: "row identities"))
                } else {
                    result.append(unchecked(row, kind: .horizontal, column: relation.total, partRows: [row.number],
                                            partColumns: present, reason: "sum cell printed blank (empty is not zero)"))
                }
            }
        }
        return result
    }

    private func balance() -> [RelationCheck] {
        guard let (income, spending) = BalanceCheck.totals(table, children: children) else { return [] }
        let confirmed = gate.vertical.isConfirmed
        let status: RelationCheck.Status = !confirmed ? .notChecked : income.value == spending.value ? .holds : .fails
        return [RelationCheck(table: table.index, kind: .balance, row: spending.row.number, page: spending.row.page,
                              name: spending.row.name, column: spending.column,
                              columnName: table.amountColumns[spending.column].name, partRows: [income.row.number],
                              partColumns: [income.column], stated: spending.value, computed: income.value,
                              status: status, reason: confirmed ? "" : "the sides' own sums are not confirmed")]
    }

    /// The status the gate gives an evaluated instance.
    private func check(_ instance: SumInstance, kind: RelationCheck.Kind, tally: RelationTally, what: String)
        -> RelationCheck {
        let status: RelationCheck.Status
        var reason = ""
        if instance.outcome == .holds {
            status = .holds
        } else if !tally.isConfirmed {
            status = .notChecked
            reason = "\(what) not confirmed by the table: \(tally.summary)"
        } else if Rounding.explains(stated: instance.stated, parts: instance.parts, unit: table.unit) {
            status = .rounding
        } else {
            status = .fails
        }
        let row = instance.row
        return RelationCheck(table: table.index, kind: kind, row: row.number, page: row.page, name: row.name,
                             column: instance.column, columnName: table.amountColumns[instance.column].name,
                             partRows: instance.partRows, partColumns: instance.partColumns,
                             stated: instance.stated.value, computed: instance.computed, status: status, reason: reason)
    }

    private func unchecked(_ row: AllocationRow, kind: RelationCheck.Kind, column: Int, partRows: [Int],
                           partColumns: [Int], reason: String) -> RelationCheck {
        let computed = kind == .horizontal
            ? DecimalSum.of(partColumns.compactMap { gate.amount(row, $0)?.value })
            : DecimalSum.of(table.rows.filter { partRows.contains($0.number) }.compactMap { gate.amount($0, column)?.value })
        return RelationCheck(table: table.index, kind: kind, row: row.number, page: row.page, name: row.name,
                             column: column, columnName: table.amountColumns[column].name, partRows: partRows,
                             partColumns: partColumns, stated: gate.amount(row, column)?.value, computed: computed,
                             status: .notChecked, reason: reason)
    }

    /// The vertical relation a parent's parts were placed by.
    private static func kind(of parts: PartRows) -> RelationCheck.Kind {
        switch parts.first?.hierarchySignal {
        case .code: .verticalCode
        case .numbering: .verticalNumbering
        case .indentation: .verticalIndentation
        case .label, .breakdown, nil: .verticalLabel
        }
    }
}

extension Reconciler {
    /// Every instance of every relation the table was checked by, with how it came out (the
    /// dataset's `relations`).
    public func relationChecks(_ table: AllocationTable) -> [RelationCheck] {
        RelationLedger(table).checks()
    }
}
