import AllotModel
import Foundation
import GRDB

/// The dataset's SQLite store (`allot.sqlite`): notices with their allocations, findings and citations,
/// written one transaction per notice. Amounts are exact decimal TEXT.
public final class SQLiteStore: Sendable {
    /// The database file.
    public let url: URL
    private let queue: DatabaseQueue

    /// Opens (creating when absent) the store at `url` and brings its schema up to date.
    /// A `scratch` store (a rebuild's staging copy, thrown away if the run dies) skips the syncs
    /// that make each transaction durable; an ordinary store uses WAL with normal syncs, so each
    /// notice's transaction is atomic and a crash leaves the file consistent.
    public init(url: URL, scratch: Bool = false) throws(StoreError) {
        self.url = url
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(),
                                                    withIntermediateDirectories: true)
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            configuration.busyMode = .timeout(10)
            configuration.prepareDatabase { db in
                // Debian builds SQLite with SECURE_DELETE, which zeroes every deleted row and freed
                // page: an ingest that replaces stored notices spent 15% of the writer's instructions
                // in that memset (100 of 1,000 notices read again: 1,112 M, 946 M without it). Left in the
                // file's free space are only what allot deletes: the rows of a replaced notice (an
                // earlier reading of a notice with the same id), a table a schema update rebuilt, and
                // the record of published files.
                try db.execute(sql: "PRAGMA secure_delete = OFF")
                if scratch {
                    try db.execute(sql: "PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF")
                } else {
                    try db.execute(sql: "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL")
                }
            }
            queue = try DatabaseQueue(path: url.path, configuration: configuration)
            try queue.writeWithoutTransaction(StoreSchema.bringUpToDate)
        } catch {
            throw .database(path: url.path, reason: Self.reason(error))
        }
    }

    /// Stores `notice` in one transaction, replacing every row of a stored notice with the same id. On
    /// failure the transaction is rolled back and the store keeps what it held for that id.
    /// `prepared` are rows made from `notice` ahead (`PreparedRows`); they are bound only if they
    /// are still the notice's, otherwise every row is built here.
    public func replace(_ notice: Notice, prepared: PreparedRows? = nil) throws(StoreError) {
        // The lookup and delete of a stored notice bind its id as text up to the first NUL: such an
        // id would replace the notice named by the part before it.
        guard !notice.id.utf8.contains(0) else {
            throw .ingest(source: notice.sourceFile, database: url.path, reason: "its id holds a NUL character")
        }
        let prepared = prepared.flatMap { $0.matches(notice) ? $0 : nil }
        do {
            try queue.write { db in
                // A notice not stored yet (most of them) has no rows to delete: its id is looked up
                // first, so the DELETE, whose cascade to every child table costs far more to
                // prepare, is prepared only for a notice stored before.
                let stored = try db.cachedStatement(sql: "SELECT 1 FROM notices WHERE notice_id = ?")
                if try Int.fetchOne(stored, arguments: [notice.id]) != nil {
                    try db.cachedStatement(sql: "DELETE FROM notices WHERE notice_id = ?").execute(arguments: [notice.id])
                }
                try Self.insert(notice, prepared: prepared, db)
            }
        } catch {
            throw .ingest(source: notice.sourceFile, database: url.path, reason: Self.reason(error))
        }
    }

    /// Stores rows read back from CSV files in one transaction (`restore`), into an empty store.
    func insert(_ records: [DatasetTable: [DatasetRecord]]) throws(StoreError) {
        try writing { db in try Self.insert(records, db) }
    }

    /// The rows of `notice`, table by table; its cells are inserted as they are built, never held
    /// all at once (a 100,000-row sheet's records were 150 MB beside the notice).
    private static func insert(_ notice: Notice, prepared: PreparedRows?, _ db: Database) throws {
        var arena: [UInt8] = []
        for table in DatasetTable.allCases {
            let insert = try db.cachedStatement(sql: StoreSchema.insertSQL(table))
            if let rows = prepared?.rows(table) {
                // Whole batches of rows in one step each (`SQLiteRows.batchRows`), the rest one by one.
                let batch = rows.count < SQLiteRows.batchRows ? nil
                    : try db.cachedStatement(sql: StoreSchema.insertSQL(table, rows: SQLiteRows.batchRows))
                try SQLiteRows.insert(rows, with: insert, batch: batch, db)
            } else if table == .allocations {
                try AllocationColumns.forEachRecord(notice) { record in
                    try SQLiteRows.insert(record, with: insert, db, arena: &arena)
                }
            } else {
                for record in NoticeRecords.records(table, of: notice) {
                    try SQLiteRows.insert(record, with: insert, db, arena: &arena)
                }
            }
        }
    }

    private static func insert(_ records: [DatasetTable: [DatasetRecord]], _ db: Database) throws {
        var arena: [UInt8] = []
        for table in DatasetTable.allCases {
            guard let rows = records[table], !rows.isEmpty else { continue }
            let insert = try db.cachedStatement(sql: StoreSchema.insertSQL(table))
            for record in rows {
                try SQLiteRows.insert(record, with: insert, db, arena: &arena)
            }
        }
    }

    /// Ids of the stored notices, in canonical (bytewise) order.
    public func noticeIDs() throws(StoreError) -> [String] {
        try strings("SELECT notice_id FROM notices ORDER BY notice_id")
    }

    /// Whether no notice is stored: one row looked at, not every id read (an ingest asks at its start).
    public func isEmpty() throws(StoreError) -> Bool {
        try strings("SELECT notice_id FROM notices LIMIT 1").isEmpty
    }

    /// Files of the stored notices (each notice's own and every file it was joined from), sorted.
    public func sourceFiles() throws(StoreError) -> [String] {
        // A notice read from several files (sources) stores them all.
        try strings("SELECT source_file FROM notices UNION SELECT file FROM sources ORDER BY 1")
    }

    private func strings(_ sql: String) throws(StoreError) -> [String] {
        try reading { db in try String.fetchAll(db, sql: sql) }
    }

    /// The dataset's CSV files rendered from the store, in canonical order, from one snapshot.
    public func export() throws(StoreError) -> DatasetCSV {
        var dataset = DatasetCSV()
        try snapshot { table, fields throws(StoreError) in dataset[table].rows.append(fields) }
        return dataset
    }

    /// The result of a query, each value printed as its CSV field (NULL as empty).
    func fetchRows(sql: String) throws(StoreError) -> [[String]] {
        try reading { db in
            try Row.fetchAll(db, sql: sql).map { row in row.databaseValues.map { DatasetValue($0).csv } }
        }
    }

    /// Calls `body` with every row of every table, table by table in canonical order, printed as CSV
    /// fields, all read in ONE read transaction: the tables are one snapshot of the store, whatever
    /// another connection commits meanwhile. `afterTable` runs between tables (tests use it to write).
    func snapshot(_ body: (DatasetTable, [String]) throws(StoreError) -> Void,
                  afterTable: (DatasetTable) -> Void = { _ in }) throws(StoreError) {
        try snapshotRows({ table, statement throws(StoreError) in try body(table, SQLiteRows.fields(statement)) },
                         afterTable: afterTable)
    }

    /// `snapshot`, handing `body` the statement standing on each row (read it with `SQLiteRows`).
    /// `notices` may take a table notice by notice instead: given the table and each stored notice
    /// id in canonical order, it returns true when it has the notice's rows of that table (then
    /// `body` is not called for them); it is asked only for tables `byNotice` names. `merged` is
    /// asked first for each table, with the read transaction: true when it wrote the table itself.
    func snapshotRows(_ body: (DatasetTable, Statement) throws(StoreError) -> Void,
                      byNotice: Set<DatasetTable> = [],
                      notices: (DatasetTable, String) throws(StoreError) -> Bool = { _, _ in false },
                      merged: (DatasetTable, Database) throws -> Bool = { _, _ in false },
                      afterTable: (DatasetTable) -> Void = { _ in }) throws(StoreError) {
        var failure: StoreError?
        do {
            try queue.read { db in
                for table in DatasetTable.allCases {
                    do {
                        if try merged(table, db) {
                            // Written by `merged`.
                        } else if byNotice.contains(table) {
                            try Self.scanByNotice(table, db, body: body, notices: notices)
                        } else {
                            let statement = try db.makeStatement(sql: StoreSchema.selectSQL(table))
                            let cursor = try Row.fetchCursor(statement)
                            while try cursor.next() != nil { try body(table, statement) }
                        }
                    } catch let error as StoreError {
                        failure = error
                        return
                    }
                    afterTable(table)
                }
            }
        } catch {
            throw .database(path: url.path, reason: Self.reason(error))
        }
        if let failure { throw failure }
    }

    /// The rows of `table` notice by notice, ids in canonical order: those `notices` has not, read
    /// from SQLite (the rows of one notice, in the order `selectSQL` gives them all).
    private static func scanByNotice(_ table: DatasetTable, _ db: Database,
                                     body: (DatasetTable, Statement) throws(StoreError) -> Void,
                                     notices: (DatasetTable, String) throws(StoreError) -> Bool) throws {
        // Cached: one statement for every table read notice by notice.
        let ids = try db.cachedStatement(sql: "SELECT notice_id FROM notices ORDER BY notice_id")
        // Prepared for the first notice `notices` has not (none, when it has them all).
        var prepared: Statement?
        let cursor = try String.fetchCursor(ids)
        while let id = try cursor.next() {
            guard try !notices(table, id) else { continue }
            try forEachRow(of: id, table, db, statement: &prepared, body: body)
        }
    }

    /// Calls `body` with the statement standing on each row of `table` belonging to the notice `id`,
    /// in the order `selectSQL` gives them all; `statement` is that SELECT, prepared by the first call.
    static func forEachRow(of id: String, _ table: DatasetTable, _ db: Database, statement: inout Statement?,
                           body: (DatasetTable, Statement) throws(StoreError) -> Void) throws {
        let rows = try statement ?? db.makeStatement(sql: StoreSchema.selectSQL(table, oneNotice: true))
        statement = rows
        let cursor = try Row.fetchCursor(rows, arguments: [id])
        while try cursor.next() != nil { try body(table, rows) }
    }

    /// Runs `body` in one write transaction, its errors named as the store's.
    func writing<Result>(_ body: (Database) throws -> Result) throws(StoreError) -> Result {
        do {
            return try queue.write(body)
        } catch {
            throw .database(path: url.path, reason: Self.reason(error))
        }
    }

    /// Runs `body` in one read transaction, its errors named as the store's.
    func reading<Result>(_ body: (Database) throws -> Result) throws(StoreError) -> Result {
        do {
            return try queue.read(body)
        } catch {
            throw .database(path: url.path, reason: Self.reason(error))
        }
    }

    /// Closes the connection; the file then has no journal beside it.
    public func close() throws(StoreError) {
        do {
            try queue.close()
        } catch {
            throw .database(path: url.path, reason: Self.reason(error))
        }
    }

    /// Rolls back an interrupted transaction of the store at `url`, if it is one, then removes its journal
    /// files, so that another database file can be renamed over it without inheriting a hot journal.
    static func settle(at url: URL) {
        let manager = FileManager.default
        if manager.fileExists(atPath: url.path), let queue = try? DatabaseQueue(path: url.path) {
            _ = try? queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
            try? queue.close()
        }
        for suffix in ["-journal", "-wal", "-shm"] {
            try? manager.removeItem(atPath: url.path + suffix)
        }
    }

    static func reason(_ error: any Error) -> String {
        guard let error = error as? DatabaseError else { return "\(error)" }
        return "SQLite error \(error.resultCode.rawValue): \(error.message ?? "\(error)")"
    }
}
