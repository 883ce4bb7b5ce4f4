import GRDB
import GRDBSQLite

/// The raw SQLite calls of the store's row traffic (the only file of AllotStore calling SQLite's C
/// API): each value of a row is bound straight from its `DatasetValue` into the prepared, reused
/// INSERT, without building GRDB's `StatementArguments`, and each exported row is read straight into
/// its CSV fields, without GRDB's `DatabaseValue`s. SQLite copies every text it is given (SQLITE_TRANSIENT).
enum SQLiteRows {
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

    /// Runs `statement` (an INSERT with one placeholder per column of `record`'s table, in column
    /// order) with the values of `record`. A failed bind or step throws SQLite's error.
    static func insert(_ record: DatasetRecord, with statement: Statement, _ db: Database) throws {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        var index: Int32 = 0
        for value in record.ordered {
            index += 1
            let code: Int32
            switch value {
            case let .text(text):
                var text = text
                code = text.withUTF8 { utf8 in
                    // An empty buffer may have no address, which SQLite would bind as NULL, not ''.
                    guard let base = utf8.baseAddress, utf8.count > 0 else {
                        return sqlite3_bind_text(handle, index, "", 0, transient)
                    }
                    return base.withMemoryRebound(to: CChar.self, capacity: utf8.count) { pointer in
                        sqlite3_bind_text64(handle, index, pointer, sqlite3_uint64(utf8.count), transient,
                                            UInt8(SQLITE_UTF8))
                    }
                }
            case let .integer(number):
                code = sqlite3_bind_int64(handle, index, sqlite3_int64(number))
            case .null:
                code = sqlite3_bind_null(handle, index)
            }
            guard code == SQLITE_OK else { throw error(code, statement, db) }
        }
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else { throw error(code, statement, db) }
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
            case SQLITE_FLOAT:
                fields.append("\(sqlite3_column_double(handle, column))")
            case SQLITE_TEXT:
                fields.append(sqlite3_column_text(handle, column).map { String(cString: $0) } ?? "")
            case SQLITE_BLOB:
                let bytes = sqlite3_column_blob(handle, column).map { base in
                    Array(UnsafeRawBufferPointer(start: base, count: Int(sqlite3_column_bytes(handle, column))))
                } ?? []
                fields.append(String(decoding: bytes, as: UTF8.self))
            default:
                fields.append("")
            }
        }
        return fields
    }

    private static func error(_ code: Int32, _ statement: Statement, _ db: Database) -> DatabaseError {
        let message = db.sqliteConnection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
        return DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
    }
}
