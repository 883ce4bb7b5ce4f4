/// A rectangle of spreadsheet cells, 1-based and inclusive.
public struct CellRange: Hashable, Sendable {
    public var firstRow: Int
    public var firstColumn: Int
    public var lastRow: Int
    public var lastColumn: Int

    /// Creates a range.
    public init(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
        self.firstRow = firstRow
        self.firstColumn = firstColumn
        self.lastRow = lastRow
        self.lastColumn = lastColumn
    }

    /// Number of cells, nil on overflow.
    public var area: Int? {
        let (area, overflow) = (lastRow - firstRow + 1).multipliedReportingOverflow(by: lastColumn - firstColumn + 1)
        return overflow ? nil : area
    }
}

/// A1-style spreadsheet cell references: "C12" ↔ row 12, column 3 (1-based); "$" ignored.
public enum CellReference {
    /// C12 → (12, 3); nil for anything else.
    public static func parse<S: StringProtocol>(_ text: S) -> (row: Int, column: Int)? {
        var column = 0
        var letters = 0
        var digits = ""
        for scalar in text.unicodeScalars where scalar != "$" {
            switch scalar.value {
            case 0x41...0x5A, 0x61...0x7A:
                guard digits.isEmpty else { return nil }
                letters += 1
                column = column * 26 + Int((scalar.value & 0xDF) - 0x40)
            case 0x30...0x39:
                digits.unicodeScalars.append(scalar)
            default:
                return nil
            }
        }
        guard (1...3).contains(letters), (1...7).contains(digits.count), let row = Int(digits), row > 0 else {
            return nil
        }
        return (row, column)
    }

    /// "A1:E2" (or one cell) → the range it names.
    public static func range<S: StringProtocol>(_ text: S) -> CellRange? {
        let ends = text.split(separator: ":", omittingEmptySubsequences: false)
        guard ends.count <= 2, let first = ends.first.flatMap({ parse($0) }) else { return nil }
        guard let last = ends.count == 2 ? parse(ends[1]) : first else { return nil }
        return CellRange(firstRow: min(first.row, last.row), firstColumn: min(first.column, last.column),
                         lastRow: max(first.row, last.row), lastColumn: max(first.column, last.column))
    }

    /// A plain sum names at most this many cells (a hostile A1:XFD1048576 is not a sum we evaluate).
    public static let maximumSumCells = 100_000

    /// The ranges a plain-sum formula names, in order (a single reference as a range of one cell):
    /// a reference, SUM over references and ranges, or such terms joined by + ("=" and "$" and
    /// spaces ignored); nil for any other formula or one naming more than `maximumSumCells` cells.
    public static func sumRanges(_ formula: String) -> [CellRange]? {
        var text = formula.uppercased().filter { $0 != "$" && $0 != " " }
        if text.hasPrefix("=") { text.removeFirst() }
        var ranges: [CellRange] = []
        var cells = 0
        for term in text.split(separator: "+", omittingEmptySubsequences: false) {
            if term.hasPrefix("SUM("), term.hasSuffix(")") {
                for item in term.dropFirst(4).dropLast().split(separator: ",", omittingEmptySubsequences: false) {
                    guard let named = range(item), let area = named.area, area <= maximumSumCells else { return nil }
                    ranges.append(named)
                    cells += area
                }
            } else {
                guard let cell = parse(term) else { return nil }
                ranges.append(CellRange(firstRow: cell.row, firstColumn: cell.column, lastRow: cell.row, lastColumn: cell.column))
                cells += 1
            }
            guard cells <= maximumSumCells else { return nil }
        }
        return ranges.isEmpty ? nil : ranges
    }

    /// The last column a sheet holds (XFD).
    public static let maximumColumn = 16_384
    /// The last row a sheet holds.
    public static let maximumRow = 1_048_576

    /// A plain-sum formula (as `sumRanges` reads it) written for another cell, `rows` and `columns`
    /// away: each reference moved by the offset, except a part anchored by "$" (what a shared
    /// formula's master says for the cells that share it). Nil for any other formula, or when a
    /// reference would leave the sheet.
    public static func shifted(_ formula: String, rows: Int, columns: Int) -> String? {
        guard sumRanges(formula) != nil else { return nil }
        var result = ""
        var word = ""
        func flush() -> Bool {
            defer { word = "" }
            guard !word.isEmpty else { return true }
            guard let moved = shiftedReference(word, rows: rows, columns: columns) else {
                // Not a reference (SUM): kept as written; a reference that leaves the sheet fails.
                guard parse(word) == nil else { return false }
                result += word
                return true
            }
            result += moved
            return true
        }
        for character in formula {
            if character == "$" || character.isASCII && (character.isLetter || character.isNumber) {
                word.append(character)
            } else {
                guard flush() else { return nil }
                result.append(character)
            }
        }
        guard flush() else { return nil }
        return result
    }

    /// One reference ($C$12, C$12, $C12, C12) moved by the offset where not anchored; nil when the
    /// word is no reference or the moved one leaves the sheet.
    private static func shiftedReference(_ word: String, rows: Int, columns: Int) -> String? {
        guard let cell = parse(word) else { return nil }
        let scalars = Array(word.unicodeScalars)
        let columnAnchored = scalars.first == "$"
        guard let digit = scalars.firstIndex(where: { (0x30...0x39).contains($0.value) }), digit > 0 else { return nil }
        let rowAnchored = scalars[digit - 1] == "$"
        let (row, rowOverflow) = cell.row.addingReportingOverflow(rowAnchored ? 0 : rows)
        let (column, columnOverflow) = cell.column.addingReportingOverflow(columnAnchored ? 0 : columns)
        guard !rowOverflow, !columnOverflow, (1...maximumRow).contains(row), (1...maximumColumn).contains(column)
        else { return nil }
        let name = name(row: row, column: column)
        guard let split = name.firstIndex(where: \.isNumber) else { return nil }
        return (columnAnchored ? "$" : "") + name[..<split] + (rowAnchored ? "$" : "") + name[split...]
    }

    /// (12, 3) → "C12".
    public static func name(row: Int, column: Int) -> String {
        var letters = ""
        var column = column
        while column > 0 {
            letters = String(UnicodeScalar(UInt8(65 + (column - 1) % 26))) + letters
            column = (column - 1) / 26
        }
        return letters + String(row)
    }
}
