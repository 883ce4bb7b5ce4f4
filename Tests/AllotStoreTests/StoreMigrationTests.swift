@testable import AllotStore
import Foundation
import GRDB
import XCTest

/// A store written by the first version (table `references`, no severity, finding or citation numbers
/// in the files) is brought up to the current schema when opened, its rows kept.
final class StoreMigrationTests: XCTestCase {
    /// The first version's tables, as it created them.
    static let firstVersion = """
        CREATE TABLE notices (
            notice_id     TEXT NOT NULL PRIMARY KEY,
            doc_number    TEXT NOT NULL DEFAULT '',
            issuer        TEXT NOT NULL DEFAULT '',
            title         TEXT NOT NULL DEFAULT '',
            date          TEXT NOT NULL DEFAULT '',
            source_file   TEXT NOT NULL,
            source_sha256 TEXT NOT NULL,
            page_count    INTEGER NOT NULL,
            table_count   INTEGER NOT NULL,
            row_count     INTEGER NOT NULL,
            finding_count INTEGER NOT NULL,
            agency_code   TEXT NOT NULL DEFAULT '',
            doc_year      TEXT NOT NULL DEFAULT '',
            doc_serial    TEXT NOT NULL DEFAULT '',
            signature     TEXT NOT NULL DEFAULT '',
            addressees    TEXT NOT NULL DEFAULT '',
            fund_year     TEXT NOT NULL DEFAULT '',
            fund_name     TEXT NOT NULL DEFAULT '',
            attachments   TEXT NOT NULL DEFAULT '',
            disclosure    TEXT NOT NULL DEFAULT '',
            copy_to       TEXT NOT NULL DEFAULT '',
            print_line    TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE allocations (
            notice_id     TEXT NOT NULL REFERENCES notices(notice_id) ON DELETE CASCADE,
            table_no      INTEGER NOT NULL,
            row_no        INTEGER NOT NULL,
            column_no     INTEGER NOT NULL,
            page          INTEGER NOT NULL,
            level         TEXT NOT NULL,
            name          TEXT NOT NULL DEFAULT '',
            region        TEXT NOT NULL DEFAULT '',
            division_code TEXT NOT NULL DEFAULT '',
            parent_code   TEXT NOT NULL DEFAULT '',
            column_name   TEXT NOT NULL DEFAULT '',
            amount        TEXT CHECK (amount IS NULL OR typeof(amount) = 'text'),
            unit          TEXT NOT NULL DEFAULT '',
            remark        TEXT NOT NULL DEFAULT '',
            division_match TEXT NOT NULL DEFAULT '',
            raw_name      TEXT NOT NULL DEFAULT '',
            table_title   TEXT NOT NULL DEFAULT '',
            attachment    TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (notice_id, table_no, row_no, column_no)
        );
        CREATE TABLE findings (
            notice_id     TEXT NOT NULL REFERENCES notices(notice_id) ON DELETE CASCADE,
            finding_no    INTEGER NOT NULL,
            table_no      INTEGER NOT NULL,
            row_no        INTEGER NOT NULL,
            page          INTEGER NOT NULL,
            name          TEXT NOT NULL DEFAULT '',
            column_name   TEXT NOT NULL DEFAULT '',
            check_name    TEXT NOT NULL,
            stated        TEXT CHECK (stated IS NULL OR typeof(stated) = 'text'),
            computed      TEXT CHECK (computed IS NULL OR typeof(computed) = 'text'),
            difference    TEXT CHECK (difference IS NULL OR typeof(difference) = 'text'),
            message       TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (notice_id, finding_no)
        );
        CREATE TABLE "references" (
            notice_id     TEXT NOT NULL REFERENCES notices(notice_id) ON DELETE CASCADE,
            reference_no  INTEGER NOT NULL,
            doc_number    TEXT NOT NULL,
            title         TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (notice_id, reference_no)
        );
        """

