/// One cell of a table grid as a document stores it (an HTML `<td>`, a spreadsheet cell, a
/// docx `w:tc`), before any reading of what the table means.
///
/// A large sheet's grid holds every cell while the table stage reads it, so the cell is laid out
/// small (40 bytes beside its text): row and column as 32-bit numbers (clamped; no grid reaches
/// them), spans as 16-bit ones, the indent as a count of half em (what spreadsheet indent steps
/// and most HTML indents are), the flags in one byte, a spreadsheet number's stored value as a
/// flag when it is the text itself; a formula, a stored value other than the text, a span beyond
/// 16 bits or an indent that is no count of half em sit in a shared box only when there is one.
public struct GridCell: Sendable, Equatable {
    /// Text as shown, on one line (for a spreadsheet number: its stored value, exactly).
    public var text: String {
        get { shownText }
        set {
            let stored = storedValue
            shownText = newValue
            storedValue = stored
        }
    }
    /// Top row and left column of the cell (0-based).
    public var row: Int {
        get { Int(place.row) }
        set { place.row = Int32(clamping: newValue) }
    }
    public var column: Int {
        get { Int(place.column) }
        set { place.column = Int32(clamping: newValue) }
    }
    /// Rows and columns covered, at least 1.
    public var rowSpan: Int {
        get { place.rowSpan == GridPlace.boxed ? Int(extra?.fields.rowSpan ?? 1) : Int(place.rowSpan) }
        set {
            let span = Int32(clamping: newValue)
            place.rowSpan = UInt16(exactly: span).flatMap { $0 == GridPlace.boxed ? nil : $0 } ?? GridPlace.boxed
            let boxed = place.rowSpan == GridPlace.boxed ? span : nil
            update { $0.rowSpan = boxed }
        }
    }
    public var columnSpan: Int {
        get { place.columnSpan == GridPlace.boxed ? Int(extra?.fields.columnSpan ?? 1) : Int(place.columnSpan) }
        set {
            let span = Int32(clamping: newValue)
            place.columnSpan = UInt16(exactly: span).flatMap { $0 == GridPlace.boxed ? nil : $0 } ?? GridPlace.boxed
            let boxed = place.columnSpan == GridPlace.boxed ? span : nil
            update { $0.columnSpan = boxed }
        }
    }
    /// Spreadsheets: the stored value's text for a number ("1234.5"), nil for text cells.
    public var storedValue: String? {
        get { flags.contains(.storedIsText) ? shownText : extra?.fields.storedValue }
        set {
            let isText = newValue == shownText
            if isText { flags.insert(.storedIsText) } else { flags.remove(.storedIsText) }
            update { $0.storedValue = isText ? nil : newValue }
        }
    }
    /// Spreadsheets: the formula without its leading "=", nil when none.
    public var formula: String? {
        get { extra?.fields.formula }
        set { update { $0.formula = newValue } }
    }
    /// How far the format sets the text in from the cell's left edge, in em, not counting spaces
    /// at the start of `text` (HTML: CSS padding-left, text-indent, …); nil when the format does
    /// not say, or the text is centred or right-aligned (its left edge then depends on its width).
    public var indent: Double? {
        get {
            switch place.indent {
            case GridPlace.noIndent: nil
            case GridPlace.boxed8: extra?.fields.indent
            default: Double(place.indent - 1) / 2
            }
        }
        set {
            if let newValue, newValue.sign == .plus, let halves = Int(exactly: newValue * 2),
               halves < Int(GridPlace.boxed8) - 1 {
                place.indent = UInt8(halves + 1)
                update { $0.indent = nil }
            } else if let newValue {
                place.indent = GridPlace.boxed8
                update { $0.indent = newValue }
            } else {
                place.indent = GridPlace.noIndent
                update { $0.indent = nil }
            }
        }
    }
    /// A header cell (`<th>`; a docx header row).
    public var isHeader: Bool {
        get { flags.contains(.isHeader) }
        set { if newValue { flags.insert(.isHeader) } else { flags.remove(.isHeader) } }
    }
    /// The cell sits in a header section (`<thead>`).
    public var inHead: Bool {
        get { flags.contains(.inHead) }
        set { if newValue { flags.insert(.inHead) } else { flags.remove(.inHead) } }
    }
    /// `text`.
    private var shownText: String
    /// What few cells have (`GridCellExtra`); nil when none.
    private var extra: GridCellExtra?
    /// Row, column, spans and indent.
    private var place: GridPlace
    private var flags: GridCellFlags = []

