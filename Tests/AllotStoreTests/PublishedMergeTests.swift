@testable import AllotStore
import AllotModel
import AllotSource
import Foundation
import GRDB
import XCTest

/// An ingest into a published dataset copies the unchanged notices' lines from the published files
/// (`PublishedManifest`, `PublishedFile`): the same bytes as a whole export, and a whole export
/// whenever those files are not exactly the ones the store recorded.
final class PublishedMergeTests: FolderTestCase {
    private func folder(_ name: String) -> URL { root.appendingPathComponent(name) }

    /// The fixture notices under other ids too, so that notices sort before, between and after.
    private func notice(_ base: Notice, id: String) -> Notice {
        var notice = base
        notice.id = id
        notice.sourceFile = "corpus/\(id).pdf"
        return notice
    }

    private var firstBatch: [Notice] {
        [StoreFixtures.shanxi(), StoreFixtures.gansu(), notice(StoreFixtures.shanxi(), id: "b-2021"),
         notice(StoreFixtures.hostile(), id: "d,\"quoted\"\nid"), notice(StoreFixtures.gansu(), id: "f-2019")]
    }

    private var secondBatch: [Notice] {
        [notice(StoreFixtures.anonymous(), id: "c-new"), notice(StoreFixtures.shanxi(yuxian: "99.5"), id: "b-2021"),
         notice(StoreFixtures.tableless(), id: "zz-last"), notice(StoreFixtures.gansu(), id: "a-first")]
    }

    @discardableResult
    private func ingest(_ notices: [Notice], into name: String, excel: Bool = false) throws -> DatasetSession {
        let session = try DatasetSession(writer: DatasetWriter(directory: folder(name), excel: excel), mode: .ingest)
        for notice in notices { session.add(notice) }
        _ = try session.finish()
        return session
    }

    /// The files a rebuild from `notices` writes (every row printed from the store).
    private func wholeExport(_ notices: [Notice], excel: Bool = false) throws -> [String: Data] {
        let name = "whole-\(UUID().uuidString)"
        _ = try DatasetWriter(directory: folder(name), excel: excel).rebuild(notices)
        return try StoreFixtures.files(in: folder(name))
    }

    func testAnIngestIntoAPublishedDatasetMergesToTheBytesOfAWholeExport() throws {
        try ingest(firstBatch, into: "out")
        let second = try ingest(secondBatch, into: "out")
        XCTAssertEqual(second.mergedTables, Set(DatasetTable.allCases))
        XCTAssertEqual(try StoreFixtures.files(in: folder("out")), try wholeExport(firstBatch + secondBatch))
        // And again, with nothing new but one notice given again unchanged.
        let third = try ingest([StoreFixtures.gansu()], into: "out")
        XCTAssertEqual(third.mergedTables, Set(DatasetTable.allCases))
        XCTAssertEqual(try StoreFixtures.files(in: folder("out")), try wholeExport(firstBatch + secondBatch))
    }

    func testTheSummaryCountsWhatAWholeExportCounts() throws {
        try ingest(firstBatch, into: "out")
        let session = try DatasetSession(writer: DatasetWriter(directory: folder("out")), mode: .ingest)
        for notice in secondBatch { session.add(notice) }
        let merged = try session.finish()
        XCTAssertEqual(session.mergedTables, Set(DatasetTable.allCases))
        let whole = try DatasetWriter(directory: folder("whole")).rebuild(firstBatch + secondBatch)
        XCTAssertEqual([merged.notices, merged.rows, merged.cells, merged.findings],
                       [whole.notices, whole.rows, whole.cells, whole.findings])
    }

    func testTheStoreRecordsEachFileItExportedWithItsSizeAndDigest() throws {
        try ingest(firstBatch, into: "out")
        try ingest(secondBatch, into: "out")
        let store = try SQLiteStore(url: folder("out").appendingPathComponent(DatasetWriter.databaseFile))
        defer { try? store.close() }
        let manifest = try XCTUnwrap(try store.published())
        XCTAssertEqual(manifest.printing, PublishedManifest.printing(excel: false))
        XCTAssertEqual(Set(manifest.files.keys), Set(DatasetTable.allCases.map(\.file)))
        for (file, entry) in manifest.files {
            let bytes = try [UInt8](Data(contentsOf: folder("out").appendingPathComponent(file)))
            XCTAssertEqual(entry, PublishedManifest.Entry(bytes: bytes.count, sha256: SHA256.hex(bytes)), file)
        }
    }

