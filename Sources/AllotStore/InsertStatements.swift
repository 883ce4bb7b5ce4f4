import GRDB

/// The store's INSERT statements, prepared once a connection and kept by table. GRDB's statement
/// cache finds a statement by hashing its SQL, and a batched INSERT of the allocations is 16 rows of
/// 32 placeholders and column names: hashed at every notice, that cost more than SQLite's own work
/// of a small notice. Used only inside the store's write blocks, which its queue runs one at a time
/// (hence unchecked Sendable); emptied before the connection closes (a statement alive would keep it
/// open).
final class InsertStatements: @unchecked Sendable {
    private var statements: [Key: Statement] = [:]

    private struct Key: Hashable {
        let table: DatasetTable
        let rows: Int
    }

    /// The INSERT of `rows` rows of `table` (`StoreSchema.insertSQL(_:rows:)`), prepared on first use.
    func statement(_ table: DatasetTable, rows: Int = 1, _ db: Database) throws -> Statement {
        let key = Key(table: table, rows: rows)
        if let statement = statements[key] { return statement }
        let statement = try db.makeStatement(sql: StoreSchema.insertSQL(table, rows: rows))
        statements[key] = statement
        return statement
    }

    /// Lets every statement go (finalized), before the connection closes.
    func removeAll() {
        statements.removeAll()
    }
}
