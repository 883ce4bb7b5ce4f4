import AllotModel

/// The cells of one worksheet as read (1-based sheet coordinates), before hidden rows and columns
/// are left out and the rest is laid out as a grid with the sheet's merged ranges as spans.
///
/// Cells are kept packed, in the order the sheet stores them (row by row, left to right), 32 bytes
/// each beside their text: a number's stored value is its text (a flag says it is a number), a
/// shared string's text is the shared table's own storage, formulas (rare) sit in a side list.
/// The grid is built from the packed cells directly, row by row, so a large sheet is never held
/// as per-row dictionaries beside its grid.
struct SheetCells {
    /// A stored cell.
    struct Cell {
        var text: String
        var storedValue: String?
        var formula: String?
        /// Text cells: the style's indent steps (`NumberStyles.indents`); nil when not set from the left.
        var indentSteps: Int? = nil
    }

    /// One cell as held: position, text, whether the text is a stored number, formula index,
    /// indent steps (in the struct's padding: still 32 bytes).
    private struct Packed {
        var row: Int32
        var column: Int32
        var text: String
        var formula: Int32  // index into `formulas`, -1 for none
        var isNumber: Bool
        var indent: UInt8  // indent steps, `notLeft` when the text is not set from the left

        static let notLeft = UInt8.max

        var key: Int64 { Int64(row) << 32 | Int64(column) }
    }

    var name: String
    private var packed: [Packed] = []
    private var formulas: [String] = []
    /// False once a cell arrives out of (row, column) order, or twice at one place (the later wins).
    private var ordered = true
    var hiddenRows: Set<Int> = []
    var hiddenColumns: Set<Int> = []
    var merges: [CellRange] = []
    /// Number cells whose format shows fewer decimals than stored.
    var roundedDisplays = 0

    /// Rows and columns beyond these are refused (a hostile dimension); Excel's own limits.
    static let maximumRow = 1_048_576
    static let maximumColumn = 16_384

    init(name: String) {
        self.name = name
    }

    /// Number of cells held.
    var count: Int { packed.count }

    mutating func set(row: Int, column: Int, _ cell: Cell) {
        guard (1...Self.maximumRow).contains(row), (1...Self.maximumColumn).contains(column),
              let row32 = Int32(exactly: row), let column32 = Int32(exactly: column) else { return }
        var formula: Int32 = -1
        if let text = cell.formula, let index = Int32(exactly: formulas.count) {
            formula = index
            formulas.append(text)
        }
        let indent = cell.indentSteps.map { UInt8(clamping: min($0, NumberStyles.maximumIndentSteps)) } ?? Packed.notLeft
        let next = Packed(row: row32, column: column32, text: cell.storedValue ?? cell.text, formula: formula,
                          isNumber: cell.storedValue != nil, indent: indent)
        if let last = packed.last, last.key >= next.key { ordered = false }
        packed.append(next)
    }

    /// Sorts cells stored out of order and keeps the last of cells stored twice at one place.
    private mutating func normalizeOrder() {
        guard !ordered else { return }
        let sorted = packed.indices.sorted { packed[$0].key != packed[$1].key ? packed[$0].key < packed[$1].key : $0 < $1 }
        var result: [Packed] = []
        result.reserveCapacity(sorted.count)
        for index in sorted {
            if let last = result.last, last.key == packed[index].key { result.removeLast() }
            result.append(packed[index])
        }
        packed = result
        ordered = true
    }

    /// A row's cells: `packed[start..<end]`, in column order.
    private struct RowSpan {
        var row: Int
        var start: Int
        var end: Int
    }

