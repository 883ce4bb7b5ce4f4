import AllotModel

/// The cells of one worksheet as read (1-based sheet coordinates), before hidden rows and columns
/// are left out and the rest is laid out as a grid with the sheet's merged ranges as spans.
///
/// Cells are kept packed (`PackedCells`), in the order the sheet stores them (row by row, left to
/// right): a number's stored value is its text (a flag says it is a number), a short text's bytes
/// are packed, a long shared string's text is the shared table's own storage, formulas (rare) sit
/// in a side list. The grid is built
/// from the packed cells directly, row by row, letting them go as it goes, so a large sheet is
/// never held as per-row dictionaries beside its grid, nor whole twice.
struct SheetCells {
    /// A stored cell.
    struct Cell {
        var text: String
        var storedValue: String?
        var formula: String?
        /// Text cells: the style's indent steps (`NumberStyles.indents`); nil when not set from the left.
        var indentSteps: Int? = nil
    }

    private typealias Packed = PackedCells.Cell

    var name: String
    private var packed = PackedCells()
    private var formulas: [String] = []
    /// False once a cell arrives out of (row, column) order, or twice at one place (the later wins).
    private var ordered = true
    var hiddenRows: Set<Int> = []
    var hiddenColumns: Set<Int> = []
    var merges: [CellRange] = []
    /// Number cells whose format shows fewer decimals than stored.
    var roundedDisplays = 0
    /// The `formula_uncomputed` note of formulas whose cached results the file does not vouch for.
    var formulaNote: Finding?

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
        if let last = packed.lastKey, last >= next.key {
            // A cell again at a place already held (a stale formula set to its settled sum, a sheet
            // storing a cell twice) takes its place, the later winning as when sorted; any other
            // cell out of order makes the cells be sorted before they are laid out.
            if ordered, let index = packed.index(ofKey: next.key) {
                packed.replace(at: index, with: next)
                return
            }
            ordered = false
        }
        packed.append(next)
    }

    /// Puts the cells in (row, column) order, the later of two at one place kept, so that
    /// `storedNumber(row:column:)` finds them.
    mutating func orderCells() {
        normalizeOrder()
    }

    /// The stored number of the cell at `row`, `column` (1-based), found by binary search; nil for
    /// a text, an empty place, or cells not in order (`orderCells`). The sums of formulas whose
    /// cached results are not trusted read the cells they name so, without a copy of them.
    func storedNumber(row: Int, column: Int) -> String? {
        guard ordered, let row32 = Int32(exactly: row), let column32 = Int32(exactly: column),
              let index = packed.index(ofKey: Int64(row32) << 32 | Int64(column32)),
              let cell = packed[index], cell.isNumber else { return nil }
        return cell.text
    }

    /// Sorts cells stored out of order and keeps the last of cells stored twice at one place.
    private mutating func normalizeOrder() {
        guard !ordered else { return }
        packed.sortKeepingLast()
        ordered = true
    }

    /// A row's cells: `packed[start..<start + count]`, in column order (16 bytes a row).
    private struct RowSpan {
        var start: Int
        var row: Int32
        var count: Int32

        var cells: Range<Int> { start..<(start + Int(count)) }
    }

    /// The rows' spans in order (one pass to count them, so the spans are held at their count)
    /// and the columns used.
    private func rowSpans() -> (spans: [RowSpan], usedColumns: Set<Int>) {
        var rowCount = 0
        var lastRow: Int32 = -1
        packed.forEach { _, cell in
            if cell.row != lastRow { rowCount += 1 }
            lastRow = cell.row
        }
        var spans: [RowSpan] = []
        spans.reserveCapacity(rowCount)
        var usedColumns: Set<Int> = []
        packed.forEach { index, cell in
            usedColumns.insert(Int(cell.column))
            if let last = spans.last, last.row == cell.row, last.count < Int32.max {
                spans[spans.count - 1].count += 1
            } else {
                spans.append(RowSpan(start: index, row: cell.row, count: 1))
            }
        }
        return (spans, usedColumns)
    }

    /// The texts with content of a row's cells in visible columns.
    private func texts(_ span: RowSpan, _ columnIndex: [Int: Int]) -> [String] {
        span.cells.compactMap { packed[$0].flatMap { columnIndex[Int($0.column)] != nil ? $0.text : nil } }
            .filter(Self.hasContent)
    }

    /// True when a row holds a stored number in a visible column.
    private func hasNumber(_ span: RowSpan, _ columnIndex: [Int: Int]) -> Bool {
        span.cells.contains { packed[$0].map { $0.isNumber && columnIndex[Int($0.column)] != nil } ?? false }
    }

    /// The sheet as flow items: leading rows of at most one text (title, attachment label, unit
    /// line) and trailing ones after the last number (notes) become lines; the rows between, a grid.
    /// The cells are let go as the grid is built (the trailing lines are read before it).
    mutating func items(block: inout Int, maximumColumns: Int) -> (items: [FlowItem], hiddenCount: (rows: Int, columns: Int)) {
        normalizeOrder()
        let (spans, usedColumns) = rowSpans()
        let hiddenRows = hiddenRows
        let visibleRows = hiddenRows.isEmpty ? spans : spans.filter { !hiddenRows.contains(Int($0.row)) }
        let visibleColumns = usedColumns.filter { !hiddenColumns.contains($0) }.sorted().prefix(maximumColumns)
        let hiddenCount = (rows: spans.count - visibleRows.count,
                           columns: usedColumns.filter { hiddenColumns.contains($0) }.count)
        let columnIndex = Dictionary(uniqueKeysWithValues: visibleColumns.enumerated().map { ($1, $0) })
        var start = 0
        var items: [FlowItem] = []
        while start < visibleRows.count, !hasNumber(visibleRows[start], columnIndex),
              Self.isCaption(texts(visibleRows[start], columnIndex)) {
            let line = texts(visibleRows[start], columnIndex)
            if !line.isEmpty { items.append(.line(FlowLine(cells: line, block: block))) }
            block += 1
            start += 1
        }
        var end = visibleRows.count
        if let lastNumber = visibleRows.lastIndex(where: { hasNumber($0, columnIndex) }), lastNumber >= start {
            end = lastNumber + 1
            while end < visibleRows.count, texts(visibleRows[end], columnIndex).count > 1 { end += 1 }
        }
        var trailing: [FlowItem] = []
        for span in visibleRows[end...] {
            block += 1
            let line = texts(span, columnIndex)
            if !line.isEmpty { trailing.append(.line(FlowLine(cells: line, block: block))) }
        }
        if start < end {
            let hidden = hiddenValues()
            var grid = grid(rows: visibleRows[start..<end], columns: Array(visibleColumns), columnIndex: columnIndex)
            grid.hiddenValues = hidden
            items.append(.grid(grid, otherwise: nil))
        }
        packed.removeAll()
        return (items + trailing, hiddenCount)
    }

    /// The rows' cells as a grid, merged ranges as spans over the rows and columns left visible.
    /// Each chunk of cells is let go once the rows it holds are laid out.
    private mutating func grid(rows: ArraySlice<RowSpan>, columns: [Int], columnIndex: [Int: Int]) -> CellGrid {
        // Grid row of each source row, for the merged ranges only (a large sheet has none to place).
        let rowIndex = merges.isEmpty ? [:]
            : Dictionary(rows.enumerated().map { (Int($1.row), $0) }, uniquingKeysWith: { first, _ in first })
        let sourceRows = rows.map { Int($0.row) }
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
        for span in rows { cellCount += Int(span.count) }
        grid.reserveCapacity(cells: cellCount + merges.count, columns: columns.count)
        for (r, span) in rows.enumerated() {
            packed.release(before: span.start)
            // the row's stored cells and merge anchors in column order; a later anchor at a slot wins
            var slots: [(column: Int, cell: Packed?, rows: Int, columns: Int)] = []
            for index in span.cells {
                guard let cell = packed[index], let c = columnIndex[Int(cell.column)] else { continue }
                slots.append((c, cell, 1, 1))
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
                let stored = slot.cell
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
        packed.forEach { _, cell in
            let row = Int(cell.row), column = Int(cell.column)
            if cell.isNumber, hiddenRows.contains(row) || hiddenColumns.contains(column) {
                values[CellReference.name(row: row, column: column)] = cell.text
            }
        }
        return values
    }

    /// A row above the table that is no header row: at most one text (title, attachment label,
    /// unit line), or only statements "key：value" side by side (编制部门：某局 | 单位：万元), which no
    /// header cell is.
    static func isCaption(_ texts: [String]) -> Bool {
        texts.count <= 1 || texts.allSatisfy(isStatement)
    }

    /// "key：value": a key of at most `statementKeyLength` characters, a colon, then text.
    static func isStatement(_ text: String) -> Bool {
        let trimmed = text.drop { $0.isWhitespace }
        guard let colon = trimmed.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return false }
        let key = trimmed[..<colon]
        return !key.isEmpty && key.count <= statementKeyLength && hasContent(String(trimmed[trimmed.index(after: colon)...]))
    }

    /// The longest key of a caption statement (编制单位, 单位名称, 填报单位: four to six characters).
    static let statementKeyLength = 8

    static func hasContent(_ text: String) -> Bool {
        text.unicodeScalars.contains { !$0.properties.isWhitespace && !$0.properties.isDefaultIgnorableCodePoint }
    }
}
