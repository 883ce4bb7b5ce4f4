import AllotModel
import Foundation

/// Subtotals against their items and the total against its children, for one amount column.
struct SumCheck {
    let table: AllocationTable
    let column: Int
    /// Rows by the number of their parent, grouped once per table.
    let children: Parts
    /// Rows whose sums depend on a part of the table that may be missing: not checked.
    var skipped: Set<Int> = []

    private var columnName: String { table.amountColumns[column].name }

    func findings() -> [Finding] {
        var result: [Finding] = []
        for row in table.rows where (row.level == .total || row.level == .subtotal) && !skipped.contains(row.number) {
            let parts = children[row.number] ?? []
            guard !parts.isEmpty else { continue }
            if let finding = compare(row, parts: parts) { result.append(finding) }
        }
        return result
    }

    private func amount(_ row: AllocationRow) -> Decimal? {
        row.rowAmounts[column]?.value
    }

    private func compare(_ row: AllocationRow, parts: PartRows) -> Finding? {
        // The parts' amounts in an array of their exact size (a total over 100,000 rows: 2 MB, where
        // `compactMap`'s doubling made 3.9); the parts printed empty are listed only for a finding.
        var present: [Decimal] = []
        present.reserveCapacity(parts.count)
        for part in parts {
            if let value = amount(part) { present.append(value) }
        }
        let computed = DecimalSum.of(present)
        guard let stated = amount(row) else {
            guard !present.isEmpty, computed != 0 else { return nil }
            return finding(row, stated: nil, computed: computed, detail: ("", ""))
        }
        guard stated != computed else { return nil }
        var detail = (en: "", zh: "")
        let blanks = parts.filter { amount($0) == nil }
        if !blanks.isEmpty {
            let names = blanks.map(\.name).joined(separator: "、")
            detail.en += "; \(blanks.count) part(s) printed empty: " + names
            detail.zh += "；\(blanks.count) 个组成部分印刷为空：" + names
        }
        if row.level == .total, let diagnosis = diagnosis(row, stated: stated, computed: computed) {
            detail.en += diagnosis.en
            detail.zh += diagnosis.zh
        }
        return finding(row, stated: stated, computed: computed, detail: detail)
    }

    /// Tells which printed cell is the likely typo: the total, or one of the subtotals (English, Chinese).
    private func diagnosis(_ total: AllocationRow, stated: Decimal, computed: Decimal) -> (en: String, zh: String)? {
        let items = descendants(of: total).filter { $0.level == .item }
        let itemSum = DecimalSum.of(items.compactMap(amount))
        let hasSubtotals = table.rows.contains { $0.level == .subtotal && $0.parent == total.number }
        guard hasSubtotals else { return nil }
        if stated == itemSum {
            return ("; it agrees with the sum of all items (\(itemSum)), so a printed subtotal is the likely error",
                    "；合计与全部明细之和（\(itemSum)）相符，印错的可能是某个小计")
        }
        if computed == itemSum {
            return ("; the subtotals agree with the sum of all items (\(itemSum)), so the printed total is the likely error",
                    "；各小计与全部明细之和（\(itemSum)）相符，印错的可能是合计")
        }
        return ("; the sum of all items is \(itemSum)", "；全部明细之和为 \(itemSum)")
    }

    /// The rows below `ancestor` at any depth (at most 8 levels), found through `children`.
    private func descendants(of ancestor: AllocationRow) -> [AllocationRow] {
        var found: [AllocationRow] = []
        var level = Array(children[ancestor.number] ?? [])
        var seen: Set<Int> = [ancestor.number]
        for _ in 0..<8 where !level.isEmpty {
            let fresh = level.filter { seen.insert($0.number).inserted }
            found += fresh
            level = fresh.flatMap { children[$0.number] ?? [] }
        }
        return found
    }

    private func finding(_ row: AllocationRow, stated: Decimal?, computed: Decimal,
                         detail: (en: String, zh: String)) -> Finding {
        Finding(row.level == .total ? .total : .subtotal, table: table.index, row: row.number, page: row.page,
                name: row.name, column: columnName, stated: stated, computed: computed,
                [.detail: detail.en, .detailZH: detail.zh])
    }
}
