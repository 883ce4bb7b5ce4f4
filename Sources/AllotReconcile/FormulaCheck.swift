import AllotModel
import Foundation

/// A spreadsheet's own arithmetic: a sum formula whose cached value disagrees with the sum of the
/// cells it names is a finding (the file states both numbers; no reading of ours is involved).
/// Sum formulas that name exactly the rows the hierarchy sums confirm the hierarchy: one note per
/// table counts them.
public enum FormulaCheck {
    /// Findings and the confirmation note for the formulas of `raw`, built into `table`.
    public static func findings(_ formulas: [CellFormula], raw: RawTable, table: AllocationTable) -> [Finding] {
        var findings: [Finding] = []
        var confirmed = 0
        var evaluated = 0
        let children = Dictionary(grouping: table.rows.filter { $0.parent != nil }) { $0.parent ?? 0 }
        for formula in formulas {
            guard raw.columns.indices.contains(formula.column), let row = row(formula.row, column: formula.column, raw: raw, table: table),
                  let computedText = formula.computed,
                  let stated = decimal(formula.stated), let computed = decimal(computedText) else { continue }
            evaluated += 1
            let column = raw.columns[formula.column].name
            if stated != computed {
                findings.append(Finding(.formulaMismatch, table: table.index, row: row.number, page: row.page,
                                        name: row.name, column: column, stated: stated, computed: computed,
                                        [.text: formula.formula]))
            } else if let named = formula.rows.map({ Set($0.compactMap { self.row($0, column: formula.column, raw: raw, table: table)?.number }) }),
                      !named.isEmpty, named.count == formula.rows?.count, isHierarchySum(named, of: row, children: children) {
                confirmed += 1
            }
        }
        if confirmed > 0 {
            findings.append(Finding(.formulaConfirmed, table: table.index, page: 0,
                                    [.text: "\(confirmed) of \(evaluated)"]))
        }
        return findings
    }

    /// The row of `table` read from table row `index` (0-based, as the formula names it) in the
    /// side of `column`: both halves of a two-sided table are read from one printed row, and the
    /// right half's rows come after the left's, so the position is not the row (a formula on 支出总计
    /// was reported on 收入总计). By position when the printed rows are unknown.
    static func row(_ index: Int, column: Int, raw: RawTable, table: AllocationTable) -> AllocationRow? {
        guard table.printedRows.count == table.rows.count else {
            return table.rows.indices.contains(index) ? table.rows[index] : nil
        }
        let amountIndex = raw.columns.prefix(column).filter { $0.role == .amount }.count
        let side = table.columnSides.indices.contains(amountIndex) ? table.columnSides[amountIndex] : 0
        return zip(table.printedRows, table.rows).first { $0.0 == index + 1 && $0.1.side == side }?.1
    }

    /// The row numbers are the row's children, or (for a total) every item under it.
    private static func isHierarchySum(_ named: Set<Int>, of row: AllocationRow, children: [Int: [AllocationRow]]) -> Bool {
        let direct = Set((children[row.number] ?? []).map(\.number))
        if named == direct { return true }
        var items: Set<Int> = []
        var stack = children[row.number] ?? []
        while let next = stack.popLast() {
            if next.level == .item { items.insert(next.number) }
            stack += children[next.number] ?? []
        }
        return !items.isEmpty && named == items
    }

    private static func decimal(_ text: String) -> Decimal? {
        Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }
}
