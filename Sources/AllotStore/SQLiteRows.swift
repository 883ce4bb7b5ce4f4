import AllotModel
import CSQLiteConfig
import Foundation
import GRDB
import GRDBSQLite

/// The raw SQLite calls of the store's row traffic (the only file of AllotStore calling SQLite's C
/// API): each value of a row is bound straight from its `DatasetValue` into the prepared, reused
/// INSERT, without building GRDB's `StatementArguments`, and each exported row is read straight into
/// its CSV fields, without GRDB's `DatabaseValue`s.
enum SQLiteRows {
    /// Whether SQLite keeps no memory statistics in this process: turned off when the executable loaded
    /// (`CSQLiteConfig`), before the first connection. With them on, each malloc and free of the
    /// writer also takes SQLite's memory mutex.
    static var memoryStatisticsOff: Bool { allot_sqlite_memstatus_result() == SQLITE_OK }

    /// Runs `statement` (an INSERT with one placeholder per column of `record`'s table, in column
    /// order) with the values of `record`. The row's texts are copied once into `arena` (reused from
    /// row to row) and bound where they lie there, without SQLite copying each one (SQLITE_STATIC);
    /// the bindings are cleared before the arena is touched again. A failed bind or step throws
    /// SQLite's error.
    static func insert(_ record: DatasetRecord, with statement: Statement, _ db: Database,
                       arena: inout [UInt8]) throws {
        let handle = statement.sqliteStatement
        arena.removeAll(keepingCapacity: true)
        record.forEachValue { value in
            // Copied as one block where the String's bytes are contiguous (native Strings are).
            guard case let .text(text) = value,
                  text.utf8.withContiguousStorageIfAvailable({ arena.append(contentsOf: $0) }) == nil else { return }
            arena.append(contentsOf: text.utf8)
        }
        // Never empty, so the buffer has an address: an empty text is bound as '' there, not as NULL.
        arena.append(0)
        let code = arena.withUnsafeBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return SQLITE_NOMEM }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { start in
                bindAndStep(record, handle: handle, texts: start)
            }
        }
        guard code == SQLITE_DONE else { throw error(code, statement, db) }
    }

    /// Binds `record`'s values (its texts one after another from `texts`), steps, resets and clears
    /// the bindings; SQLITE_DONE, or the code of the first failing call.
    private static func bindAndStep(_ record: DatasetRecord, handle: OpaquePointer?,
                                    texts: UnsafePointer<CChar>) -> Int32 {
        sqlite3_reset(handle)
        var index: Int32 = 0
        var offset = 0
        var failure = SQLITE_OK
        record.forEachValue { value in
            guard failure == SQLITE_OK else { return }
            index += 1
            switch value {
            case let .text(text):
                let count = text.utf8.count
                failure = sqlite3_bind_text64(handle, index, texts + offset, sqlite3_uint64(count), nil,
                                              UInt8(SQLITE_UTF8))
                offset += count
            case let .integer(number):
                failure = sqlite3_bind_int64(handle, index, sqlite3_int64(number))
            case .null:
                failure = sqlite3_bind_null(handle, index)
            }
        }
        let code = failure == SQLITE_OK ? sqlite3_step(handle) : failure
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        return code
    }

    /// Rows a batched INSERT holds (`StoreSchema.insertSQL(_:rows:)`): one step, one halt and one
    /// opening of the table's cursors for them all, instead of one per row (32 columns × 16 rows
    /// = 512 parameters, under every SQLite's limit of 999).
    static let batchRows = 16

    /// Runs `statement` (an INSERT of `rows.table`, one placeholder per column) once per row of
    /// `rows`, binding each text where it lies in `rows.texts` (SQLITE_STATIC: the buffer outlives
    /// every step) and each value as it was encoded. With `batch` (an INSERT of `batchRows` rows),
    /// whole batches of rows go through it first, in order, and the rest through `statement`: the
    /// same rows in the same order (so the same rowids). A failed bind or step throws SQLite's error.
    static func insert(_ rows: EncodedRows, with statement: Statement, batch: Statement? = nil,
                       _ db: Database) throws {
        guard rows.width > 0, !rows.values.isEmpty else { return }
        // Never empty, so the buffer has an address: an empty text is bound as '' there, not as NULL.
        let texts = rows.texts.isEmpty ? [0] : rows.texts
        let batched = batch == nil ? 0 : rows.count / batchRows * batchRows
        var failed = statement
        let code = texts.withUnsafeBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return SQLITE_NOMEM }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { start in
                if batched > 0, let batch {
                    let code = bindAndStep(rows, rows: 0..<batched, perStep: batchRows, handle: batch.sqliteStatement,
                                           texts: start, count: buffer.count)
                    guard code == SQLITE_DONE else {
                        failed = batch
                        return code
                    }
                }
                return bindAndStep(rows, rows: batched..<rows.count, perStep: 1, handle: statement.sqliteStatement,
                                   texts: start, count: buffer.count)
            }
        }
        guard code == SQLITE_DONE else { throw error(code, failed, db) }
    }

    /// Binds the rows `range` of `rows`, `perStep` rows a step (the statement's placeholders), and
    /// steps each time they are all bound, then clears the bindings; SQLITE_DONE, or the code of the
    /// first failing call. A placeholder keeps its value from step to step (a reset clears no
    /// binding), so one that already holds the value (`holdsSame`: the notice's id, a table's
    /// title, the texts a printed row's cells share) is not bound again.
    private static func bindAndStep(_ rows: EncodedRows, rows range: Range<Int>, perStep: Int,
                                    handle: OpaquePointer?, texts: UnsafePointer<CChar>, count: Int) -> Int32 {
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        let first = range.lowerBound * rows.width, end = range.upperBound * rows.width
        guard first >= 0, first <= end, end <= rows.values.count else { return SQLITE_RANGE }
        let stepWidth = rows.width * perStep
        // What each placeholder holds; nil until bound.
        var bound = [EncodedRows.Value?](repeating: nil, count: stepWidth)
        var index: Int32 = 0
        for value in rows.values[first..<end] {
            index += 1
            let slot = Int(index) - 1
            if case let .text(start, length, _) = value, start < 0 || length < 0 || start > count - length {
                return SQLITE_RANGE
            }
            if bound[slot].map({ holdsSame($0, value, texts: texts) }) != true {
                let failure: Int32
                switch value {
                case let .text(start, length, _):
                    failure = sqlite3_bind_text64(handle, index, texts + start, sqlite3_uint64(length), nil,
                                                  UInt8(SQLITE_UTF8))
                case let .integer(number):
                    failure = sqlite3_bind_int64(handle, index, sqlite3_int64(number))
                case .null:
                    failure = sqlite3_bind_null(handle, index)
                }
                guard failure == SQLITE_OK else { return failure }
                bound[slot] = value
            }
            if Int(index) == stepWidth {
                let code = sqlite3_step(handle)
                guard code == SQLITE_DONE else { return code }
                sqlite3_reset(handle)
                index = 0
            }
        }
        return SQLITE_DONE
    }

    /// Whether a placeholder bound to `held` would read what binding `value` gives it: the same
    /// integer, NULL, or text of the same bytes (both lie in `texts`, checked to, which outlives
    /// every step).
    static func holdsSame(_ held: EncodedRows.Value, _ value: EncodedRows.Value, texts: UnsafePointer<CChar>) -> Bool {
        switch (held, value) {
        case let (.text(heldStart, heldCount, _), .text(start, count, _)):
            heldCount == count && (heldStart == start || memcmp(texts + heldStart, texts + start, count) == 0)
        case let (.integer(heldNumber), .integer(number)): heldNumber == number
        case (.null, .null): true
        default: false
        }
    }

    /// The current row of `statement` (stepped by GRDB's cursor) as CSV fields: NULL as the empty
    /// field, numbers in Swift's shortest form, text as SQLite holds it (read as GRDB reads it, up to
    /// the first NUL), a blob as UTF-8.
    static func fields(_ statement: Statement) -> [String] {
        let handle = statement.sqliteStatement
        let count = sqlite3_column_count(handle)
        var fields: [String] = []
        fields.reserveCapacity(Int(count))
        for column in 0..<count {
            switch sqlite3_column_type(handle, column) {
            case SQLITE_INTEGER:
                fields.append(String(sqlite3_column_int64(handle, column)))
            case SQLITE_TEXT:
                fields.append(sqlite3_column_text(handle, column).map { String(cString: $0) } ?? "")
            default:
                fields.append(field(handle, column))
            }
        }
        return fields
    }

    /// Appends the CSV line of the current row of `statement` to `bytes`: what `fields` would give,
    /// printed by `CSVTable.appendLine`, without a String per field. Text is copied from SQLite's bytes
    /// (up to the first NUL, as `fields` reads it); a field with a space at either end goes through
    /// `CSVTable`, which asks whether that space is a character of its own.
    static func appendLine(_ statement: Statement, to bytes: inout [UInt8]) {
        let handle = statement.sqliteStatement
        let count = sqlite3_column_count(handle)
        for column in 0..<count {
            if column > 0 { bytes.append(UInt8(ascii: ",")) }
            switch sqlite3_column_type(handle, column) {
            case SQLITE_INTEGER:
                appendInteger(Int(sqlite3_column_int64(handle, column)), to: &bytes)
            case SQLITE_TEXT:
                guard let text = sqlite3_column_text(handle, column) else { continue }
                let length = Int(sqlite3_column_bytes(handle, column))
                appendText(UnsafeBufferPointer(start: text, count: length), to: &bytes)
            case SQLITE_NULL:
                continue
            default:
                CSVTable.appendField(field(handle, column), to: &bytes)
            }
        }
        bytes.append(UInt8(ascii: "\n"))
    }

    /// One text field's UTF-8 bytes (up to the first NUL) as `CSVTable.appendField` prints it. One
    /// pass finds the NUL, the characters that need quotes and whether the text is all ASCII; only
    /// text with other bytes is checked for valid UTF-8, unless the caller knows it is (`validUTF8`:
    /// bytes copied from Swift Strings). (`EncodedRows.csvLines` prints rows ahead through it, so
    /// that they are the bytes the export would print.)
    static func appendText(_ raw: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8], validUTF8: Bool = false) {
        var end = raw.count
        var needsQuotes = false
        var ascii = true
        scan: for (index, byte) in raw.enumerated() {
            switch byte {
            case 0:
                end = index
                break scan
            case 0x2C, 0x22, 0x0A, 0x0D: needsQuotes = true
            case 0x80...: ascii = false
            default: continue
            }
        }
        let text = UnsafeBufferPointer(rebasing: raw[..<end])
        guard text.first != 0x20, text.last != 0x20, ascii || validUTF8 || UTF8Bytes.areValid(text) else {
            CSVTable.appendField(String(decoding: text, as: UTF8.self), to: &bytes)
            return
        }
        guard needsQuotes else {
            bytes.append(contentsOf: text)
            return
        }
        CSVTable.appendQuoted(text, to: &bytes)
    }

    /// The decimal digits of `number` (with "-" when negative), the bytes of `String(number)`,
    /// written without making the String.
    static func appendInteger(_ number: Int, to bytes: inout [UInt8]) {
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        guard magnitude >= 10 else {
            bytes.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude))
            return
        }
        // At most 20 digits (UInt64.max); written from the last into a fixed buffer.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = digits.count
            while magnitude > 0 {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    /// The field `fields` gives a column holding neither text nor an integer nor NULL.
    private static func field(_ handle: OpaquePointer?, _ column: Int32) -> String {
        switch sqlite3_column_type(handle, column) {
        case SQLITE_FLOAT:
            return "\(sqlite3_column_double(handle, column))"
        case SQLITE_BLOB:
            let bytes = sqlite3_column_blob(handle, column).map { base in
                Array(UnsafeRawBufferPointer(start: base, count: Int(sqlite3_column_bytes(handle, column))))
            } ?? []
            return String(decoding: bytes, as: UTF8.self)
        default:
            return ""
        }
    }

    private static func error(_ code: Int32, _ statement: Statement, _ db: Database) -> DatabaseError {
        let message = db.sqliteConnection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
        return DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
    }
}
