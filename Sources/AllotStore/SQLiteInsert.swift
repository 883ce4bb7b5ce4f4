import GRDB
import GRDBSQLite

/// The raw SQLite calls of an insert (the only file of AllotStore calling SQLite's C API): each value
/// of a row is bound straight from its `DatasetValue` into the prepared, reused statement, without
/// building GRDB's `StatementArguments`. SQLite copies every text it is given (SQLITE_TRANSIENT).
enum SQLiteInsert {
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

    /// Runs `statement` (an INSERT with one placeholder per column of `record`'s table, in column
    /// order) with the values of `record`. A failed bind or step throws SQLite's error.
    static func run(_ statement: Statement, _ record: DatasetRecord, _ db: Database) throws {
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

    private static func error(_ code: Int32, _ statement: Statement, _ db: Database) -> DatabaseError {
        let message = db.sqliteConnection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
        return DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
    }
}
