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
        // The hierarchy's children by parent, as row numbers (copies of the rows were 2 × 140 bytes a
        // row), made when a formula is first compared with it: a stale sheet's formulas never are.
        var children: Children?
        let rows = RowLocator(raw: raw, table: table)
        for formula in formulas {
            guard raw.columns.indices.contains(formula.column), let row = rows.row(formula.row, column: formula.column),
                  let computedText = formula.computed,
                  let stated = decimal(formula.stated), let computed = decimal(computedText) else { continue }
            evaluated += 1
            let column = raw.columns[formula.column].name
            if stated != computed {
                findings.append(Finding(.formulaMismatch, table: table.index, row: row.number, page: row.page,
                                        name: row.name, column: column, stated: stated, computed: computed,
                                        [.text: formula.formula]))
            } else if let named = formula.rows.map({ Set($0.compactMap { rows.row($0, column: formula.column)?.number }) }),
                      !named.isEmpty, named.count == formula.rows?.count {
                let hierarchy = children ?? Children(table)
                children = hierarchy
                if isHierarchySum(named, of: row, children: hierarchy) { confirmed += 1 }
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
    /// was reported on 收入总计). By position when the printed rows are unknown. Indexed once a
    /// table: a sheet's formulas name every row.
    struct RowLocator {
        private let rows: [AllocationRow]
        /// (printed row, side) → position in `rows`, the first row read from it; nil when the
        /// printed rows are unknown.
        private let printed: [PrintedKey: Int]?
        /// Per raw column, the side of the amount columns up to it.
        private let sides: [Int]

        private struct PrintedKey: Hashable {
            var row: Int
            var side: Int
        }

        init(raw: RawTable, table: AllocationTable) {
            rows = table.rows
            if table.printedRows.count == table.rows.count {
                var printed: [PrintedKey: Int] = [:]
                for (position, (number, row)) in zip(table.printedRows, table.rows).enumerated() {
                    let key = PrintedKey(row: number, side: row.side)
                    if printed[key] == nil { printed[key] = position }
                }
                self.printed = printed
            } else {
                printed = nil
            }
            var amounts = 0
            sides = raw.columns.map { column in
                let side = table.columnSides.indices.contains(amounts) ? table.columnSides[amounts] : 0
                if column.role == .amount { amounts += 1 }
                return side
            }
        }

        func row(_ index: Int, column: Int) -> AllocationRow? {
            guard let printed else { return rows.indices.contains(index) ? rows[index] : nil }
            let side = sides.indices.contains(column) ? sides[column] : 0
            return printed[PrintedKey(row: index + 1, side: side)].map { rows[$0] }
        }
    }

    /// The row numbers are the row's children, or (for a total) every item under it.
    /// A table's rows under each parent: their numbers, and whether each is an item.
    private struct Children {
        var rows: [Int: [(number: Int, isItem: Bool)]] = [:]

        init(_ table: AllocationTable) {
            for row in table.rows {
                guard let parent = row.parent else { continue }
                rows[parent, default: []].append((row.number, row.level == .item))
            }
        }
    }

    private static func isHierarchySum(_ named: Set<Int>, of row: AllocationRow, children: Children) -> Bool {
        let direct = Set((children.rows[row.number] ?? []).map(\.number))
        if named == direct { return true }
        var items: Set<Int> = []
        var stack = children.rows[row.number] ?? []
        while let next = stack.popLast() {
            if next.isItem { items.insert(next.number) }
            stack += children.rows[next.number] ?? []
        }
        return !items.isEmpty && named == items
    }

    private static func decimal(_ text: String) -> Decimal? {
        Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }
}