    /// Creates a cell.
    public init(text: String, row: Int, column: Int, rowSpan: Int = 1, columnSpan: Int = 1, isHeader: Bool = false,
                inHead: Bool = false, storedValue: String? = nil, formula: String? = nil, indent: Double? = nil) {
        shownText = text
        place = GridPlace(row: Int32(clamping: row), column: Int32(clamping: column))
        // The usual cell (spans of 16 bits, no indent, stored value or formula) has nothing for the
        // box: its place and flags are set as the setters below would set them, without asking
        // `update` five times whether the box changed.
        if storedValue == nil, formula == nil, indent == nil, (1..<Int(GridPlace.boxed)).contains(rowSpan),
           (1..<Int(GridPlace.boxed)).contains(columnSpan) {
            place.rowSpan = UInt16(truncatingIfNeeded: rowSpan)
            place.columnSpan = UInt16(truncatingIfNeeded: columnSpan)
            extra = nil
            if isHeader { flags.insert(.isHeader) }
            if inHead { flags.insert(.inHead) }
            return
        }
        self.rowSpan = max(rowSpan, 1)
        self.columnSpan = max(columnSpan, 1)
        self.isHeader = isHeader
        self.inHead = inHead
        self.indent = indent
        self.storedValue = storedValue
        self.formula = formula
    }

    /// Changes what the box holds; a box left empty goes (it is shared between copies, so a
    /// change makes a new one).
    private mutating func update(_ change: (inout GridCellExtra.Fields) -> Void) {
        var fields = extra?.fields ?? GridCellExtra.Fields()
        let before = fields
        change(&fields)
        guard fields != before else { return }
        extra = fields == GridCellExtra.Fields() ? nil : GridCellExtra(fields)
    }

    /// Cells are equal when what they say is: text, place, spans, indent, header flags, stored value and formula.
    public static func == (lhs: GridCell, rhs: GridCell) -> Bool {
        lhs.shownText == rhs.shownText && lhs.row == rhs.row && lhs.column == rhs.column
            && lhs.rowSpan == rhs.rowSpan && lhs.columnSpan == rhs.columnSpan && lhs.indent == rhs.indent
            && lhs.isHeader == rhs.isHeader && lhs.inHead == rhs.inHead && lhs.storedValue == rhs.storedValue
            && lhs.formula == rhs.formula
    }
}

/// A cell's row and column, its spans (`boxed`: beyond 16 bits, in the box) and its indent in
/// half em plus one (`noIndent`: none; `boxed8`: in the box).
private struct GridPlace: Sendable {
    var row: Int32
    var column: Int32
    var rowSpan: UInt16 = 1
    var columnSpan: UInt16 = 1
    var indent: UInt8 = GridPlace.noIndent

    static let boxed = UInt16.max
    static let noIndent: UInt8 = 0
    static let boxed8 = UInt8.max
}

/// A cell's flags, one byte.
private struct GridCellFlags: OptionSet, Sendable {
    let rawValue: UInt8
    static let isHeader = GridCellFlags(rawValue: 1)
    static let inHead = GridCellFlags(rawValue: 2)
    /// The stored value is `text` itself (a spreadsheet number).
    static let storedIsText = GridCellFlags(rawValue: 4)
}

