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
            guard table.rows.indices.contains(formula.row), raw.columns.indices.contains(formula.column),
                  let computedText = formula.computed,
                  let stated = decimal(formula.stated), let computed = decimal(computedText) else { continue }
            evaluated += 1
            let row = table.rows[formula.row]
            let column = raw.columns[formula.column].name
            if stated != computed {
                findings.append(Finding(.formulaMismatch, table: table.index, row: row.number, page: row.page,
                                        name: row.name, column: column, stated: stated, computed: computed,
                                        [.text: formula.formula]))
            } else if let named = formula.rows.map({ Set($0.map { $0 + 1 }) }), !named.isEmpty,
                      isHierarchySum(named, of: row, children: children) {
                confirmed += 1
            }
        }
        if confirmed > 0 {
            findings.append(Finding(.formulaConfirmed, table: table.index, page: 0,
                                    [.text: "\(confirmed) of \(evaluated)"]))
        }
        return findings
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
