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
public struct CellGrid: Sendable, Equatable {
    /// The cells in document order.
    public private(set) var cells: [GridCell] = []
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
        cells.reserveCapacity(count)
        if columns > width, columns <= Self.maximumReservedWidth { widen(to: columns) }
    }

    /// Widest row `reserveCapacity` lays out ahead (wider rows still widen as cells arrive).
    static let maximumReservedWidth = 16_384

    /// Adds a cell covering its span (rows are added as needed; later cells take over the slots
    /// they cover, as browsers do with overlapping spans).
    public mutating func add(_ cell: GridCell) {
        guard cell.row >= 0, cell.column >= 0, let index = Int32(exactly: cells.count) else { return }
        let (lastRow, rowOverflow) = cell.row.addingReportingOverflow(cell.rowSpan)
        let (lastColumn, columnOverflow) = cell.column.addingReportingOverflow(cell.columnSpan)
        guard !rowOverflow, !columnOverflow, let length = Int32(exactly: lastColumn) else { return }
        cells.append(cell)
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

    /// The cell covering a slot, nil for a hole or outside the grid.
    public func cell(row: Int, column: Int) -> GridCell? {
        cellIndex(row: row, column: column).flatMap { cells.indices.contains($0) ? cells[$0] : nil }
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
        var seen: Set<Int> = []
        return rowSlots(row).compactMap { slot in
            let index = Int(slot)
            guard index >= 0, seen.insert(index).inserted, cells.indices.contains(index) else { return nil }
            return cells[index]
        }
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
        return distinctCells(row: row).count == 1
            && slots[(row * width)..<(row * width + columnCount)].allSatisfy { $0 >= 0 }
    }
}
