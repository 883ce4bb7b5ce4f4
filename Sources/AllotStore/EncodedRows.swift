import AllotModel
import Foundation

/// Rows of one dataset table encoded for SQLite as plain values: every text's UTF-8 bytes one after
/// another in one buffer, each value a tag with its integer or its byte range there. Made where the
/// rows are built (a worker thread), so the writer only binds them (`SQLiteRows.insert(_:with:_:)`).
struct EncodedRows: Sendable {
    /// One value of a row.
    enum Value: Sendable, Equatable {
        /// Text: `count` bytes of `texts` from `start`; `plain` when CSV prints the bytes as they are
        /// (no NUL, no character that needs quotes, no space at either end: `isPlain`).
        case text(start: Int, count: Int, plain: Bool)
        /// A whole number.
        case integer(Int)
        /// NULL.
        case null
    }

    /// The table the rows belong to.
    let table: DatasetTable
    /// Values per row (the table's column count).
    let width: Int
    /// The texts' bytes.
    private(set) var texts: [UInt8] = []
    /// The values, row after row, each row `width` long.
    private(set) var values: [Value] = []
    /// Whether a text was given to an INTEGER column, where SQLite may store it as a number (its
    /// type affinity): the rows are then not printed ahead (`csvLines`).
    private(set) var hasTextInIntegerColumn = false
    /// Positions of the columns some row appended as an `EncodedRow` never set (`SchemaTests`: none).
    private(set) var unsetColumns = Set<Int>()
    private let integerColumns: [Bool]

    /// No rows yet.
    init(_ table: DatasetTable) {
        self.table = table
        width = table.header.count
        integerColumns = table.columns.map { $0.kind == .integer }
    }

    /// Rows held.
    var count: Int { width == 0 ? 0 : values.count / width }

    /// Makes room for `rows` more rows, and `bytes` more bytes of text, at once (grown as they come,
    /// the values were copied over again and again).
    mutating func reserve(rows: Int, bytes: Int) {
        let (valueCount, overflow) = rows.multipliedReportingOverflow(by: width)
        guard !overflow, rows > 0, bytes >= 0 else { return }
        values.reserveCapacity(values.count + valueCount)
        texts.reserveCapacity(texts.count + bytes)
    }

    /// Appends `record` (a row of `table`) in column order.
    mutating func append(_ record: DatasetRecord) {
        var column = 0
        record.forEachValue { value in
            defer { column += 1 }
            switch value {
            case let .text(text):
                if column < integerColumns.count, integerColumns[column] { hasTextInIntegerColumn = true }
                values.append(self.text(text))
            case let .integer(number): values.append(.integer(number))
            case .null: values.append(.null)
            }
        }
    }

    /// Appends `text`'s bytes once and gives the value pointing at them, which any number of rows may
    /// hold (`append(_:)` of an `EncodedRow`): the cells of one printed row share its texts' bytes.
    mutating func text(_ text: String) -> Value {
        // Most rows leave several texts empty (remark, codes): nothing to copy or look at.
        guard !text.isEmpty else { return .text(start: texts.count, count: 0, plain: true) }
        return written { texts in
            // Copied as one block where the String's bytes are contiguous (native Strings are).
            if text.utf8.withContiguousStorageIfAvailable({ texts.append(contentsOf: $0) }) == nil {
                texts.append(contentsOf: text.utf8)
            }
        }
    }

    /// `amount`'s text (`Amount.text`), its bytes written straight into the buffer.
    mutating func amount(_ amount: Amount) -> Value {
        written { amount.writeText(to: &$0) }
    }

    /// `value` as exact decimal text (`DatasetCSV.text`), its bytes written straight into the buffer.
    mutating func decimal(_ value: Decimal) -> Value {
        written { texts in
            if !DecimalText.write(value, to: &texts) { texts.append(contentsOf: DatasetCSV.text(value).utf8) }
        }
    }

    /// `numbers` in decimal separated by one space (`String(n)` of each, joined by " "), as a text value.
    mutating func numbers(_ numbers: some Sequence<Int>) -> Value {
        let start = texts.count
        for number in numbers {
            if texts.count > start { texts.append(UInt8(ascii: " ")) }
            SQLiteRows.appendInteger(number, to: &texts)
        }
        return .text(start: start, count: texts.count - start, plain: true)
    }

    /// The id `hash` gives with `prefix` (`StableID.Hash.id`), its bytes appended as `text(_:)` would.
    mutating func id(_ hash: StableID.Hash, prefix: String) -> Value {
        written { hash.write(prefix, to: &$0) }
    }

    /// The text value of the bytes `write` appends to the buffer.
    private mutating func written(_ write: (inout [UInt8]) -> Void) -> Value {
        let start = texts.count
        write(&texts)
        let plain = texts.withUnsafeBufferPointer { buffer in
            Self.isPlain(UnsafeBufferPointer(rebasing: buffer[start...]))
        }
        return .text(start: start, count: texts.count - start, plain: plain)
    }

    /// Appends `row` (a row of `table`, its values made by `text(_:)`) in column order; a column it
    /// never set is NULL, and its position is kept in `unsetColumns`.
    mutating func append(_ row: EncodedRow) {
        append(values: resolved(row))
    }