/// What few cells have: a formula, a stored value other than the shown text, a span beyond 16
/// bits, an indent that is no count of half em.
private final class GridCellExtra: Sendable {
    struct Fields: Equatable, Sendable {
        var storedValue: String?
        var formula: String?
        var indent: Double?
        var rowSpan: Int32?
        var columnSpan: Int32?
    }

    let fields: Fields

    init(_ fields: Fields) {
        self.fields = fields
    }
}

/// A table as a grid of slots, each covered by at most one cell (spans cover several). Every grid
/// reader (HTML, xlsx, xls, docx) produces one; the table stage reads it into a raw table.
///
/// The cells are held packed (`GridCellChunk`: 16 bytes and the text's UTF-8 bytes for a cell
/// of one slot without formula, a `GridCell` only for the others) in chunks of 8,192, so that
/// the table stage can let a large sheet's cells go as it copies their rows out (`releaseRows`)
/// instead of holding the whole grid beside the table's rows.
public struct CellGrid: Sendable, Equatable {
    /// The cells in document order (built whole: `cell(at:)` reads one).
    public var cells: [GridCell] {
        var all: [GridCell] = []
        all.reserveCapacity(cellCount)
        for chunk in chunks {
            for position in 0..<chunk.count { if let cell = chunk[position] { all.append(cell) } }
        }
        return all
    }
    /// Number of cells added (released ones included).
    public private(set) var cellCount = 0
    /// True when some cell has a formula.
    public private(set) var hasFormulas = false
    /// The cells, `chunkCells` a chunk, packed (`GridCellChunk`); a chunk let go (`releaseRows`) is empty.
    private var chunks: [GridCellChunk] = []
    /// Chunks before this one have been let go.
    private var releasedChunks = 0
    /// The last row that a slot of each chunk's cells covers, counted at the first release.
    private var lastRows: [Int32] = []
    static let chunkCells = GridCellChunk.capacity
    /// Slots row after row, `width` a row: index into `cells` of the cell covering the slot, -1
    /// for a hole (4 bytes a slot in one buffer: a large sheet's grid is held whole while the
    /// table stage reads it, and an array per row cost 64 bytes more a row).
    private var slots: [Int32] = []
    /// Slots a row holds in `slots` (at least the widest row's length; doubled when a row is wider).
    private var width = 0
    /// Length of each row: the columns up to its last covered slot.
    private var rowLengths: [Int32] = []
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
        rowLengths = Array(repeating: 0, count: max(rowCount, 0))
        self.caption = caption
        self.name = name
    }

    /// Number of rows.
    public var rowCount: Int { rowLengths.count }
    /// Number of columns of the widest row.
    public private(set) var columnCount = 0

    /// The first column at or after `column` in `row` that no cell covers yet.
    public func freeColumn(row: Int, from column: Int) -> Int {
        guard rowLengths.indices.contains(row) else { return column }
        var column = max(column, 0)
        while column < Int(rowLengths[row]), slots[row * width + column] >= 0 { column += 1 }
        return column
    }

    /// Makes room for `count` cells in all and rows `columns` slots wide (a reader that knows how
    /// many it adds: the slots are then laid out once, not widened by doubling).
    public mutating func reserveCapacity(cells count: Int, columns: Int = 0) {
        expectedCells = max(count, 0)
        if columns > width, columns <= Self.maximumReservedWidth { widen(to: columns) }
    }

    /// Cells expected (`reserveCapacity`): each chunk is reserved at its size up to them.
    private var expectedCells = 0

    /// Widest row `reserveCapacity` lays out ahead (wider rows still widen as cells arrive).
    static let maximumReservedWidth = 16_384

    /// Adds a cell covering its span (rows are added as needed; later cells take over the slots
    /// they cover, as browsers do with overlapping spans).
    public mutating func add(_ cell: GridCell) {
        guard cell.row >= 0, cell.column >= 0, let index = Int32(exactly: cellCount) else { return }
        let (lastRow, rowOverflow) = cell.row.addingReportingOverflow(cell.rowSpan)
        let (lastColumn, columnOverflow) = cell.column.addingReportingOverflow(cell.columnSpan)
        guard !rowOverflow, !columnOverflow, let length = Int32(exactly: lastColumn) else { return }
        if cellCount % Self.chunkCells == 0 {
            chunks.append(GridCellChunk(expected: min(Self.chunkCells, max(expectedCells - cellCount, 0))))
        }
        chunks[chunks.count - 1].append(cell)
        cellCount += 1
        if cell.formula != nil { hasFormulas = true }
        if lastColumn > width { widen(to: max(lastColumn, width * 2)) }
        while rowLengths.count < lastRow {
            rowLengths.append(0)
            slots.append(contentsOf: repeatElement(-1, count: width))
        }
        for covered in cell.row..<lastRow {
            rowLengths[covered] = max(rowLengths[covered], length)
            let start = covered * width
            for slot in cell.column..<lastColumn { slots[start + slot] = index }
            columnCount = max(columnCount, Int(rowLengths[covered]))
        }
    }

    /// Lays the slots out `newWidth` a row (holes in the new columns).
    private mutating func widen(to newWidth: Int) {
        var widened: [Int32] = []
        let (total, overflow) = rowLengths.count.multipliedReportingOverflow(by: newWidth)
        if !overflow { widened.reserveCapacity(total) }
        for row in rowLengths.indices {
            widened.append(contentsOf: slots[(row * width)..<(row * width + width)])
            widened.append(contentsOf: repeatElement(-1, count: newWidth - width))
        }
        slots = widened
        width = newWidth
    }

    /// The cell covering a slot, nil for a hole, outside the grid or let go.
    public func cell(row: Int, column: Int) -> GridCell? {
        // Not `flatMap(cell(at:))`: the method as a closure took a copy of the grid on every call.
        guard let index = cellIndex(row: row, column: column) else { return nil }
        return cell(at: index)
    }

    /// The cell at `index` in document order, nil outside or let go.
    public func cell(at index: Int) -> GridCell? {
        guard index >= 0, index < cellCount else { return nil }
        let (chunk, offset) = index.quotientAndRemainder(dividingBy: Self.chunkCells)
        guard chunk >= releasedChunks, chunks.indices.contains(chunk) else { return nil }
        return chunks[chunk][offset]
    }

    /// Lets go of the cells that cover no slot below `row` (whole chunks, in document order: a
    /// chunk goes once every chunk before it has gone). For a reader that visits the rows in
    /// order and reads each once: a cell let go is nil to `cell(row:column:)` and `cell(at:)`.
    public mutating func releaseRows(through row: Int) {
        if lastRows.isEmpty, !chunks.isEmpty { lastRows = chunkLastRows() }
        while releasedChunks < chunks.count, lastRows.indices.contains(releasedChunks),
              Int(lastRows[releasedChunks]) <= row {
            chunks[releasedChunks] = GridCellChunk(expected: 0)
            releasedChunks += 1
        }
    }

    /// For each chunk, the last row whose slots hold one of its cells (-1 for none): one pass
    /// over the slots.
    private func chunkLastRows() -> [Int32] {
        var last = [Int32](repeating: -1, count: chunks.count)
        for row in rowLengths.indices {
            for slot in rowSlots(row) where slot >= 0 {
                let chunk = Int(slot) / Self.chunkCells
                if last.indices.contains(chunk) { last[chunk] = Int32(clamping: row) }
            }
        }
        return last
    }

    /// Index into `cells` of the cell covering a slot.
    public func cellIndex(row: Int, column: Int) -> Int? {
        guard rowLengths.indices.contains(row), column >= 0, column < Int(rowLengths[row]) else { return nil }
        let slot = slots[row * width + column]
        return slot >= 0 ? Int(slot) : nil
    }

    /// The distinct cells of a row, left to right (spanning cells once).
    public func distinctCells(row: Int) -> [GridCell] {
        guard rowLengths.indices.contains(row) else { return [] }
        let indices = distinctIndices(row: row)
        var cells: [GridCell] = []
        cells.reserveCapacity(indices.count)
        for index in indices {
            if let cell = cell(at: index) { cells.append(cell) }
        }
        return cells
    }

    /// Indices (into `cells`) of the cells covering the row's slots, each once, in the order of the
    /// slots. A cell's slots mostly follow one another: a slot holding the index of the slot before
    /// it adds nothing; any other is looked for among those found (in a set once they are many).
    func distinctIndices(row: Int) -> [Int] {
        guard rowLengths.indices.contains(row) else { return [] }
        var found: [Int] = []
        var seen: Set<Int>?
        var previous: Int32 = -1
        for slot in rowSlots(row) {
            guard slot >= 0, slot != previous else { continue }
            previous = slot
            let index = Int(slot)
            if seen == nil, found.count >= Self.linearSearchLimit { seen = Set(found) }
            if seen != nil {
                guard seen?.insert(index).inserted == true else { continue }
            } else if found.contains(index) {
                continue
            }
            found.append(index)
        }
        return found
    }

    /// Distinct cells of a row looked for among those found one by one, up to this many.
    static let linearSearchLimit = 16

    /// The general path of `distinctIndices(row:)`: every slot's index checked in a set.
    func distinctIndicesBySet(row: Int) -> [Int] {
        guard rowLengths.indices.contains(row) else { return [] }
        var seen: Set<Int> = []
        return rowSlots(row).compactMap { slot in
            let index = Int(slot)
            guard index >= 0, seen.insert(index).inserted else { return nil }
            return index
        }
    }

    /// `cell(at: index)?.columnSpan`, without making the cell (a packed cell spans one column).
    public func columnSpan(at index: Int) -> Int? {
        guard holdsCell(at: index) else { return nil }
        let (chunk, offset) = index.quotientAndRemainder(dividingBy: Self.chunkCells)
        return chunks[chunk].columnSpan(at: offset)
    }

    /// True when `cell(at: index)` holds a cell (in the grid, not let go), without making it.
    func holdsCell(at index: Int) -> Bool {
        guard index >= 0, index < cellCount else { return false }
        let (chunk, offset) = index.quotientAndRemainder(dividingBy: Self.chunkCells)
        guard chunk >= releasedChunks, chunks.indices.contains(chunk) else { return false }
        return offset < chunks[chunk].count
    }

    /// The slots of a row, up to its last covered one.
    private func rowSlots(_ row: Int) -> ArraySlice<Int32> {
        slots[(row * width)..<(row * width + Int(rowLengths[row]))]
    }

    /// Grids are equal when they hold the same cells in the same slots, however wide the buffer grew.
    public static func == (lhs: CellGrid, rhs: CellGrid) -> Bool {
        lhs.cells == rhs.cells && lhs.rowLengths == rhs.rowLengths && lhs.columnCount == rhs.columnCount
            && lhs.caption == rhs.caption && lhs.name == rhs.name && lhs.sourceRows == rhs.sourceRows
            && lhs.sourceColumns == rhs.sourceColumns && lhs.hiddenValues == rhs.hiddenValues
            && lhs.rowLengths.indices.allSatisfy { lhs.rowSlots($0) == rhs.rowSlots($0) }
    }

    /// True when the row is one cell across the whole table (a title, unit or note row).
    public func isSpanningRow(_ row: Int) -> Bool {
        guard columnCount > 1, rowLengths.indices.contains(row), Int(rowLengths[row]) == columnCount else { return false }
        var held = 0
        for index in distinctIndices(row: row) where holdsCell(at: index) {
            held += 1
            if held > 1 { return false }
        }
        return held == 1
            && slots[(row * width)..<(row * width + columnCount)].allSatisfy { $0 >= 0 }
    }
}

