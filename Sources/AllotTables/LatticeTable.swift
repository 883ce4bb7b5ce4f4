import AllotModel
import AllotText

/// A table read from a ruled grid: the grid reader's reading, placed back on the page (columns
/// between their rules, rows between theirs, labels where their text begins).
struct LatticeTable {
    /// The grid and the text in its cells.
    let grid: LatticeGrid
    /// The grid reader's table (header columns, data rows with their grid rows).
    let table: GridTable
    /// 1-based page.
    let page: Int

    /// Reads the grid as a table with a header of its own, nil when it is not one.
    init?(grid: LatticeGrid, page: Int, reader: GridTableReader) {
        guard let table = reader.allocationTable(in: grid.cells) else { return nil }
        self.init(grid: grid, table: table, page: page)
    }

    /// Reads the grid as the continuation of a table with `columns` (its header printed again or
    /// not printed), nil when its columns are not those.
    init?(grid: LatticeGrid, continuing columns: [TableColumn], page: Int, reader: GridTableReader) {
        guard grid.cells.columnCount == columns.count else { return nil }
        if let table = reader.allocationTable(in: grid.cells) {
            guard table.columns.map(\.name) == columns.map(\.name) else { return nil }
            self.init(grid: grid, table: table, page: page)
        } else if let table = reader.continuationTable(in: grid.cells, columns: columns) {
            self.init(grid: grid, table: table, page: page)
        } else {
            return nil
        }
    }

    private init(grid: LatticeGrid, table: GridTable, page: Int) {
        self.grid = grid
        self.table = table
        self.page = page
    }

    /// The header columns, each between its two rules.
    var columns: [TableColumn] {
        let xs = grid.rules.xs
        return table.columns.enumerated().map { index, column in
            var placed = column
            if index + 1 < xs.count {
                placed.x0 = xs[index]
                placed.x1 = xs[index + 1]
            }
            return placed
        }
    }

    /// The data rows, each across the grid between its row rules, with the label's indentation
    /// measured from where its text begins.
    var rows: [RawTableRow] {
        let ys = grid.rules.ys, frame = grid.rules.frame
        let label = table.columns.firstIndex { $0.role == .label }
        return zip(table.rows, table.gridRows).map { cells, gridRow in
            let y0 = ys.indices.contains(gridRow) ? ys[gridRow] : frame.y0
            let y1 = ys.indices.contains(gridRow + 1) ? ys[gridRow + 1] : frame.y1
            var row = RawTableRow(page: page, cells: spreadOnce(cells, gridRow: gridRow, label: label),
                                  box: Box(x0: frame.x0, y0: y0, x1: frame.x1, y1: y1))
            if let label, let index = grid.cells.cellIndex(row: gridRow, column: label),
               let cell = grid.cells.cells.indices.contains(index) ? grid.cells.cells[index] : nil,
               cell.row == gridRow, let extent = grid.extents[index], extent.fontSize > 0 {
                row.labelIndent = extent.x0 / extent.fontSize
                row.labelEnd = extent.x1 / extent.fontSize
            }
            return row
        }
    }

    /// The row's cells with the text of a cell spanning several columns kept once: in the label
    /// column when it spans that (合计 printed across 类 | 款 | 项 | 科目名称), else in its first
    /// column. Rows still read a cell spanning rows in each row it covers, as every grid does.
    private func spreadOnce(_ cells: [String], gridRow: Int, label: Int?) -> [String] {
        var cells = cells
        for column in cells.indices {
            guard let cell = grid.cells.cell(row: gridRow, column: column), cell.columnSpan > 1 else { continue }
            let covered = cell.column..<(cell.column + cell.columnSpan)
            let home = label.flatMap { covered.contains($0) ? $0 : nil } ?? cell.column
            if column != home { cells[column] = "" }
        }
        return cells
    }

    /// The table's top edge: its title lies above it.
    var top: Double { grid.rules.frame.y0 }
}