    /// The values of `row` (a row of `table`, its values made by `text(_:)`) in column order, to append
    /// as they are (`append(values:)`), as many times as wanted: a column it never set is NULL, and its
    /// position is kept in `unsetColumns`.
    mutating func resolved(_ row: EncodedRow) -> [Value] {
        var column = 0
        return row.values.map { value in
            defer { column += 1 }
            guard let value else {
                unsetColumns.insert(column)
                return .null
            }
            if case .text = value, column < integerColumns.count, integerColumns[column] { hasTextInIntegerColumn = true }
            return value
        }
    }

    /// Appends the row `resolved(_:)` gave (a row of `width` values).
    mutating func append(values row: [Value]) {
        values.append(contentsOf: row)
    }

    /// Sets the value at column `position` of the row appended last (a position outside it is ignored).
    mutating func setLast(_ position: Int, _ value: Value) {
        guard position >= 0, position < width, values.count >= width else { return }
        if case .text = value, position < integerColumns.count, integerColumns[position] { hasTextInIntegerColumn = true }
        values[values.count - width + position] = value
    }

    /// Whether `SQLiteRows.appendText` prints these bytes (valid UTF-8) as they are: no NUL, no comma, quote or
    /// line break, and no space at either end.
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.first != 0x20, bytes.last != 0x20 else { return false }
        for byte in bytes {
            switch byte {
            case 0, 0x2C, 0x22, 0x0A, 0x0D: return false
            default: continue
            }
        }
        return true
    }

    /// The rows' CSV lines as the export prints them once stored (`SQLiteRows.appendLine`): text up to
    /// its first NUL, as SQLite gives it back, integers in decimal, NULL as the empty field. Nil when
    /// SQLite may store a value otherwise than given (`hasTextInIntegerColumn`). Written into one
    /// buffer of the exact size: plain texts and integers straight in, the rare text that needs quotes
    /// or a closer look printed by `SQLiteRows.appendText` first, apart.
    func csvLines() -> [UInt8]? {
        guard !hasTextInIntegerColumn else { return nil }
        return texts.withUnsafeBufferPointer { buffer -> [UInt8] in
            // Each value is followed by one byte: a comma, or the line end after a row's last.
            var size = values.count
            var printed: [Int: [UInt8]] = [:]
            for (index, value) in values.enumerated() {
                switch value {
                case let .text(start, count, plain):
                    guard start >= 0, count >= 0, start <= buffer.count - count else { continue }
                    guard !plain else {
                        size += count
                        continue
                    }
                    // The bytes were copied from Strings: valid UTF-8, not checked again.
                    var field: [UInt8] = []
                    SQLiteRows.appendText(UnsafeBufferPointer(rebasing: buffer[start..<(start + count)]), to: &field,
                                          validUTF8: true)
                    size += field.count
                    printed[index] = field
                case let .integer(number): size += Self.digitCount(number)
                case .null: continue
                }
            }
            return [UInt8](unsafeUninitializedCapacity: size) { lines, written in
                written = 0
                guard let out = lines.baseAddress else { return }
                var at = 0
                var column = 0
                for (index, value) in values.enumerated() {
                    switch value {
                    case let .text(start, count, plain):
                        guard start >= 0, count >= 0, start <= buffer.count - count else { break }
                        if plain {
                            if count > 0, let texts = buffer.baseAddress { (out + at).update(from: texts + start, count: count) }
                            at += count
                        } else if let field = printed[index] {
                            field.withUnsafeBufferPointer { bytes in
                                if let base = bytes.baseAddress { (out + at).update(from: base, count: bytes.count) }
                            }
                            at += field.count
                        }
                    case let .integer(number): at += Self.write(number, to: out + at)
                    case .null: break
                    }
                    column += 1
                    if column == width {
                        out[at] = UInt8(ascii: "\n")
                        column = 0
                    } else {
                        out[at] = UInt8(ascii: ",")
                    }
                    at += 1
                }
                written = at
            }
        }
    }

    /// How many bytes `String(number)` has.
    private static func digitCount(_ number: Int) -> Int {
        var magnitude = number.magnitude
        var count = number < 0 ? 2 : 1
        while magnitude >= 10 {
            magnitude /= 10
            count += 1
        }
        return count
    }

    /// Writes the bytes of `String(number)` at `out` (`digitCount(number)` of them); their count.
    private static func write(_ number: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
        let count = digitCount(number)
        var magnitude = number.magnitude
        var end = count
        repeat {
            end -= 1
            out[end] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
        if number < 0 { out[0] = UInt8(ascii: "-") }
        return count
    }

    /// The value at `column` of row `row` as the `DatasetValue` it was made from (tests read rows back).
    func value(row: Int, column: Int) -> DatasetValue {
        let index = row * width + column
        guard column >= 0, column < width, index >= 0, index < values.count else { return .null }
        switch values[index] {
        case let .text(start, count, _):
            guard start >= 0, count >= 0, start + count <= texts.count else { return .null }
            return .text(String(decoding: texts[start..<(start + count)], as: UTF8.self))
        case let .integer(number): return .integer(number)
        case .null: return .null
        }
    }
}
