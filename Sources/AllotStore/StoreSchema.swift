import GRDB

/// The SQLite schema of `allot.sqlite`, derived from the dataset columns. A store written by an earlier
/// version (its CREATE TABLE text differs from the derived one) is brought up to date on open: each
/// outdated table is rebuilt under the new definition and its rows copied over, columns matched by
/// name or former name (`table` → `table_no`, references → citations), new columns filled by their
/// backfill expression. Adding a column is thus one edit in the schema and one value in its row builder.
enum StoreSchema {
    /// CREATE TABLE of `table`. Child tables cascade from notices, so replacing a notice is one DELETE
    /// plus its inserts.
    static func createSQL(_ table: DatasetTable) -> String {
        var lines = table.columns.map { "    " + $0.sqlDefinition }
        lines.append("    PRIMARY KEY (\(table.primaryKey.map(\.name).joined(separator: ", ")))")
        if table.belongsToNotice {
            lines.append("    FOREIGN KEY (notice_id) REFERENCES \(DatasetTable.notices.name)(notice_id) ON DELETE CASCADE")
        }
        return "CREATE TABLE \(table.name) (\n" + lines.joined(separator: ",\n") + "\n)"
    }

    /// INSERT of `rows` rows of `table` (one VALUES list a row, inserted in order), values in column order.
    /// The store asks for one row and for `SQLiteRows.batchRows` rows of every table for every notice:
    /// those texts are made once.
    static func insertSQL(_ table: DatasetTable, rows: Int = 1) -> String {
        switch rows {
        case 1: singleInserts[table] ?? makeInsertSQL(table, rows: 1)
        case SQLiteRows.batchRows: batchInserts[table] ?? makeInsertSQL(table, rows: rows)
        default: makeInsertSQL(table, rows: rows)
        }
    }

    private static let singleInserts = Dictionary(uniqueKeysWithValues: DatasetTable.allCases.map {
        ($0, makeInsertSQL($0, rows: 1))
    })
    private static let batchInserts = Dictionary(uniqueKeysWithValues: DatasetTable.allCases.map {
        ($0, makeInsertSQL($0, rows: SQLiteRows.batchRows))
    })

    /// `insertSQL` made anew.
    static func makeInsertSQL(_ table: DatasetTable, rows: Int) -> String {
        let placeholders = "(" + Array(repeating: "?", count: table.columns.count).joined(separator: ", ") + ")"
        return "INSERT INTO \(table.name) (\(table.header.joined(separator: ", "))) VALUES "
            + Array(repeating: placeholders, count: max(rows, 1)).joined(separator: ", ")
    }

    /// SELECT of every row of `table` in canonical order (primary key: notice id bytewise, then printed
    /// order); of one notice's rows (its id the one parameter) with `oneNotice`.
    static func selectSQL(_ table: DatasetTable, oneNotice: Bool = false) -> String {
        "SELECT \(table.header.joined(separator: ", ")) FROM \(table.name) "
            + (oneNotice ? "WHERE notice_id = ? " : "") + "ORDER BY "
            + table.primaryKey.map(\.name).joined(separator: ", ")
    }

    /// Creates the tables of an empty store, or rebuilds those an earlier version wrote differently.
    /// Runs with foreign keys off (so dropping the old notices table deletes no child row), in one
    /// transaction, and checks the foreign keys before committing when a table was rebuilt.
    static func bringUpToDate(_ db: Database) throws {
        try db.execute(sql: "PRAGMA foreign_keys = OFF; PRAGMA legacy_alter_table = ON")
        defer { try? db.execute(sql: "PRAGMA foreign_keys = ON; PRAGMA legacy_alter_table = OFF") }
        try db.inTransaction {
            var tables = try storedTables(db)
            var rebuilt = false
            for table in DatasetTable.allCases where try update(table, tables: tables, db) {
                // A table rebuilt (rare): the definitions read again for the next.
                tables = try storedTables(db)
                rebuilt = true
            }
            // The first version kept GRDB's migration log; the schema is now compared table by table.
            try db.execute(sql: "DROP TABLE IF EXISTS grdb_migrations")
            try db.execute(sql: PublishedManifest.createSQL)
            // After the tables: a rebuilt table lost its triggers with the old one.
            for trigger in PublishedManifest.triggerSQL { try db.execute(sql: trigger) }
            // Rows of a rebuilt table may print otherwise than the files exported before: none is
            // trusted for a merge any more.
            if rebuilt { try PublishedManifest.write(nil, db) }
            // Only rows copied into a rebuilt table can have lost their notice: the check reads every
            // row of the store (0.045-0.050 s at every open of a store of 1,000 notices, 0.39-0.73 s
            // at 10,000), so an up-to-date store, whose every write SQLite checked, is not read again.
            if rebuilt, try Row.fetchOne(db, sql: "PRAGMA foreign_key_check") != nil {
                throw DatabaseError(resultCode: .SQLITE_CONSTRAINT_FOREIGNKEY,
                                    message: "rows without their notice after the schema update")
            }
            return .commit
        }
    }

    /// The CREATE TABLE text of each table of the store, by name: `sqlite_master` read once for all
    /// the tables (a table whose text is NULL is left out, as if absent).
    private static func storedTables(_ db: Database) throws -> [String: String] {
        var tables: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'table'") {
            if let name: String = row[0], let sql: String = row[1] { tables[name] = sql }
        }
        return tables
    }

    /// Creates `table`, or rebuilds it when `tables` (`storedTables`) hold it, or a former name of it,
    /// defined otherwise; true when it was rebuilt.
    private static func update(_ table: DatasetTable, tables: [String: String], _ db: Database) throws -> Bool {
        let wanted = createSQL(table)
        guard let existing = ([table.name] + table.formerNames).first(where: { tables[$0] != nil }) else {
            try db.execute(sql: wanted)
            return false
        }
        if existing == table.name, tables[existing] == wanted { return false }
        let old = "allot_old_\(table.name)"
        try db.execute(sql: "ALTER TABLE \"\(existing)\" RENAME TO \(old)")
        try db.execute(sql: wanted)
        let oldColumns = Set(try Row.fetchAll(db, sql: "PRAGMA table_info(\(old))").compactMap { $0["name"] as String? })
        let sources = table.columns.map { column in
            ([column.name] + column.formerNames).first { oldColumns.contains($0) }
                .map { column.zeroIsEmpty ? "NULLIF(\"\($0)\", 0)" : "\"\($0)\"" } ?? column.sqlFill
        }
        try db.execute(sql: "INSERT INTO \(table.name) (\(table.header.joined(separator: ", "))) "
            + "SELECT \(sources.joined(separator: ", ")) FROM \(old)")
        try db.execute(sql: "DROP TABLE \(old)")
        return true
    }
}