    /// A file edited since it was published (one byte, the size kept), one cut short, one removed:
    /// each written again from the store, which the next merge then trusts again.
    func testFilesChangedSincePublishedAreWrittenFromTheStore() throws {
        try ingest(firstBatch, into: "out")
        let allocations = folder("out").appendingPathComponent("allocations.csv")
        var edited = try [UInt8](Data(contentsOf: allocations))
        let digit = try XCTUnwrap(edited.lastIndex(where: { (0x30...0x38).contains($0) }))
        edited[digit] += 1
        try Data(edited).write(to: allocations)
        let relations = folder("out").appendingPathComponent("relations.csv")
        try Data(try Data(contentsOf: relations).dropLast(1)).write(to: relations)
        try FileManager.default.removeItem(at: folder("out").appendingPathComponent("findings.csv"))
        let second = try ingest(secondBatch, into: "out")
        XCTAssertEqual(second.mergedTables, Set(DatasetTable.allCases).subtracting([.allocations, .relations, .findings]))
        XCTAssertEqual(try StoreFixtures.files(in: folder("out")), try wholeExport(firstBatch + secondBatch))
        let third = try ingest([notice(StoreFixtures.anonymous(), id: "e-later")], into: "out")
        XCTAssertEqual(third.mergedTables, Set(DatasetTable.allCases))
    }

    /// A run killed after storing a notice in place, before publishing its files: the files are
    /// the old ones while the store holds the new notice, so nothing may be copied from them.
    func testAfterARunThatDiedBeforePublishingTheNextExportIsWhole() throws {
        try ingest(firstBatch, into: "out")
        let changed = notice(StoreFixtures.shanxi(yuxian: "7"), id: "b-2021")
        do {
            let died = try DatasetSession(writer: DatasetWriter(directory: folder("out")), mode: .ingest)
            died.add(changed)
        }
        let store = try SQLiteStore(url: folder("out").appendingPathComponent(DatasetWriter.databaseFile))
        XCTAssertNil(try store.published(), "taken out when the run started")
        try store.close()
        let next = try ingest([notice(StoreFixtures.anonymous(), id: "c-new")], into: "out")
        XCTAssertEqual(next.mergedTables, [])
        let expected = firstBatch.filter { $0.id != "b-2021" } + [changed, notice(StoreFixtures.anonymous(), id: "c-new")]
        XCTAssertEqual(try StoreFixtures.files(in: folder("out")), try wholeExport(expected))
    }

    func testAnotherEditionIsWrittenWhole() throws {
        try ingest(firstBatch, into: "out")
        let excel = try ingest(secondBatch, into: "out", excel: true)
        XCTAssertEqual(excel.mergedTables, [])
        XCTAssertEqual(try StoreFixtures.files(in: folder("out")), try wholeExport(firstBatch + secondBatch, excel: true))
        let again = try ingest([notice(StoreFixtures.anonymous(), id: "e-later")], into: "out", excel: true)
        XCTAssertEqual(again.mergedTables, Set(DatasetTable.allCases))
        XCTAssertEqual(try StoreFixtures.files(in: folder("out")),
                       try wholeExport(firstBatch + secondBatch + [notice(StoreFixtures.anonymous(), id: "e-later")],
                                       excel: true))
    }

    /// A table rebuilt by a schema update (here: defined by a text this version does not write) may
    /// print its rows otherwise: the record is dropped with the update.
    func testAStoreWhoseTablesWereUpdatedTrustsNoFile() throws {
        try ingest(firstBatch, into: "out")
        let database = folder("out").appendingPathComponent(DatasetWriter.databaseFile)
        let queue = try DatabaseQueue(path: database.path)
        try queue.write { db in
            try db.execute(sql: "ALTER TABLE sources RENAME TO old_sources")
            try db.execute(sql: StoreSchema.createSQL(.sources).replacingOccurrences(of: "CREATE TABLE sources (",
                                                                                      with: "CREATE TABLE sources  ("))
            try db.execute(sql: "INSERT INTO sources SELECT * FROM old_sources; DROP TABLE old_sources")
        }
        try queue.close()
        let store = try SQLiteStore(url: database)
        XCTAssertNil(try store.published())
        try store.close()
        let second = try ingest(secondBatch, into: "out")
        XCTAssertEqual(second.mergedTables, [])
        XCTAssertEqual(try StoreFixtures.files(in: folder("out")), try wholeExport(firstBatch + secondBatch))
    }

