import AllotModel
import Foundation

/// Evaluates the plain-sum formulas (SUM(C4:C9), SUM(C4,C6:C8), C4+C5) stored in a spreadsheet
/// table's amount cells, exactly, over the stored values of the cells they name. Any other
/// formula is recorded without a computed value: allot checks only what it can evaluate exactly.
enum FormulaReader {
    /// A cell reference: 1-based sheet row and column.
    struct Reference: Hashable {
        var row: Int
        var column: Int
    }

    static func formulas(in grid: CellGrid, table: GridTable) -> [CellFormula] {
        // A sheet without formulas builds no maps of its rows (a large sheet's heap while it is read).
        guard !grid.sourceRows.isEmpty, grid.hasFormulas else { return [] }
        let gridRowOfSource = Dictionary(grid.sourceRows.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let gridColumnOfSource = Dictionary(grid.sourceColumns.enumerated().map { ($1, $0) },
                                            uniquingKeysWith: { a, _ in a })
        let tableRowOfGrid = Dictionary(table.gridRows.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var result: [CellFormula] = []
        for (tableRow, gridRow) in table.gridRows.enumerated() {
            for column in table.columns.indices where table.columns[column].role == .amount {
                guard let cell = grid.cell(row: gridRow, column: column), cell.row == gridRow, cell.column == column,
                      let formula = cell.formula, let stated = cell.storedValue else { continue }
                let references = parse(formula)
                var computed: String?
                var rows: [Int]?
                if let references {
                    var sum = Decimal(0)
                    for reference in references {
                        if let value = value(at: reference, grid: grid, rowMap: gridRowOfSource,
                                             columnMap: gridColumnOfSource) {
                            sum += value
                        }
                    }
                    computed = "\(sum)"
                    let sameColumn = references.allSatisfy { gridColumnOfSource[$0.column] == column }
                    let named = references.compactMap { gridRowOfSource[$0.row].flatMap { tableRowOfGrid[$0] } }
                    if sameColumn, named.count == references.count { rows = named }
                }
                result.append(CellFormula(row: tableRow, column: column, formula: formula, stated: stated,
                                          computed: computed, rows: rows))
            }
        }
        return result
    }

    /// The stored number at a reference; nil for empty or text cells (SUM ignores them).
    private static func value(at reference: Reference, grid: CellGrid, rowMap: [Int: Int],
                              columnMap: [Int: Int]) -> Decimal? {
        let text: String?
        if let row = rowMap[reference.row], let column = columnMap[reference.column] {
            let cell = grid.cell(row: row, column: column)
            text = cell.flatMap { $0.row == row && $0.column == column ? $0.storedValue : nil }
        } else {
            text = grid.hiddenValues[CellReference.name(row: reference.row, column: reference.column)]
        }
        return text.flatMap { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) }
    }

    /// The cells a plain-sum formula names, in order; nil for any other formula
    /// (`CellReference.sumRanges`, each range column by column).
    static func parse(_ formula: String) -> [Reference]? {
        CellReference.sumRanges(formula).map { ranges in
            ranges.flatMap { range in
                (range.firstColumn...range.lastColumn).flatMap { column in
                    (range.firstRow...range.lastRow).map { Reference(row: $0, column: column) }
                }
            }
        }
    }
}
