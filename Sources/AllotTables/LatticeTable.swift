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
    /// Roles the header left open are decided by the cells under it, as on the line path
    /// (`HeaderParser.refineRoles`: a column of names under a header word not known is the label).
    /// `titled`: title lines stand above the grid, so a row spanning it is a header level.
    /// `confirmingRows`: a header in words outside the vocabulary counts when that many rows under
    /// it confirm it; nil: only known header words make a header.
    init?(grid: LatticeGrid, page: Int, reader: GridTableReader, header: HeaderParser, titled: Bool = false,
          confirmingRows: Int? = nil) {
        guard let table = Self.headed(grid, reader: reader, header: header, titled: titled,
                                      confirmingRows: confirmingRows) else { return nil }
        self.init(grid: grid, table: table, page: page)
    }

    /// The grid's table under a header of its own, its roles refined by content; nil when it has
    /// none, or no label column unless it is a table of figures (`isFigures`). `confirmingRows`: a
    /// header in words outside the vocabulary counts when that many rows confirm it
    /// (`GridTableReader.allocationTable`).
    private static func headed(_ grid: LatticeGrid, reader: GridTableReader, header: HeaderParser,
                               titled: Bool = false, confirmingRows: Int? = nil) -> GridTable? {
        guard var table = reader.allocationTable(in: grid.cells, titled: titled, confirmingRows: confirmingRows)
        else { return nil }
        table.columns = header.refineRoles(table.columns, sample: Array(table.rows.prefix(header.settings.headerSampleLines)))
        guard table.columns.contains(where: { $0.role == .label }) || isFigures(table), holdsAmounts(table) else { return nil }
        return table
    }

    /// True for a ruled table of figures without a name column (the 三公 table: one unnamed row
    /// under 合计 | 因公出国(境)费 | … beside 机关运行经费预算数): every column holds money, at least
    /// two of them, and every row holds only amounts. The rules frame each figure in its column,
    /// so the header over it names what the row is.
    static func isFigures(_ table: GridTable) -> Bool {
        table.columns.count >= 2 && table.columns.allSatisfy { $0.role == .amount } && !table.rows.isEmpty
            && table.rows.allSatisfy { row in
                let cells = row.map(NameNormalizer.normalize).filter { !$0.isEmpty }
                return !cells.isEmpty && cells.allSatisfy(TableFurniture.isAmount)
            }
    }

    /// True when every amount column holds amounts in most of its filled cells: a column of words
    /// under a header the vocabulary does not know (a foreign table's) is no amount column, and
    /// such a grid is better read from its lines.
    private static func holdsAmounts(_ table: GridTable) -> Bool {
        table.columns.indices.filter { table.columns[$0].role == .amount }.allSatisfy { column in
            let filled = table.rows.compactMap { $0.indices.contains(column) ? NameNormalizer.normalize($0[column]) : nil }
                .filter { !$0.isEmpty }
            return filled.filter(TableFurniture.isAmount).count * 2 >= filled.count
        }
    }

    /// Reads the grid as the continuation of a table with `columns`: its header printed again
    /// (reworded or not: the columns and their roles decide) or not printed. Nil when its columns
    /// are not those, or when `headed` is false and the grid has a header of its own.
    /// A grid whose column lines are the table's (within `sameColumns`) and that has no title
    /// above it continues the table even when its first rows read like a header: they are rows.
    init?(grid: LatticeGrid, continuing columns: [TableColumn], page: Int, reader: GridTableReader,
          header: HeaderParser, headed: Bool, sameColumns: Double?) {
        guard grid.cells.columnCount == columns.count else { return nil }
        let lines = columns.map(\.x0) + [columns.last?.x1 ?? 0]
        let aligned = sameColumns.map { limit in zip(lines, grid.rules.xs).allSatisfy { abs($0 - $1) <= limit } } ?? false
        if let table = Self.headed(grid, reader: reader, header: header), headed,
           table.columns.map(\.role) == columns.map(\.role) {
            var table = table
            table.columns = columns
            self.init(grid: grid, table: table, page: page)
        } else if Self.headed(grid, reader: reader, header: header) == nil || aligned,
                  let table = reader.continuationTable(in: grid.cells, columns: columns) {
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
               let cell = grid.cells.cell(at: index),
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
            // The span asked first, without making the cell: most cells span one column.
            guard let index = grid.cells.cellIndex(row: gridRow, column: column),
                  let span = grid.cells.columnSpan(at: index), span > 1,
                  let cell = grid.cells.cell(at: index), cell.columnSpan > 1 else { continue }
            let covered = cell.column..<(cell.column + cell.columnSpan)
            let home = label.flatMap { covered.contains($0) ? $0 : nil } ?? cell.column
            if column != home { cells[column] = "" }
        }
        return cells
    }

    /// The table's top edge: its title lies above it.
    var top: Double { grid.rules.frame.y0 }
}