    /// Rows changed by another program (or an earlier allot writing the store in place, which knows
    /// nothing of the record): the record is dropped with the change, and the next export prints
    /// every row from the store, the change with them.
    func testAStoreChangedOtherThanByAnExportTrustsNoFile() throws {
        let database = folder("out").appendingPathComponent(DatasetWriter.databaseFile)
        let changes = [
            "UPDATE allocations SET amount = '1.25' WHERE rowid = (SELECT min(rowid) FROM allocations)",
            "DELETE FROM notices WHERE notice_id = 'f-2019'",
            "DELETE FROM findings WHERE rowid = (SELECT min(rowid) FROM findings)",
            "UPDATE notices SET title = 'retitled' WHERE notice_id = 'b-2021'",
        ]
        for (index, change) in changes.enumerated() {
            try? FileManager.default.removeItem(at: folder("out"))
            try ingest(firstBatch, into: "out")
            let queue = try DatabaseQueue(path: database.path)
            try queue.write { db in try db.execute(sql: change) }
            try queue.close()
            let store = try SQLiteStore(url: database)
            XCTAssertNil(try store.published(), change)
            if index == 0 {
                // As an earlier version stores a notice in place.
                try store.recordPublished(PublishedManifest(printing: PublishedManifest.printing(excel: false), files: [:]))
                try store.replace(notice(StoreFixtures.anonymous(), id: "c-new"))
                XCTAssertNil(try store.published(), "a notice stored")
            }
            try store.close()
            let next = try ingest([notice(StoreFixtures.tableless(), id: "zz-last")], into: "out")
            XCTAssertEqual(next.mergedTables, [], change)
            let stored = try SQLiteStore(url: database)
            XCTAssertEqual(try DatasetReader(directory: folder("out")).read(), try stored.export(), change)
            try stored.close()
        }
    }

    /// An id holding a NUL (allot refuses such a notice; another program can write one) is printed
    /// up to it: its lines look like those of another id, so nothing is merged while one is stored.
    func testAnIdPrintedOtherwiseThanStoredIsNeverMerged() throws {
        try ingest(firstBatch, into: "out")
        let database = folder("out").appendingPathComponent(DatasetWriter.databaseFile)
        let queue = try DatabaseQueue(path: database.path)
        try queue.write { db in
            // f-2019 again under the id n<NUL>ul, in every table.
            for table in DatasetTable.allCases {
                let columns = table.header.map { $0 == "notice_id" ? "CAST(X'6E00756C' AS TEXT)" : $0 }
                try db.execute(sql: "INSERT INTO \(table.name) (\(table.header.joined(separator: ", "))) SELECT "
                    + "\(columns.joined(separator: ", ")) FROM \(table.name) WHERE notice_id = 'f-2019'")
            }
        }
        try queue.close()
        let store = try SQLiteStore(url: database)
        XCTAssertEqual(try store.fetchRows(sql: "SELECT count(*) FROM notices WHERE length(CAST(notice_id AS BLOB)) = 4"),
                       [["1"]])
        try store.close()
        // The first ingest after it exports every row (the triggers dropped the record) and
        // records its files; the next may not merge them.
        try ingest([notice(StoreFixtures.anonymous(), id: "c-new")], into: "out")
        let next = try ingest(secondBatch, into: "out")
        XCTAssertEqual(next.mergedTables, [])
        let stored = try SQLiteStore(url: database)
        defer { try? stored.close() }
        XCTAssertEqual(try DatasetReader(directory: folder("out")).read(), try stored.export())
    }

    /// Files exported while another program wrote the store may lack its change: not recorded.
    func testARecordIsNotWrittenOverAnotherConnectionsChange() throws {
        try ingest(firstBatch, into: "out")
        let database = folder("out").appendingPathComponent(DatasetWriter.databaseFile)
        let store = try SQLiteStore(url: database)
        defer { try? store.close() }
        let manifest = try XCTUnwrap(try store.published())
        let version = try store.dataVersion()
        try store.recordPublished(manifest, ifUnchangedSince: version)
        XCTAssertEqual(try store.published(), manifest, "nothing changed")
        let other = try DatabaseQueue(path: database.path)
        try other.write { db in try db.execute(sql: "UPDATE notices SET title = title") }
        try other.close()
        try store.recordPublished(manifest, ifUnchangedSince: version)
        XCTAssertNil(try store.published(), "another connection committed since")
    }

    /// A record written by another version's printing is not trusted.
    func testARecordOfAnotherPrintingIsNotTrusted() throws {
        try ingest(firstBatch, into: "out")
        let database = folder("out").appendingPathComponent(DatasetWriter.databaseFile)
        let queue = try DatabaseQueue(path: database.path)
        try queue.write { db in try db.execute(sql: "UPDATE allot_published SET printing = 'csv-0'") }
        try queue.close()
        let second = try ingest(secondBatch, into: "out")
        XCTAssertEqual(second.mergedTables, [])
        XCTAssertEqual(try StoreFixtures.files(in: folder("out")), try wholeExport(firstBatch + secondBatch))
    }
}

/// The reader of a published file, record by record, whatever the chunks it reads.
final class PublishedFileTests: FolderTestCase {
    private let header = Array("notice_id,text\n".utf8)
    private let lines = [
        // Bytewise order: '"' (0x22) before ',' (0x2C) before letters.
        "a,1\n", "a,\"two\nlines, \"\"quoted\"\"\"\n", "\"b\"\"q\",y\n", "\"b,1\",x\n", "c,\"\"\n", "c,\"\n\"\n", "e,5\n",
    ]