    /// The sheet as flow items: leading rows of at most one text (title, attachment label, unit
    /// line) and trailing ones after the last number (notes) become lines; the rows between, a grid.
    mutating func items(block: inout Int, maximumColumns: Int) -> (items: [FlowItem], hiddenCount: (rows: Int, columns: Int)) {
        normalizeOrder()
        // The cells grew by doubling; held at their count while the grid is built beside them.
        if packed.capacity > packed.count + packed.count / 4 { packed = packed.withUnsafeBufferPointer { Array($0) } }
        var spans: [RowSpan] = []
        var usedColumns: Set<Int> = []
        for (index, cell) in packed.enumerated() {
            usedColumns.insert(Int(cell.column))
            if let last = spans.last, last.row == Int(cell.row) {
                spans[spans.count - 1].end = index + 1
            } else {
                spans.append(RowSpan(row: Int(cell.row), start: index, end: index + 1))
            }
        }
        let hiddenRows = hiddenRows
        let visibleRows = hiddenRows.isEmpty ? spans : spans.filter { !hiddenRows.contains($0.row) }
        let visibleColumns = usedColumns.filter { !hiddenColumns.contains($0) }.sorted().prefix(maximumColumns)
        let hiddenCount = (rows: spans.count - visibleRows.count,
                           columns: usedColumns.filter { hiddenColumns.contains($0) }.count)
        let columnIndex = Dictionary(uniqueKeysWithValues: visibleColumns.enumerated().map { ($1, $0) })
        let cells = packed
        func texts(_ span: RowSpan) -> [String] {
            (span.start..<span.end).compactMap { cells.indices.contains($0) && columnIndex[Int(cells[$0].column)] != nil
                ? cells[$0].text : nil }.filter(Self.hasContent)
        }
        func hasNumber(_ span: RowSpan) -> Bool {
            (span.start..<span.end).contains {
                cells.indices.contains($0) && cells[$0].isNumber && columnIndex[Int(cells[$0].column)] != nil
            }
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
        if start < end {
            var grid = grid(rows: visibleRows[start..<end], columns: Array(visibleColumns), columnIndex: columnIndex)
            grid.hiddenValues = hiddenValues()
            items.append(.grid(grid, otherwise: nil))
        }
        for span in visibleRows[end...] {
            block += 1
            let line = texts(span)
            if !line.isEmpty { items.append(.line(FlowLine(cells: line, block: block))) }
        }
        return (items, hiddenCount)
    }

    /// The rows' cells as a grid, merged ranges as spans over the rows and columns left visible.
    private func grid(rows: ArraySlice<RowSpan>, columns: [Int], columnIndex: [Int: Int]) -> CellGrid {
        // Grid row of each source row, for the merged ranges only (a large sheet has none to place).
        let rowIndex = merges.isEmpty ? [:]
            : Dictionary(rows.enumerated().map { ($1.row, $0) }, uniquingKeysWith: { first, _ in first })
        let sourceRows = rows.map(\.row)
        var grid = CellGrid(rowCount: rows.count, name: name)
        grid.sourceRows = sourceRows
        grid.sourceColumns = columns
        let stride = Self.maximumColumn + 1
        var covered: Set<Int> = []  // row * stride + column of grid slots under a merge anchor
        var anchors: [Int: [(column: Int, rows: Int, columns: Int)]] = [:]  // by grid row
        for merge in merges {
            guard let anchorRow = rowIndex[merge.firstRow], let anchorColumn = columnIndex[merge.firstColumn] else {
                continue
            }
            let rowSpan = sourceRows.filter { $0 >= merge.firstRow && $0 <= merge.lastRow }.count
            let columnSpan = columns.filter { $0 >= merge.firstColumn && $0 <= merge.lastColumn }.count
            anchors[anchorRow, default: []].append((anchorColumn, max(rowSpan, 1), max(columnSpan, 1)))
            for row in sourceRows where row >= merge.firstRow && row <= merge.lastRow {
                for column in columns where column >= merge.firstColumn && column <= merge.lastColumn {
                    if row != merge.firstRow || column != merge.firstColumn, let r = rowIndex[row],
                       let c = columnIndex[column] {
                        covered.insert(r * stride + c)
                    }
                }
            }
        }
        var cellCount = 0
        for span in rows { cellCount += span.end - span.start }
        grid.reserveCapacity(cells: cellCount + merges.count)
        for (r, span) in rows.enumerated() {
            // the row's stored cells and merge anchors in column order; a later anchor at a slot wins
            var slots: [(column: Int, cell: Int?, rows: Int, columns: Int)] = []
            for index in span.start..<span.end where packed.indices.contains(index) {
                guard let c = columnIndex[Int(packed[index].column)] else { continue }
                slots.append((c, index, 1, 1))
            }
            if let rowAnchors = anchors[r] {
                for anchor in rowAnchors {
                    if let at = slots.firstIndex(where: { $0.column == anchor.column }) {
                        slots[at].rows = anchor.rows
                        slots[at].columns = anchor.columns
                    } else {
                        slots.append((anchor.column, nil, anchor.rows, anchor.columns))
                    }
                }
                slots.sort { $0.column < $1.column }
            }
            for slot in slots where !covered.contains(r * stride + slot.column) {
                let stored = slot.cell.flatMap { packed.indices.contains($0) ? packed[$0] : nil }
                let formula = stored.flatMap { $0.formula >= 0 && Int($0.formula) < formulas.count ? formulas[Int($0.formula)] : nil }
                let indent = stored.flatMap { $0.indent == Packed.notLeft ? nil : Double($0.indent) * NumberStyles.emPerIndentStep }
                grid.add(GridCell(text: stored?.text ?? "", row: r, column: slot.column, rowSpan: slot.rows,
                                  columnSpan: slot.columns, storedValue: stored?.isNumber == true ? stored?.text : nil,
                                  formula: formula, indent: indent))
            }
        }
        return grid
    }

    /// Stored numbers of hidden rows and columns by A1 reference, for formulas over them.
    private func hiddenValues() -> [String: String] {
        var values: [String: String] = [:]
        guard !hiddenRows.isEmpty || !hiddenColumns.isEmpty else { return values }
        for cell in packed where cell.isNumber {
            let row = Int(cell.row), column = Int(cell.column)
            if hiddenRows.contains(row) || hiddenColumns.contains(column) {
                values[CellReference.name(row: row, column: column)] = cell.text
            }
        }
        return values
    }

    static func hasContent(_ text: String) -> Bool {
        text.unicodeScalars.contains { !$0.properties.isWhitespace && !$0.properties.isDefaultIgnorableCodePoint }
    }
}