    func testFirstVersionStoreIsUpdatedInPlace() throws {
        let root = try StoreFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let url = root.appendingPathComponent(DatasetWriter.databaseFile)
        let queue = try DatabaseQueue(path: url.path)
        try queue.write { db in
            try db.execute(sql: Self.firstVersion)
            try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
            try db.execute(sql: """
                INSERT INTO notices VALUES ('甲〔2022〕1号', '甲〔2022〕1号', '甲局', '通知', '2022-01-02', 'a.pdf', \
                '\(String(repeating: "a", count: 64))', 3, 1, 1, 2, '甲', '2022', '1', '', '', '', '', '', '', '', '');
                INSERT INTO allocations VALUES ('甲〔2022〕1号', 1, 1, 1, 2, 'item', '盂县', '盂县', '140322', '140300', \
                '中央资金', '12.50', '万元', '', 'exact', '盂  县', '表', '附件');
                INSERT INTO findings VALUES ('甲〔2022〕1号', 1, 1, 1, 2, '盂县', '中央资金', 'subtotal', '12.50', '12', \
                '0.50', 'printed 12.50');
                INSERT INTO findings VALUES ('甲〔2022〕1号', 2, 0, 0, 0, '', '', 'empty_page', NULL, NULL, NULL, 'page 3');
                INSERT INTO "references" VALUES ('甲〔2022〕1号', 1, '财农〔2022〕90号', '通知');
                """)
        }
        try queue.close()

        let store = try SQLiteStore(url: url)
        let dataset = try store.export()
        try store.close()
        XCTAssertEqual(dataset.notices.rows.map { $0[7...10] }, [["3", "1", "1", "2"]])
        XCTAssertEqual(dataset.allocations.rows, [[
            "甲〔2022〕1号", "1", "1", "1", "2", "item", "盂县", "盂县", "140322", "140300", "中央资金", "12.50", "万元", "",
            "exact", "盂  县", "表", "附件", "", "", "0", "", "", "", "", "other", "", "", "", "", "", "",
        ]], "columns added since: empty (parent_row NULL, amount_source, min_confidence NULL, compiler), depth 0, table_kind other")
        XCTAssertEqual(dataset.findings.rows, [
            ["甲〔2022〕1号", "1", "1", "1", "2", "盂县", "中央资金", "subtotal", "error", "12.50", "12", "0.50", "printed 12.50",
             "", "", "", "", "", "", "", "", ""],
            ["甲〔2022〕1号", "2", "", "", "", "", "", "empty_page", "note", "", "", "", "page 3", "", "", "", "", "", "", "", "", ""],
        ], "the 0 the first version wrote for a notice-level finding's table, row and page is empty now; related_* columns added since: empty")
        XCTAssertEqual(dataset.citations.rows, [["甲〔2022〕1号", "1", "财农〔2022〕90号", "通知"]])

        let updated = try DatabaseQueue(path: url.path)
        defer { try? updated.close() }
        try updated.read { db in
            for table in DatasetTable.allCases {
                XCTAssertEqual(try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = ?", arguments: [table.name]),
                               StoreSchema.createSQL(table))
            }
            XCTAssertEqual(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"),
                           (DatasetTable.allCases.map(\.name) + [PublishedManifest.table]).sorted(),
                           "references renamed, the record of published files added, nothing else left")
        }
        // Opening it again changes nothing; deleting a notice still cascades.
        let again = try SQLiteStore(url: url)
        XCTAssertEqual(try again.export(), dataset)
        var replacement = StoreFixtures.gansu()
        replacement.id = "甲〔2022〕1号"
        try again.replace(replacement)
        XCTAssertEqual(try again.fetchRows(sql: "SELECT count(*) FROM findings"), [["0"]])
        XCTAssertEqual(try again.fetchRows(sql: "SELECT count(*) FROM citations"), [["0"]])
        try again.close()
    }

    /// Rows copied into a rebuilt table must still have their notice: the update is refused (and
    /// rolled back) otherwise.
    func testAnUpdateThatLeavesRowsWithoutTheirNoticeIsRefused() throws {
        let root = try StoreFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let url = root.appendingPathComponent(DatasetWriter.databaseFile)
        var unchecked = Configuration()
        unchecked.foreignKeysEnabled = false  // a row without its notice, as a bug or another tool left it
        let queue = try DatabaseQueue(path: url.path, configuration: unchecked)
        try queue.write { db in
            try db.execute(sql: Self.firstVersion)
            try db.execute(sql: """
                INSERT INTO allocations VALUES ('乙〔2022〕2号', 1, 1, 1, 2, 'item', '盂县', '盂县', '140322', '140300', \
                '中央资金', '12.50', '万元', '', 'exact', '盂  县', '表', '附件');
                """)
        }
        try queue.close()
        XCTAssertThrowsError(try SQLiteStore(url: url)) { error in
            XCTAssertTrue("\(error)".contains("rows without their notice after the schema update"), "\(error)")
        }
        let kept = try DatabaseQueue(path: url.path)
        defer { try? kept.close() }
        try kept.read { db in
            XCTAssertNotNil(try String.fetchOne(db, sql: "SELECT name FROM sqlite_master WHERE name = 'references'"),
                            "the update rolled back")
        }
    }

    /// Opening a store whose tables are as this version defines them reads none of its rows: every
    /// write allot made to it had its foreign keys checked by SQLite (the whole check read every row
    /// at every open, 0.39-0.73 s for a store of 10,000 notices). So a row another tool wrote without its
    /// notice is not looked for there.
    func testAnUpToDateStoreIsOpenedWithoutReadingItsRows() throws {
        let root = try StoreFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let url = root.appendingPathComponent(DatasetWriter.databaseFile)
        try SQLiteStore(url: url).close()
        var unchecked = Configuration()
        unchecked.foreignKeysEnabled = false
        let queue = try DatabaseQueue(path: url.path, configuration: unchecked)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO findings (notice_id, finding_no, check_name, severity) "
                + "VALUES ('丙〔2022〕3号', 1, 'total', 'error')")
        }
        try queue.close()
        let store = try SQLiteStore(url: url)
        XCTAssertEqual(try store.fetchRows(sql: "SELECT count(*) FROM findings"), [["1"]])
        try store.close()
    }

    func testIngestIntoAFirstVersionFolderLeavesNoFileUnderAFormerName() throws {
        let root = try StoreFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let queue = try DatabaseQueue(path: root.appendingPathComponent(DatasetWriter.databaseFile).path)
        try queue.write { db in try db.execute(sql: Self.firstVersion) }
        try queue.close()
        try Data("notice_id,doc_number,title\n".utf8).write(to: root.appendingPathComponent("references.csv"))
        _ = try DatasetWriter(directory: root).ingest([StoreFixtures.shanxi()])
        let names = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".csv") }.sorted()
        XCTAssertEqual(names, DatasetTable.allCases.map(\.file).sorted())
        XCTAssertEqual(try DatasetReader(directory: root).read().citations.rows.count, 1)
    }
}