/// Up to `capacity` cells of a grid, in the order added. A cell of one slot whose box is empty
/// (no formula, a stored value that is its text or none, an indent of whole half em) and whose
/// text is short is held as 16 bytes (`Packed`) and its text's UTF-8 bytes in the chunk's one
/// buffer; any other cell is held whole beside (`others`), so every cell reads back exactly.
/// 8,192 packed cells are 128 KiB: a chunk of a large sheet sits above glibc's mmap threshold
/// and goes back to the system when let go.
struct GridCellChunk: Sendable {
    static let capacity = 8_192
    /// Longest text held in the buffer, in UTF-8 bytes (a longer text is a `GridCell` of its own,
    /// which shares the document's storage: a repeated long shared string is not copied each time).
    static let longestPacked = 64

    /// A packed cell: where its text ends in `bytes` (it starts where the cell before it ends),
    /// row and column, the indent code and flags as `GridCell` holds them.
    struct Packed: Sendable {
        var end: UInt32
        var row: Int32
        var column: Int32
        var indent: UInt8
        /// `GridCell`'s flags, `whole` when the cell is in `others`.
        var flags: UInt8

        static let whole: UInt8 = 0x80
    }

    private var packed: [Packed] = []
    private var bytes: [UInt8] = []
    /// Cells not packed, by position in the chunk.
    private var others: [Int: GridCell] = [:]

