import AllotModel
import Foundation

/// Keeps an arithmetic finding only when the table itself confirms the relation it comes from
/// (precision first: a finding claims that a government printed a wrong number). Per table, the
/// vertical sums (parents against their parts) and the horizontal identities (合计 = 基本支出 +
/// 项目支出 within a row) are each tallied over every instance; a relation whose instances mostly
/// fail has been misread, and its findings become one `structure_unrecognized` note. A mismatch
/// that rounding explains becomes a `rounding` note. Sums that `Completeness` cannot check, and
/// those above coded rows printed without their parent code or at the open end of a coded table
/// (`openSums`), are left out of the tally.
struct RelationGate {
    let table: AllocationTable
    /// Rows by the number of their parent, breakdowns (其中) left out.
    let children: Parts
    /// Sum rows not checked (next to a gap in the table).
    let skipped: Set<Int>
    /// Sums whose parts are not all in the table, and why (`openSums()`), computed once.
    private(set) var open: (rows: Set<Int>, reason: String, reasonZH: String) = ([], "", "")
    /// The vertical sums' tally, open sums left out, computed once.
    private(set) var vertical = RelationTally()
    /// The row identities' tally, computed once.
    private(set) var horizontal = RelationTally()
    /// The instances of the vertical tally (`verticalInstances(open: open.rows)`), kept for the ledger.
    private(set) var verticalSums: [SumInstance] = []
    /// The instances of the horizontal tally (`horizontalInstances()`), kept for the ledger.
    private(set) var horizontalSums: [SumInstance] = []

    /// The gate of `table`: its open sums, both tallies and their instances are computed here, once:
    /// every parent against its parts in every amount column (exact, otherwise: a total against all
    /// the items below it, rounding; or failing), and every row identity of the header on every row.
    init(table: AllocationTable, children: Parts, skipped: Set<Int> = []) {
        self.table = table
        self.children = children
        self.skipped = skipped
        open = openSums()
        verticalSums = verticalInstances(open: open.rows)
        horizontalSums = horizontalInstances()
        vertical = RelationTally(verticalSums.map(\.outcome))
        horizontal = RelationTally(horizontalSums.map(\.outcome))
    }

    /// The findings that stand, and the notes that replace the others.
    func filter(_ arithmetic: [Finding]) -> [Finding] {
        var result: [Finding] = []
        var openSkipped = 0
        var dropped: [Bool: Int] = [:]
        for finding in arithmetic {
            // Empty is not zero: a blank printed sum has no value to compare.
            guard finding.stated != nil else { continue }
            let isVertical = finding.check == .subtotal || finding.check == .total
            if isVertical, open.rows.contains(finding.row) {
                openSkipped += 1
                continue
            }
            guard (isVertical ? vertical : horizontal).isConfirmed else {
                dropped[isVertical, default: 0] += 1
                continue
            }
            if explainedByRounding(finding) {
                result.append(Finding(.rounding, table: table.index, row: finding.row, page: finding.page,
                                      name: finding.name, column: finding.column, stated: finding.stated,
                                      computed: finding.computed, [.reason: table.unit.isEmpty ? "no unit" : table.unit,
                                       .reasonZH: table.unit.isEmpty ? "无单位" : table.unit]))
                continue
            }
            result.append(finding)
        }
        if let count = dropped[true] {
            result.append(note(.structureUnrecognized, "vertical sums not asserted: parents against their parts (by "
                + "\(signals())) \(vertical.summary); \(count) mismatch(es) taken for a misreading of the table, not reported",
                zh: "未认定纵向合计关系：上级行与其组成部分（依据\(signalsZH())）\(vertical.summaryZH)；"
                    + "\(count) 处不符视为本工具对表格的误读，不作报告"))
        }
        if let count = dropped[false] {
            result.append(note(.structureUnrecognized, "row identities not asserted: the sum column against its parts "
                + "\(horizontal.summary); \(count) mismatch(es) taken for a misreading of the table, not reported",
                zh: "未认定行内合计关系：合计列与其组成列 \(horizontal.summaryZH)；\(count) 处不符视为本工具对表格的误读，不作报告"))
        }
        if !open.reason.isEmpty {
            result.append(note(.incompleteTable, open.reason + (openSkipped > 0 ? " (\(openSkipped) mismatch(es) skipped)" : ""),
                               zh: open.reasonZH + (openSkipped > 0 ? "（略过 \(openSkipped) 处不符）" : "")))
        }
        return result
    }

    // MARK: - Tallies

    /// The instances the vertical tally counts: each parent with printed parts, in each column
    /// where it has a printed value, sums next to a gap and open sums left out.
    func verticalInstances(open: Set<Int> = []) -> [SumInstance] {
        var result: [SumInstance] = []
        for row in table.rows {
            guard let parts = children[row.number], !parts.isEmpty, !skipped.contains(row.number),
                  !open.contains(row.number) else { continue }
            for column in table.amountColumns.indices {
                guard let stated = amount(row, column) else { continue }
                // the printed parts' numbers and amounts, not copies of their rows (a total over
                // 100,000 rows copied them whole, about 250 bytes a row, for each column)
                var partRows: [Int] = [], values: [Decimal] = []
                partRows.reserveCapacity(parts.count)
                values.reserveCapacity(parts.count)
                for part in parts {
                    guard let amount = amount(part, column) else { continue }
                    partRows.append(part.number)
                    values.append(amount.value)
                }
                guard !partRows.isEmpty else { continue }
                let computed = DecimalSum.of(values)
                values = []
                // the parts' amounts only for a sum that does not hold: rounding may explain it
                let amounts = computed == stated.value ? [] : parts.compactMap { amount($0, column) }
                let outcome: RelationTally.Outcome
                if computed == stated.value {
                    outcome = .holds
                } else if Rounding.explains(stated: stated, parts: amounts, unit: table.unit)
                    || leafSum(under: row, column) == stated.value {
                    outcome = .holdsOtherwise
                } else {
                    outcome = .fails
                }
                result.append(SumInstance(row: row, column: column, partRows: partRows,
                                          partColumns: [column], stated: stated,
                                          parts: amounts, computed: computed,
                                          outcome: outcome))
            }
        }
        return result
    }

