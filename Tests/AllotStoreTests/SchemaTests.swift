@testable import AllotStore
import AllotModel
import Foundation
import GRDB
import GRDBSQLite
import XCTest

/// Every path of the store agrees with the one schema: the SQL DDL, the insert statements' row
/// builders, the CSV export, the data package and the JSON of findings; no name is an SQL keyword.
final class SchemaTests: FolderTestCase {
    func testDDLColumnsCSVHeadersAndDataPackageFieldsAreTheSchemaColumns() throws {
        _ = try DatasetWriter(directory: root).rebuild(StoreFixtures.all)
        let queue = try DatabaseQueue(path: root.appendingPathComponent(DatasetWriter.databaseFile).path)
        defer { try? queue.close() }
        let package = try XCTUnwrap(try JSONSerialization.jsonObject(
            with: Data(contentsOf: root.appendingPathComponent(DatasetWriter.packageFile))) as? [String: Any])
        let resources = try XCTUnwrap(package["resources"] as? [[String: Any]])
        XCTAssertEqual(resources.compactMap { $0["name"] as? String }, DatasetTable.allCases.map(\.name))
        let tables = try queue.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        }
        // The dataset's tables and the store's record of the files published from it.
        XCTAssertEqual(tables, (DatasetTable.allCases.map(\.name) + [PublishedManifest.table]).sorted())
        for (table, resource) in zip(DatasetTable.allCases, resources) {
            let schema = table.header
            let ddl = try queue.read { db in
                try Row.fetchAll(db, sql: "PRAGMA table_info(\(table.name))").map { $0["name"] as String }
            }
            let keys = try queue.read { db in
                try Row.fetchAll(db, sql: "PRAGMA table_info(\(table.name))").filter { ($0["pk"] as Int) > 0 }
                    .sorted { ($0["pk"] as Int) < ($1["pk"] as Int) }.map { $0["name"] as String }
            }
            let csv = try CSVTable.read(root.appendingPathComponent(table.file))
            let fields = ((resource["schema"] as? [String: Any])?["fields"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
            XCTAssertEqual(ddl, schema, "\(table) DDL")
            XCTAssertEqual(csv.header, schema, "\(table.file) header")
            XCTAssertEqual(fields, schema, "\(table) data package fields")
            XCTAssertEqual(keys, table.primaryKey.map(\.name), "\(table) primary key")
            XCTAssertEqual((resource["schema"] as? [String: Any])?["primaryKey"] as? [String], keys)
            XCTAssertFalse(csv.rows.isEmpty, "\(table.file) has rows to check")
        }
    }

    func testEveryRowBuilderSetsExactlyItsTablesColumns() {
        for notice in StoreFixtures.all {
            let records = NoticeRecords(notice)
            for table in DatasetTable.allCases {
                for record in records[table] {
                    XCTAssertEqual(record.keys, Set(table.header), "\(table) row of \(notice.id)")
                    XCTAssertEqual(record.fields.count, table.header.count)
                }
            }
        }
        let finding = StoreFixtures.shanxi().findings[0]
        let json = FindingColumns.record(finding, number: 1, of: "x").json
        guard case let .object(object) = json else { return XCTFail("\(json)") }
        XCTAssertEqual(Set(object.keys), Set(DatasetTable.findings.header), "the JSON of a finding is its findings.csv row")
    }

    /// The INSERT texts made once are the texts made anew; a batch holds one VALUES list a row.
    func testInsertTextsMadeOnceAreTheTextsMadeAnew() {
        for table in DatasetTable.allCases {
            for rows in [1, 2, SQLiteRows.batchRows] {
                XCTAssertEqual(StoreSchema.insertSQL(table, rows: rows), StoreSchema.makeInsertSQL(table, rows: rows))
            }
            let single = StoreSchema.insertSQL(table)
            XCTAssertEqual(single.components(separatedBy: "?").count - 1, table.columns.count)
            XCTAssertEqual(StoreSchema.insertSQL(table, rows: 3).components(separatedBy: "?").count - 1,
                           3 * table.columns.count)
        }
    }

    func testNoTableOrColumnNameIsAnSQLKeywordAndNamesAreUnique() throws {
        // SQLite's keywords as the linked library lists them, and the reserved words of PostgreSQL and
        // DuckDB (which refuse them as bare column names).
        var sqlite: [String] = []
        for index in 0..<sqlite3_keyword_count() {
            var name: UnsafePointer<CChar>?
            var length: Int32 = 0
            guard sqlite3_keyword_name(index, &name, &length) == SQLITE_OK, let name else { continue }
            sqlite.append(String(decoding: UnsafeRawBufferPointer(start: name, count: Int(length)), as: UTF8.self))
        }
        XCTAssertTrue(sqlite.contains("ROWS") && sqlite.contains("REFERENCES") && sqlite.count > 100, "\(sqlite.count)")
        let reserved = Set(sqlite + Self.postgresAndDuckDBReserved)
        for table in DatasetTable.allCases {
            XCTAssertFalse(reserved.contains(table.name.uppercased()), table.name)
            XCTAssertEqual(Set(table.header).count, table.header.count, "\(table): a name twice")
            for name in table.header {
                XCTAssertFalse(reserved.contains(name.uppercased()), "\(table).\(name) is an SQL keyword")
                XCTAssertNotNil(name.range(of: "^[a-z][a-z0-9_]*$", options: .regularExpression), name)
            }
        }
    }

    static let postgresAndDuckDBReserved = """
        ALL ANALYSE ANALYZE AND ANY ARRAY AS ASC ASYMMETRIC BOTH CASE CAST CHECK COLLATE COLUMN CONSTRAINT CREATE
        CURRENT_CATALOG CURRENT_DATE CURRENT_ROLE CURRENT_TIME CURRENT_TIMESTAMP CURRENT_USER DEFAULT DEFERRABLE DESC
        DESCRIBE DISTINCT DO ELSE END EXCEPT FALSE FETCH FOR FOREIGN FROM GRANT GROUP HAVING IN INITIALLY INTERSECT INTO
        LATERAL LEADING LIMIT LOCALTIME LOCALTIMESTAMP NOT NULL OFFSET ON ONLY OR ORDER PIVOT PLACING PRIMARY QUALIFY
        REFERENCES RETURNING SELECT SESSION_USER SHOW SOME SUMMARIZE SYMMETRIC TABLE THEN TO TRAILING TRUE UNION UNIQUE
        UNPIVOT USER USING VARIADIC WHEN WHERE WINDOW WITH
        """.split(whereSeparator: \.isWhitespace).map(String.init)
}
