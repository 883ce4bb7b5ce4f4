import AllotModel
import Foundation

/// A spreadsheet's own arithmetic: a sum formula whose cached value disagrees with the sum of the
/// cells it names is a finding (the file states both numbers; no reading of ours is involved).
/// Sum formulas that name exactly the rows the hierarchy sums confirm the hierarchy: one note per
/// table counts them.
public enum FormulaCheck {
    /// Findings and the confirmation note for the formulas of `raw`, built into `table`.
    public static func findings(_ formulas: [CellFormula], raw: RawTable, table: AllocationTable) -> [Finding] {
        // A table without formulas (any PDF or HTML table, a sheet written without them) has
        // nothing to check: its rows are not indexed (the index of a 100,000-row sheet, 6 MB
        // with its growth, was the peak of `allot check`, #18).
        guard !formulas.isEmpty else { return [] }
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
        private let printedRows: PrintedRows
        /// How a (printed row, side) is found among the rows.
        private let index: Index
        /// Per raw column, the side of the amount columns up to it.
        private let sides: [Int]

        private struct PrintedKey: Hashable, Comparable {
            var row: Int
            var side: Int

            static func < (lhs: PrintedKey, rhs: PrintedKey) -> Bool {
                (lhs.side, lhs.row) < (rhs.side, rhs.row)
            }
        }

        private enum Index {
            /// The printed rows are unknown: a formula's row is the position.
            case position
            /// The rows are in (side, printed row) order, as the normalize stage reads them (a
            /// side's rows in printed order, the left side's first): found by bisection, with no
            /// map of every row (a 100,000-row sheet's was 6 MB).
            case ordered
            /// (printed row, side) → position, the first row read from it.
            case keyed([PrintedKey: Int])
        }

        /// `bisect` false always builds the map (the tests hold bisection to it).
        init(raw: RawTable, table: AllocationTable, bisect: Bool = true) {
            rows = table.rows
            if table.printedRows.count == table.rows.count {
                let printedRows = table.printedRows
                self.printedRows = printedRows
                let rows = table.rows
                func key(_ position: Int) -> PrintedKey { PrintedKey(row: printedRows[position], side: rows[position].side) }
                if bisect, rows.indices.dropFirst().allSatisfy({ !(key($0) < key($0 - 1)) }) {
                    index = .ordered
                } else {
                    var printed: [PrintedKey: Int] = [:]
                    for position in rows.indices where printed[key(position)] == nil { printed[key(position)] = position }
                    index = .keyed(printed)
                }
            } else {
                printedRows = []
                index = .position
            }
            var amounts = 0
            sides = raw.columns.map { column in
                let side = table.columnSides.indices.contains(amounts) ? table.columnSides[amounts] : 0
                if column.role == .amount { amounts += 1 }
                return side
            }
        }

        func row(_ index: Int, column: Int) -> AllocationRow? {
            let side = sides.indices.contains(column) ? sides[column] : 0
            let key = PrintedKey(row: index + 1, side: side)
            switch self.index {
            case .position:
                return rows.indices.contains(index) ? rows[index] : nil
            case let .keyed(printed):
                return printed[key].map { rows[$0] }
            case .ordered:
                // The first position whose key is not below `key`: the first row read from it.
                var low = 0
                var high = rows.count
                while low < high {
                    let middle = low + (high - low) / 2
                    if PrintedKey(row: printedRows[middle], side: rows[middle].side) < key {
                        low = middle + 1
                    } else {
                        high = middle
                    }
                }
                guard low < rows.count, PrintedKey(row: printedRows[low], side: rows[low].side) == key else { return nil }
                return rows[low]
            }
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