    /// The instances the horizontal tally counts: each row identity on each row where its sum cell
    /// and at least one part are printed.
    func horizontalInstances() -> [SumInstance] {
        var result: [SumInstance] = []
        for relation in HorizontalIdentity.relations(table) {
            for row in table.rows {
                guard let stated = amount(row, relation.total) else { continue }
                let columns = relation.parts.filter { amount(row, $0) != nil }
                guard !columns.isEmpty else { continue }
                let amounts = columns.compactMap { amount(row, $0) }
                let computed = DecimalSum.of(amounts.map(\.value))
                let outcome: RelationTally.Outcome = computed == stated.value ? .holds
                    : Rounding.explains(stated: stated, parts: amounts, unit: table.unit) ? .holdsOtherwise : .fails
                result.append(SumInstance(row: row, column: relation.total, partRows: [row.number],
                                          partColumns: columns, stated: stated, parts: amounts, computed: computed,
                                          outcome: outcome))
            }
        }
        return result
    }

    /// The sum of the leaves (rows without parts) below a row, nil when it has no grandchildren.
    private func leafSum(under row: AllocationRow, _ column: Int) -> Decimal? {
        var leaves: [AllocationRow] = []
        var frontier = Array(children[row.number] ?? [])
        var deeper = false
        var steps = 0
        while let next = frontier.popLast(), steps < table.rows.count {
            steps += 1
            if let below = children[next.number], !below.isEmpty {
                deeper = true
                frontier += below
            } else {
                leaves.append(next)
            }
        }
        guard deeper else { return nil }
        return DecimalSum.of(leaves.compactMap { amount($0, column)?.value })
    }

    // MARK: - Rounding, open sums

    private func explainedByRounding(_ finding: Finding) -> Bool {
        // Both halves of a two-sided table may name their columns alike (决算数 | 决算数): the
        // finding's column is the one of that name where its row has a value.
        guard let row = table.rows.first(where: { $0.number == finding.row }),
              let column = table.amountColumns.indices.first(where: {
                  table.amountColumns[$0].name == finding.column && amount(row, $0) != nil
              }),
              let stated = amount(row, column) else { return false }
        if finding.check == .subtotal || finding.check == .total {
            let parts = (children[row.number] ?? []).compactMap { amount($0, column) }
            return Rounding.explains(stated: stated, parts: parts, unit: table.unit)
        }
        for relation in HorizontalIdentity.relations(table) where relation.total == column {
            let parts = relation.parts.compactMap { amount(row, $0) }
            if Rounding.explains(stated: stated, parts: parts, unit: table.unit) { return true }
        }
        return false
    }

    /// Sums whose parts are not all in the table: the totals, when a 款 or 项 stands without the
    /// row of its parent code (the table starts inside a group, continued from a page break); and
    /// the ancestors of the last row of a coded table that ends without a total (cut off).
    private func openSums() -> (rows: Set<Int>, reason: String, reasonZH: String) {
        var rows: Set<Int> = []
        var reasons: [String] = []
        var reasonsZH: [String] = []
        let orphans = table.rows.filter { $0.code.count > 3 && $0.parent == nil }
        if let orphan = orphans.first {
            rows.formUnion(table.rows.filter { $0.level == .total }.map(\.number))
            reasons.append("\(orphans.count) coded row(s) stand without the row of their parent code "
                + "(first: \(orphan.code) \(orphan.name))")
            reasonsZH.append("\(orphans.count) 个有编码的行没有其上级编码的行（首个：\(orphan.code) \(orphan.name)）")
        }
        if !table.rows.contains(where: { $0.level == .total }), let last = table.rows.last, !last.code.isEmpty {
            var parent = last.parent
            var steps = 0
            while let current = parent, steps < table.rows.count {
                rows.insert(current)
                parent = table.rows.first { $0.number == current }?.parent
                steps += 1
            }
            reasons.append("it ends without a total after \(last.code) \(last.name), whose group may go on elsewhere")
            reasonsZH.append("表格在 \(last.code) \(last.name) 之后结束，没有合计行，该组可能在别处延续")
        }
        return (rows, reasons.joined(separator: "; "), reasonsZH.joined(separator: "；"))
    }

    func amount(_ row: AllocationRow, _ column: Int) -> Amount? {
        row.rowAmounts[column]
    }

    /// The hierarchy signals of the table's rows, for the note.
    /// The signals the table's hierarchy was read by, by name ("code, label"), or "labels" for none.
    func signals() -> String {
        let names = HierarchySignal.used(in: table.rows).map(\.rawValue)
        return names.isEmpty ? "labels" : names.joined(separator: ", ")
    }

    /// `signals()` in Chinese, in the same order (the data package's words for `hierarchy_signal`).
    private func signalsZH() -> String {
        let signals = HierarchySignal.used(in: table.rows)
        guard !signals.isEmpty else { return HierarchySignal.label.nameZH }
        return signals.map(\.nameZH).joined(separator: "、")
    }

    private func note(_ check: Check, _ reason: String, zh reasonZH: String) -> Finding {
        Finding(check, table: table.index, page: table.rows.first?.page ?? 0, [.reason: reason, .reasonZH: reasonZH])
    }
}
