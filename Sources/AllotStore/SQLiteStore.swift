import AllotModel
import Foundation
import GRDB

/// The dataset's SQLite store (`allot.sqlite`): notices with their allocations, findings and references,
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
                if scratch {
                    try db.execute(sql: "PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF")
                } else {
                    try db.execute(sql: "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL")
                }
            }
            queue = try DatabaseQueue(path: url.path, configuration: configuration)
            try StoreSchema.migrator.migrate(queue)
        } catch {
            throw .database(path: url.path, reason: Self.reason(error))
        }
    }

    /// Stores `notice` in one transaction, replacing every row of a stored notice with the same id. On
    /// failure the transaction is rolled back and the store keeps what it held for that id.
    public func replace(_ notice: Notice) throws(StoreError) {
        let records = NoticeRecords(notice)
        do {
            try queue.write { db in
                try db.execute(sql: "DELETE FROM notices WHERE notice_id = ?", arguments: [notice.id])
                for table in DatasetTable.allCases {
                    let insert = try db.cachedStatement(sql: Self.insertSQL(table))
                    for record in records[table] {
                        var values = record.values.map(\.databaseValue)
                        if let ordinal = record.ordinal { values.append(ordinal.databaseValue) }
                        try insert.execute(arguments: StatementArguments(values))
                    }
                }
            }
        } catch {
            throw .ingest(source: notice.sourceFile, database: url.path, reason: Self.reason(error))
        }
    }

    /// Ids of the stored notices, in canonical (bytewise) order.
    public func noticeIDs() throws(StoreError) -> [String] {
        do {
            return try queue.read { db in
                try String.fetchAll(db, sql: "SELECT notice_id FROM notices ORDER BY notice_id")
            }
        } catch {
            throw .database(path: url.path, reason: Self.reason(error))
        }
    }

    /// The dataset's CSV files rendered from the store, in canonical order (notice id, then printed order).
    public func export() throws(StoreError) -> DatasetCSV {
        var dataset = DatasetCSV()
        for table in DatasetTable.allCases {
            dataset[table].rows = try fetchRows(sql: Self.selectSQL(table))
        }
        return dataset
    }

    /// The result of a query, each value printed as its CSV field (NULL as empty).
    func fetchRows(sql: String) throws(StoreError) -> [[String]] {
        do {
            return try queue.read { db in
                try Row.fetchAll(db, sql: sql).map { row in row.databaseValues.map { DatasetValue($0).csv } }
            }
        } catch {
            throw .database(path: url.path, reason: Self.reason(error))
        }
    }

    /// Calls `body` with each row of a query, printed as CSV fields, without holding the result.
    func forEachRow(sql: String, _ body: ([String]) throws(StoreError) -> Void) throws(StoreError) {
        var failure: StoreError?
        do {
            try queue.read { db in
                let cursor = try Row.fetchCursor(db, sql: sql)
                while let row = try cursor.next() {
                    do {
                        try body(row.databaseValues.map { DatasetValue($0).csv })
                    } catch let error as StoreError {
                        failure = error
                        return
                    }
                }
            }
        } catch {
            throw .database(path: url.path, reason: Self.reason(error))
        }
        if let failure { throw failure }
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

    static func insertSQL(_ table: DatasetTable) -> String {
        let columns = table.fields.map(\.column) + (table.ordinalColumn.map { [$0] } ?? [])
        let placeholders = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        return "INSERT INTO \"\(table.rawValue)\" (\(columns.joined(separator: ", "))) VALUES (\(placeholders))"
    }

    static func selectSQL(_ table: DatasetTable) -> String {
        let columns = table.fields.map(\.column).joined(separator: ", ")
        return "SELECT \(columns) FROM \"\(table.rawValue)\" ORDER BY \(table.exportOrder)"
    }

    private static func reason(_ error: any Error) -> String {
        guard let error = error as? DatabaseError else { return "\(error)" }
        return "SQLite error \(error.resultCode.rawValue): \(error.message ?? "\(error)")"
    }
}