    private func file(_ body: String) throws -> (URL, PublishedManifest.Entry) {
        let bytes = header + Array(body.utf8)
        let url = root.appendingPathComponent("t-\(UUID().uuidString).csv")
        try Data(bytes).write(to: url)
        return (url, PublishedManifest.Entry(bytes: bytes.count, sha256: SHA256.hex(bytes)))
    }

    func testNoticesAreCopiedAndSkippedInOrderAcrossChunks() throws {
        let (url, entry) = try file(lines.joined())
        for chunk in [1, 2, 3, 5, 7, 16, 1 << 20] {
            let published = try XCTUnwrap(PublishedFile(url: url, entry: entry, header: header, chunk: chunk))
            var output: [UInt8] = []
            XCTAssertEqual(published.take("a", copy: true, into: &output), 2, "chunk \(chunk)")
            XCTAssertEqual(String(decoding: output, as: UTF8.self), lines[0] + lines[1])
            output = []
            XCTAssertEqual(published.take("b\"q", copy: true, into: &output), 1)
            XCTAssertEqual(String(decoding: output, as: UTF8.self), lines[2])
            output = []
            XCTAssertEqual(published.take("bb", copy: true, into: &output), 0, "b,1 skipped, none of bb")
            XCTAssertEqual(output, [])
            output = []
            XCTAssertEqual(published.take("c", copy: false, into: &output), 2)
            XCTAssertEqual(output, [])
            XCTAssertEqual(published.take("d", copy: true, into: &output), 0)
            XCTAssertTrue(published.verify(), "chunk \(chunk)")
        }
    }

    func testOnlyTheRecordedBytesVerify() throws {
        let (url, entry) = try file(lines.joined())
        var other = entry
        other.sha256 = SHA256.hex(Array("something else".utf8))
        let published = try XCTUnwrap(PublishedFile(url: url, entry: other, header: header, chunk: 4))
        var output: [UInt8] = []
        XCTAssertEqual(published.take("a", copy: true, into: &output), 2)
        XCTAssertFalse(published.verify())
        var longer = entry
        longer.bytes += 1
        XCTAssertNil(PublishedFile(url: url, entry: longer, header: header), "another size")
        XCTAssertNil(PublishedFile(url: url, entry: entry, header: Array("notice_id,other\n".utf8)), "another header")
        XCTAssertNil(PublishedFile(url: root.appendingPathComponent("absent.csv"), entry: entry, header: header))
    }

    func testBytesThatAreNotRecordsNeverVerify() throws {
        for body in ["a,1\n\"b\"x,2\n", "a,1\nb,unfinished", "a,\"open\n", "\"unclosed id,1\n"] {
            let (url, entry) = try file(body)
            let published = try XCTUnwrap(PublishedFile(url: url, entry: entry, header: header, chunk: 3))
            var output: [UInt8] = []
            _ = published.take("a", copy: true, into: &output)
            XCTAssertNil(published.take("zz", copy: true, into: &output), body)
            XCTAssertFalse(published.verify(), body)
        }
    }
}

/// The printing of stored values as CSV bytes, held to a fingerprint: what a published file's lines
/// are trusted to be (`PublishedManifest.printingVersion`).
final class PublishedPrintingTests: XCTestCase {
    func testPrintingIsTheVersionRecorded() throws {
        let queue = try DatabaseQueue()
        let values: [DatabaseValueConvertible?] = [
            "plain", "comma, inside", "quote \" inside", "line\nfeed", "carriage\rreturn", " leading", "trailing ",
            " \u{301}combining", "中文 字段", "nul\u{0}after", "=1+2", "+cmd", "-3", "@sum", "\ttab", "'apostrophe",
            0, -42, Int64.max, Int64.min, 1.5, nil, Data([0xE4, 0xB8, 0xAD]), "",
        ]
        var bytes: [UInt8] = []
        try queue.read { db in
            let statement = try db.makeStatement(sql: "SELECT " + values.map { _ in "?" }.joined(separator: ", "))
            let cursor = try Row.fetchCursor(statement, arguments: StatementArguments(values))
            while try cursor.next() != nil {
                SQLiteRows.appendLine(statement, to: &bytes)
                let fields = SQLiteRows.fields(statement)
                CSVTable.appendLine(fields, to: &bytes)
                for table in DatasetTable.allCases {
                    CSVTable.appendLine(FormulaGuard.fields(fields, of: table), to: &bytes)
                }
            }
        }
        XCTAssertEqual(PublishedManifest.printingVersion, 1)
        XCTAssertEqual(SHA256.hex(bytes), "7e2851b0cef7e679a4d8b0b51f7e681d6dae84e116e8e0b75675cd49bd9085df",
                       "the printing of stored values changed: raise PublishedManifest.printingVersion and record the new digest here")
    }
}
