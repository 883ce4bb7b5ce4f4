@testable import AllotStore
import AllotModel
import Foundation
import GRDBSQLite
import XCTest

/// The SQLite store: agreement with the CSVs, replace on re-ingest, idempotence, exact amounts.
final class SQLiteStoreTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = try StoreFixtures.temporaryDirectory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private var databaseURL: URL { directory.appendingPathComponent(DatasetWriter.databaseFile) }

    /// Queries written here by hand, not taken from the schema description, rendered as CSV and compared with
    /// the files on disk and with the CSVs built straight from the notices.
    func testSQLiteAndCSVFilesAgree() throws {
        _ = try DatasetWriter(directory: directory).ingest(StoreFixtures.all)
        let store = try SQLiteStore(url: databaseURL)
        defer { try? store.close() }
        let queries: [DatasetTable: String] = [
            .notices: """
                SELECT notice_id, doc_number, issuer, title, date, source_file, source_sha256, page_count, table_count,
                row_count, finding_count, agency_code, doc_year, doc_serial, signature, addressees, fund_year,
                fund_name, attachments, disclosure, copy_to, print_line, document_kind, source_url, scanned FROM notices ORDER BY notice_id
                """,
            .allocations: """
                SELECT notice_id, table_no, row_no, column_no, page, level, name, region, division_code, parent_code,
                column_name, amount, unit, remark, division_match, raw_name, table_title, attachment, code, printed_code,
                depth, parent_row, column_path, hierarchy_signal, side, table_kind, fund_source, region_full_name, cell_id,
                amount_source, min_confidence, compiler
                FROM allocations
                ORDER BY notice_id, table_no, row_no, column_no
                """,
            .findings: """
                SELECT notice_id, finding_no, table_no, row_no, page, name, column_name, check_name, severity, stated,
                computed, difference, message, finding_id, message_zh, related_table_no, related_row_no, related_page,
                related_name, related_column_name, related_value, quote FROM findings ORDER BY notice_id, finding_no
                """,
            .citations: "SELECT notice_id, citation_no, doc_number, title FROM citations ORDER BY notice_id, citation_no",
            .sources: "SELECT notice_id, source_no, file, kind, sha256, role FROM sources ORDER BY notice_id, source_no",
            .attachments: """
                SELECT notice_id, attachment_no, label, file_name, url FROM attachments ORDER BY notice_id, attachment_no
                """,
            .relations: """
                SELECT notice_id, table_no, relation_no, relation_kind, row_no, page, name, column_no, column_name,
                column_path, part_rows, part_columns, stated, computed, difference, status, reason FROM relations
                ORDER BY notice_id, table_no, relation_no
                """,
        ]
        let onDisk = try DatasetReader(directory: directory).read()
        let fromNotices = DatasetCSV(notices: StoreFixtures.all)
        for table in DatasetTable.allCases {
            let rendered = CSVTable(header: table.header, rows: try store.fetchRows(sql: try XCTUnwrap(queries[table])))
            let file = try Data(contentsOf: directory.appendingPathComponent(table.file))
            XCTAssertEqual(Data(rendered.render().utf8), file, table.file)
            XCTAssertEqual(rendered, onDisk[table], table.file)
            XCTAssertEqual(rendered, fromNotices[table], table.file)
        }
        XCTAssertEqual(onDisk.allocations.rows.count, 4 * 2 + 3 + 1)
    }

    /// The export writes rows from SQLite's bytes; every field prints as the row's fields read as
    /// Strings print: quotes, commas, line breaks, a space at either end (alone, or with a mark
    /// over it that makes it no space character), a non-ASCII name, an empty text, NULL, and text cut
    /// at a NUL byte (what follows it, quotes and commas included, is not read).
    func testExportedBytesAreTheFieldsAsCSVPrintsThem() throws {
        var notice = StoreFixtures.hostile()
        let names = ["a,b", "say \"hi\"", "two\nlines", "cr\r\nlf", " lead", "trail ", " \u{301}mark", "mark \u{301}",
                     "盂县", "", "  ", "nul\u{0}cut, \"here\"", "合\u{0}计", "\u{0}"]
        notice.tables[0].rows = names.enumerated().map { index, name in
            StoreFixtures.row(index + 1, .item, name, name, "", "", [index % 2 == 0 ? "1" : nil], remark: name)
        }
        notice.metadata.title = " \u{301}title, \"quoted\" "
        _ = try DatasetWriter(directory: directory).ingest([notice])
        let store = try SQLiteStore(url: databaseURL)
        defer { try? store.close() }
        for table in DatasetTable.allCases {
            let rows = try store.fetchRows(sql: StoreSchema.selectSQL(table))
            let file = try Data(contentsOf: directory.appendingPathComponent(table.file))
            XCTAssertEqual(file, Data(CSVTable(header: table.header, rows: rows).render().utf8), table.file)
        }
        let allocations = try String(contentsOf: directory.appendingPathComponent("allocations.csv"), encoding: .utf8)
        XCTAssertTrue(allocations.contains("\"cr\r\nlf\""), "a line break is quoted")
        XCTAssertTrue(allocations.contains(",\" lead\","), "a leading space is quoted")
        XCTAssertTrue(allocations.contains(", \u{301}mark,"), "a space under a mark is no space character")
    }

    func testAmountsAreStoredAsExactText() throws {
        let store = try SQLiteStore(url: databaseURL)
        defer { try? store.close() }
        try store.replace(StoreFixtures.shanxi(yuxian: "1234.50"))
        XCTAssertEqual(try store.fetchRows(sql: "SELECT DISTINCT typeof(amount) FROM allocations ORDER BY 1"),
                       [["null"], ["text"]])
        XCTAssertEqual(try store.fetchRows(sql: "SELECT amount FROM allocations WHERE name = '盂县' ORDER BY column_no"),
                       [["1234.50"], [""]])
        XCTAssertEqual(try store.fetchRows(sql: "SELECT typeof(stated), stated, computed, difference FROM findings "
                                           + "WHERE check_name = 'total'"), [["text", "5", "5.5", "-0.5"]])
        XCTAssertEqual(try store.fetchRows(sql: "SELECT typeof(related_value), related_value, related_table_no, related_row_no, "
                                           + "related_page FROM findings WHERE check_name = 'text_table'"),
                       [["text", "12", "0", "0", "1"]], "the second place: a sentence (table 0) on page 1")
    }

    func testAStoreIsEmptyUntilANoticeIsStored() throws {
        let store = try SQLiteStore(url: databaseURL)
        defer { try? store.close() }
        XCTAssertTrue(try store.isEmpty())
        try store.replace(StoreFixtures.gansu())
        XCTAssertFalse(try store.isEmpty())
    }

    /// An id holding a NUL is refused: bound up to the NUL, it would replace the notice named by
    /// the part before it.
    func testANoticeWhoseIdHoldsANulIsRefusedAndReplacesNothing() throws {
        let store = try SQLiteStore(url: databaseURL)
        defer { try? store.close() }
        var hidden = StoreFixtures.gansu()
        hidden.id = StoreFixtures.shanxi().id + "\u{0}x"
        try store.replace(StoreFixtures.shanxi())
        XCTAssertThrowsError(try store.replace(hidden)) { error in
            XCTAssertEqual("\(error)", "corpus/gansu.pdf: cannot store in \(databaseURL.path): its id holds a NUL character")
        }
        XCTAssertEqual(try store.noticeIDs(), [StoreFixtures.shanxi().id])
        XCTAssertEqual(try store.export(), DatasetCSV(notices: [StoreFixtures.shanxi()]))
    }

    func testReingestReplacesEveryRowOfTheNotice() throws {
        let store = try SQLiteStore(url: databaseURL)
        defer { try? store.close() }
        try store.replace(StoreFixtures.shanxi(yuxian: "1234.50"))
        try store.replace(StoreFixtures.gansu())
        var changed = StoreFixtures.shanxi(yuxian: "99")
        changed.tables[0].rows.removeLast()
        changed.findings = []
        changed.metadata.references = []
        try store.replace(changed)
        let exported = try store.export()
        XCTAssertEqual(exported, DatasetCSV(notices: [changed, StoreFixtures.gansu()]))
        XCTAssertEqual(try store.fetchRows(sql: "SELECT count(*) FROM findings"), [["0"]])
        XCTAssertEqual(try store.fetchRows(sql: "SELECT count(*) FROM citations"), [["0"]])
        XCTAssertEqual(try store.noticeIDs(), ["晋乡振发〔2022〕125号", "甘财农〔2023〕7号"])
    }

    /// The store's connection does not zero what it deletes (Debian's SQLite is built with
    /// SECURE_DELETE on): a store written in place and a staged one both report secure_delete 0.
    func testSecureDeleteIsOffForInPlaceAndStagedStores() throws {
        for scratch in [false, true] {
            let url = directory.appendingPathComponent("secure-delete-\(scratch).sqlite")
            let store = try SQLiteStore(url: url, scratch: scratch)
            defer { try? store.close() }
            XCTAssertEqual(try store.fetchRows(sql: "PRAGMA secure_delete"), [["0"]], "scratch: \(scratch)")
        }
    }

    func testSQLiteKeepsNoMemoryStatistics() throws {
        // Turned off when the process loaded, before any connection: with the statistics on, SQLite
        // counts what an open store with a notice in it holds.
        XCTAssertTrue(SQLiteRows.memoryStatisticsOff)
        let store = try SQLiteStore(url: databaseURL, scratch: true)
        defer { try? store.close() }
        try store.replace(StoreFixtures.shanxi())
        XCTAssertEqual(sqlite3_memory_used(), 0)
        XCTAssertEqual(sqlite3_memory_highwater(0), 0)
    }

    func testIngestingTheSameNoticesTwiceChangesNothing() throws {
        let writer = DatasetWriter(directory: directory)
        _ = try writer.ingest(StoreFixtures.all)
        let first = try StoreFixtures.files(in: directory)
        let firstDump = try SQLiteStore(url: databaseURL).export()
        _ = try writer.ingest(StoreFixtures.all)
        _ = try writer.ingest([StoreFixtures.gansu()])
        XCTAssertEqual(try StoreFixtures.files(in: directory), first)
        XCTAssertEqual(try SQLiteStore(url: databaseURL).export(), firstDump)
        XCTAssertEqual(first.keys.sorted(), ["allocations.csv", "attachments.csv", "citations.csv", "datapackage.json",
                                             "findings.csv", "notices.csv", "relations.csv",
                                             "sources.csv"])
    }

    func testFailedNoticeLeavesItsPreviousRowsAndNamesTheSourceFile() throws {
        let store = try SQLiteStore(url: databaseURL)
        defer { try? store.close() }
        let good = StoreFixtures.shanxi()
        try store.replace(good)
        var broken = StoreFixtures.shanxi(yuxian: "1", source: "corpus/broken.pdf")
        broken.tables[0].rows[1].number = 1  // two rows numbered 1: primary key violation
        XCTAssertThrowsError(try store.replace(broken)) { error in
            guard case let .ingest(source, database, reason)? = error as? StoreError else {
                return XCTFail("\(error)")
            }
            XCTAssertEqual(source, "corpus/broken.pdf")
            XCTAssertEqual(database, self.databaseURL.path)
            XCTAssertTrue(reason.contains("UNIQUE"), reason)
        }
        XCTAssertEqual(try store.export(), DatasetCSV(notices: [good]))
    }

    func testNotADatabaseIsAStoreErrorNamingTheFile() throws {
        try Data("not sqlite".utf8).write(to: databaseURL)
        XCTAssertThrowsError(try SQLiteStore(url: databaseURL)) { error in
            guard case let .database(path, _)? = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertEqual(path, self.databaseURL.path)
        }
    }
}