    /// An empty chunk that reserves room for `expected` cells (with 16 bytes of text each, reserved
    /// pages not yet written are no memory in use).
    init(expected: Int) {
        if expected > 0 {
            packed.reserveCapacity(expected)
            bytes.reserveCapacity(expected * 16)
        }
    }

    /// Number of cells held.
    var count: Int { packed.count }

    mutating func append(_ cell: GridCell) {
        let end = UInt32(truncatingIfNeeded: bytes.count)
        if let (indent, flags) = cell.packedForm, cell.text.utf8.count <= Self.longestPacked,
           let newEnd = UInt32(exactly: bytes.count + cell.text.utf8.count) {
            bytes.append(contentsOf: cell.text.utf8)
            packed.append(Packed(end: newEnd, row: Int32(clamping: cell.row), column: Int32(clamping: cell.column),
                                 indent: indent, flags: flags))
        } else {
            others[packed.count] = cell
            packed.append(Packed(end: end, row: 0, column: 0, indent: 0, flags: Packed.whole))
        }
    }

    /// The column span of the cell at `position` (1 for a packed one), nil outside.
    func columnSpan(at position: Int) -> Int? {
        guard packed.indices.contains(position) else { return nil }
        return packed[position].flags & Packed.whole != 0 ? others[position]?.columnSpan : 1
    }

    /// The cell at `position`, nil outside.
    subscript(position: Int) -> GridCell? {
        guard packed.indices.contains(position) else { return nil }
        let cell = packed[position]
        if cell.flags & Packed.whole != 0 { return others[position] }
        let start = position > 0 ? Int(packed[position - 1].end) : 0
        let end = Int(cell.end)
        guard start <= end, end <= bytes.count else { return nil }
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        return GridCell(packedText: text, row: cell.row, column: cell.column, indent: cell.indent, flags: cell.flags)
    }
}

extension GridCell {
    /// The indent code and flags of a cell that `GridCellChunk` can pack (one slot, an empty box),
    /// nil for any other.
    fileprivate var packedForm: (indent: UInt8, flags: UInt8)? {
        guard extra == nil, place.rowSpan == 1, place.columnSpan == 1, flags.rawValue & GridCellChunk.Packed.whole == 0
        else { return nil }
        return (place.indent, flags.rawValue)
    }

    /// The cell `packedForm` packed.
    fileprivate init(packedText: String, row: Int32, column: Int32, indent: UInt8, flags: UInt8) {
        shownText = packedText
        extra = nil
        place = GridPlace(row: row, column: column, indent: indent)
        self.flags = GridCellFlags(rawValue: flags)
    }
}
