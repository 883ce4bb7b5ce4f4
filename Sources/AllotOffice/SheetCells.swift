import AllotModel

/// The cells of one worksheet as read (sparse, 1-based sheet coordinates), before hidden rows and
/// columns are left out and the rest is laid out as a grid with the sheet's merged ranges as spans.
struct SheetCells {
    /// A stored cell.
    struct Cell {
        var text: String
        var storedValue: String?
        var formula: String?
    }

    var name: String
    var cells: [Int: [Int: Cell]] = [:]
    var hiddenRows: Set<Int> = []
    var hiddenColumns: Set<Int> = []
    var merges: [CellRange] = []
    /// Number cells whose format shows fewer decimals than stored.
    var roundedDisplays = 0

    /// Rows and columns beyond these are refused (a hostile dimension); Excel's own limits.
    static let maximumRow = 1_048_576
    static let maximumColumn = 16_384

    mutating func set(row: Int, column: Int, _ cell: Cell) {
        guard (1...Self.maximumRow).contains(row), (1...Self.maximumColumn).contains(column) else { return }
        cells[row, default: [:]][column] = cell
    }

    /// The sheet as flow items: leading rows of at most one text (title, attachment label, unit
    /// line) and trailing ones after the last number (notes) become lines; the rows between, a grid.
    func items(block: inout Int, maximumColumns: Int) -> (items: [FlowItem], hiddenCount: (rows: Int, columns: Int)) {
        let visibleRows = cells.keys.filter { !hiddenRows.contains($0) }.sorted()
        let usedColumns = Set(cells.values.flatMap(\.keys))
        let visibleColumns = usedColumns.filter { !hiddenColumns.contains($0) }.sorted().prefix(maximumColumns)
        let hiddenCount = (rows: cells.keys.filter { hiddenRows.contains($0) }.count,
                           columns: usedColumns.filter { hiddenColumns.contains($0) }.count)
        let columnIndex = Dictionary(uniqueKeysWithValues: visibleColumns.enumerated().map { ($1, $0) })
        func texts(_ row: Int) -> [String] {
            visibleColumns.compactMap { cells[row]?[$0]?.text }.filter(Self.hasContent)
        }
        func hasNumber(_ row: Int) -> Bool {
            visibleColumns.contains { cells[row]?[$0]?.storedValue != nil }
        }
        var start = 0
        var items: [FlowItem] = []
        while start < visibleRows.count, texts(visibleRows[start]).count <= 1, !hasNumber(visibleRows[start]) {
            let line = texts(visibleRows[start])
            if !line.isEmpty { items.append(.line(FlowLine(cells: line, block: block))) }
            block += 1
            start += 1
        }
        var end = visibleRows.count
        if let lastNumber = visibleRows.lastIndex(where: hasNumber), lastNumber >= start {
            end = lastNumber + 1
            while end < visibleRows.count, texts(visibleRows[end]).count > 1 { end += 1 }
        }
        let tableRows = Array(visibleRows[start..<end])
        if !tableRows.isEmpty {
            var grid = grid(rows: tableRows, columns: Array(visibleColumns), columnIndex: columnIndex)
            grid.hiddenValues = hiddenValues()
            items.append(.grid(grid, otherwise: nil))
        }
        for row in visibleRows[end...] {
            block += 1
            let line = texts(row)
            if !line.isEmpty { items.append(.line(FlowLine(cells: line, block: block))) }
        }
        return (items, hiddenCount)
    }

    private func grid(rows: [Int], columns: [Int], columnIndex: [Int: Int]) -> CellGrid {
        let rowIndex = Dictionary(uniqueKeysWithValues: rows.enumerated().map { ($1, $0) })
        var grid = CellGrid(rowCount: rows.count, name: name)
        grid.sourceRows = rows
        grid.sourceColumns = columns
        var covered: Set<Int> = []  // row * (maximumColumn + 1) + column of slots under a merge anchor
        var spans: [Int: (rows: Int, columns: Int)] = [:]
        for merge in merges {
            guard let anchorRow = rowIndex[merge.firstRow], let anchorColumn = columnIndex[merge.firstColumn] else {
                continue
            }
            let rowSpan = rows.filter { $0 >= merge.firstRow && $0 <= merge.lastRow }.count
            let columnSpan = columns.filter { $0 >= merge.firstColumn && $0 <= merge.lastColumn }.count
            spans[anchorRow * (Self.maximumColumn + 1) + anchorColumn] = (max(rowSpan, 1), max(columnSpan, 1))
            for row in rows where row >= merge.firstRow && row <= merge.lastRow {
                for column in columns where column >= merge.firstColumn && column <= merge.lastColumn {
                    if row != merge.firstRow || column != merge.firstColumn, let r = rowIndex[row],
                       let c = columnIndex[column] {
                        covered.insert(r * (Self.maximumColumn + 1) + c)
                    }
                }
            }
        }
        for (r, row) in rows.enumerated() {
            for (c, column) in columns.enumerated() {
                let key = r * (Self.maximumColumn + 1) + c
                if covered.contains(key) { continue }
                let span = spans[key] ?? (1, 1)
                let stored = cells[row]?[column]
                guard stored != nil || span != (1, 1) else { continue }
                grid.add(GridCell(text: stored?.text ?? "", row: r, column: c, rowSpan: span.rows,
                                  columnSpan: span.columns, storedValue: stored?.storedValue, formula: stored?.formula))
            }
        }
        return grid
    }

    /// Stored numbers of hidden rows and columns by A1 reference, for formulas over them.
    private func hiddenValues() -> [String: String] {
        var values: [String: String] = [:]
        for (row, columns) in cells {
            for (column, cell) in columns where hiddenRows.contains(row) || hiddenColumns.contains(column) {
                if let value = cell.storedValue { values[CellReference.name(row: row, column: column)] = value }
            }
        }
        return values
    }

    static func hasContent(_ text: String) -> Bool {
        text.unicodeScalars.contains { !$0.properties.isWhitespace && !$0.properties.isDefaultIgnorableCodePoint }
    }
}
