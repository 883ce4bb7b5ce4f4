/// One cell of a table grid as a document stores it (an HTML `<td>`, a spreadsheet cell, a
/// docx `w:tc`), before any reading of what the table means.
public struct GridCell: Sendable, Equatable {
    /// Text as shown, on one line (for a spreadsheet number: its stored value, exactly).
    public var text: String
    /// A header cell (`<th>`; a docx header row).
    public var isHeader: Bool
    /// The cell sits in a header section (`<thead>`).
    public var inHead: Bool
    /// Top row and left column of the cell (0-based).
    public var row: Int
    public var column: Int
    /// Rows and columns covered, at least 1.
    public var rowSpan: Int
    public var columnSpan: Int
    /// Spreadsheets: the stored value's text for a number ("1234.5"), nil for text cells.
    public var storedValue: String?
    /// Spreadsheets: the formula without its leading "=", nil when none.
    public var formula: String?
    /// How far the format sets the text in from the cell's left edge, in em, not counting spaces
    /// at the start of `text` (HTML: CSS padding-left, text-indent, …); nil when the format does
    /// not say, or the text is centred or right-aligned (its left edge then depends on its width).
    public var indent: Double?

    /// Creates a cell.
    public init(text: String, row: Int, column: Int, rowSpan: Int = 1, columnSpan: Int = 1, isHeader: Bool = false,
                inHead: Bool = false, storedValue: String? = nil, formula: String? = nil, indent: Double? = nil) {
        self.text = text
        self.isHeader = isHeader
        self.inHead = inHead
        self.row = row
        self.column = column
        self.rowSpan = max(rowSpan, 1)
        self.columnSpan = max(columnSpan, 1)
        self.storedValue = storedValue
        self.formula = formula
        self.indent = indent
    }
}

/// A table as a grid of slots, each covered by at most one cell (spans cover several). Every grid
/// reader (HTML, xlsx, xls, docx) produces one; the table stage reads it into a raw table.
public struct CellGrid: Sendable, Equatable {
    /// The cells in document order.
    public private(set) var cells: [GridCell] = []
    /// slots[row][column]: index into `cells` of the cell covering the slot, -1 for a hole (4
    /// bytes a slot: a large sheet's grid is held whole while the table stage reads it).
    private var slots: [[Int32]] = []
    /// Caption (`<caption>`, a sheet's name is not one), empty when none.
    public var caption: String
    /// Where the grid comes from, for messages (a sheet name), empty when not named.
    public var name: String
    /// Spreadsheets: source row number (1-based, as the sheet numbers it) of each grid row.
    public var sourceRows: [Int] = []
    /// Spreadsheets: source column number (1-based) of each grid column.
    public var sourceColumns: [Int] = []
    /// Spreadsheets: stored numbers of cells left out of the grid (hidden rows and columns) by
    /// reference (C7), so that formulas over them can still be evaluated.
    public var hiddenValues: [String: String] = [:]

    /// Creates an empty grid of `rowCount` rows.
    public init(rowCount: Int = 0, caption: String = "", name: String = "") {
        slots = Array(repeating: [], count: max(rowCount, 0))
        self.caption = caption
        self.name = name
    }

    /// Number of rows.
    public var rowCount: Int { slots.count }
    /// Number of columns of the widest row.
    public private(set) var columnCount = 0

    /// The first column at or after `column` in `row` that no cell covers yet.
    public func freeColumn(row: Int, from column: Int) -> Int {
        guard slots.indices.contains(row) else { return column }
        var column = max(column, 0)
        while column < slots[row].count, slots[row][column] >= 0 { column += 1 }
        return column
    }

    /// Makes room for `count` cells in all (a reader that knows how many it adds).
    public mutating func reserveCapacity(cells count: Int) {
        cells.reserveCapacity(count)
    }

    /// Adds a cell covering its span (rows are added as needed; later cells take over the slots
    /// they cover, as browsers do with overlapping spans).
    public mutating func add(_ cell: GridCell) {
        guard cell.row >= 0, cell.column >= 0, let index = Int32(exactly: cells.count) else { return }
        let (lastRow, rowOverflow) = cell.row.addingReportingOverflow(cell.rowSpan)
        let (lastColumn, columnOverflow) = cell.column.addingReportingOverflow(cell.columnSpan)
        guard !rowOverflow, !columnOverflow else { return }
        cells.append(cell)
        while slots.count < lastRow { slots.append([]) }
        for covered in cell.row..<lastRow {
            if slots[covered].count < lastColumn {
                slots[covered].append(contentsOf: repeatElement(-1, count: lastColumn - slots[covered].count))
            }
            for slot in cell.column..<lastColumn { slots[covered][slot] = index }
            columnCount = max(columnCount, slots[covered].count)
        }
    }

    /// The cell covering a slot, nil for a hole or outside the grid.
    public func cell(row: Int, column: Int) -> GridCell? {
        cellIndex(row: row, column: column).flatMap { cells.indices.contains($0) ? cells[$0] : nil }
    }

    /// Index into `cells` of the cell covering a slot.
    public func cellIndex(row: Int, column: Int) -> Int? {
        guard slots.indices.contains(row), slots[row].indices.contains(column), slots[row][column] >= 0 else {
            return nil
        }
        return Int(slots[row][column])
    }

    /// The distinct cells of a row, left to right (spanning cells once).
    public func distinctCells(row: Int) -> [GridCell] {
        guard slots.indices.contains(row) else { return [] }
        var seen: Set<Int> = []
        return slots[row].compactMap { slot in
            let index = Int(slot)
            guard index >= 0, seen.insert(index).inserted, cells.indices.contains(index) else { return nil }
            return cells[index]
        }
    }

    /// True when the row is one cell across the whole table (a title, unit or note row).
    public func isSpanningRow(_ row: Int) -> Bool {
        guard columnCount > 1, slots.indices.contains(row), slots[row].count == columnCount else { return false }
        return distinctCells(row: row).count == 1 && slots[row].allSatisfy { $0 >= 0 }
    }
}
