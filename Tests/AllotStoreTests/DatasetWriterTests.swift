@testable import AllotStore
import AllotModel
import Foundation
import XCTest

/// Whole-folder writes: byte-identical regeneration, rebuild that keeps the old dataset on failure, BOM.
final class DatasetWriterTests: FolderTestCase {
    private func folder(_ name: String) -> URL { root.appendingPathComponent(name) }

    func testTwoWritesAndAnyInputOrderGiveIdenticalBytes() throws {
        let notices = StoreFixtures.all
        _ = try DatasetWriter(directory: folder("a")).rebuild(notices)
        _ = try DatasetWriter(directory: folder("b")).rebuild(notices)
        _ = try DatasetWriter(directory: folder("c")).rebuild(notices.reversed())
        _ = try DatasetWriter(directory: folder("d")).ingest([notices[2], notices[0], notices[1]])
        let reference = try StoreFixtures.files(in: folder("a"))
        XCTAssertEqual(reference.count, 8)
        for name in ["b", "c", "d"] {
            XCTAssertEqual(try StoreFixtures.files(in: folder(name)), reference, name)
        }
        let ids = try DatasetReader(directory: folder("a")).read().notices.rows.map { $0[0] }
        XCTAssertEqual(ids, ["sha256:0123456789abcdef", "晋乡振发〔2022〕125号", "甘财农〔2023〕7号"])
    }

    func testRowsFollowTableAndRowNumbersWhateverTheNoticeOrder() throws {
        _ = try DatasetWriter(directory: folder("a")).rebuild([StoreFixtures.gansu()])
        let rows = try DatasetReader(directory: folder("a")).read().allocations.rows
        XCTAssertEqual(rows.map { "\($0[1])/\($0[2]) \($0[6]) \($0[11])" },
                       ["1/1 兰州市本级 100", "2/1 永登县 0.75", "2/2 榆中县 2000"])
    }

    func testRebuildDropsNoticesThatAreNoLongerInTheCorpus() throws {
        let writer = DatasetWriter(directory: folder("out"))
        _ = try writer.ingest(StoreFixtures.all)
        let summary = try writer.rebuild([StoreFixtures.gansu()])
        XCTAssertEqual(summary.notices, 1)
        XCTAssertEqual(summary.rows, 3)
        XCTAssertEqual(summary.cells, 3)
        XCTAssertEqual(try SQLiteStore(url: folder("out").appendingPathComponent("allot.sqlite")).noticeIDs(),
                       ["甘财农〔2023〕7号"])
        XCTAssertEqual(try DatasetReader(directory: folder("out")).read(), DatasetCSV(notices: [StoreFixtures.gansu()]))
    }

    func testFailedRebuildLeavesTheOldDatasetAndNoStagingFolder() throws {
        let writer = DatasetWriter(directory: folder("out"))
        _ = try writer.rebuild(StoreFixtures.all)
        let before = try StoreFixtures.files(in: folder("out"))
        let database = try Data(contentsOf: folder("out").appendingPathComponent("allot.sqlite"))
        var broken = StoreFixtures.gansu()
        broken.tables[0].rows[1].number = 2
        XCTAssertThrowsError(try writer.rebuild([StoreFixtures.shanxi(yuxian: "1"), broken])) { error in
            guard case let .ingest(source, _, _)? = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertEqual(source, "corpus/gansu.pdf")
        }
        XCTAssertEqual(try StoreFixtures.files(in: folder("out")), before)
        XCTAssertEqual(try Data(contentsOf: folder("out").appendingPathComponent("allot.sqlite")), database)
    }

    func testIngestKeepsGoingPastANoticeItCannotStore() throws {
        var broken = StoreFixtures.gansu()
        broken.tables[0].rows[1].number = 2
        let summary = try DatasetWriter(directory: folder("out")).ingest([StoreFixtures.shanxi(), broken])
        XCTAssertEqual(summary.notices, 1)
        // The notice was read from two files (its PDF and its portal page): each is named.
        XCTAssertEqual(summary.rejected.map(\.description).map { $0.components(separatedBy: ":").first ?? "" },
                       ["corpus/gansu.pdf", "corpus/gansu.html"])
        XCTAssertEqual(try DatasetReader(directory: folder("out")).read(), DatasetCSV(notices: [StoreFixtures.shanxi()]))
    }

    /// A first ingest builds its store in the staging folder and publishes it whole: a session
    /// dropped unfinished (a Ctrl-C) leaves no store, a notice it cannot store is named against the
    /// published store, and the next ingest writes that store in place, a notice a transaction.
    func testFirstIngestPublishesItsStoreWholeAndTheNextWritesItInPlace() throws {
        let writer = DatasetWriter(directory: folder("out"))
        let database = folder("out").appendingPathComponent("allot.sqlite")
        do {
            let dropped = try DatasetSession(writer: writer, mode: .ingest)
            XCTAssertTrue(dropped.publishesWhole)
            dropped.add(StoreFixtures.gansu())
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: database.path))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder("out").path), [])
        var broken = StoreFixtures.gansu()
        broken.tables[0].rows[1].number = 2
        let first = try DatasetSession(writer: writer, mode: .ingest)
        XCTAssertTrue(first.publishesWhole)
        first.add(StoreFixtures.shanxi())
        first.add(broken)
        XCTAssertFalse(FileManager.default.fileExists(atPath: database.path))
        let summary = try first.finish()
        XCTAssertEqual(summary.notices, 1)
        XCTAssertEqual(summary.rejected.map(\.description),
                       ["corpus/gansu.pdf", "corpus/gansu.html"].map { "\($0): cannot store in \(database.path): "
                           + "SQLite error 19: UNIQUE constraint failed: allocations.notice_id, allocations.table_no, "
                           + "allocations.row_no, allocations.column_no" })
        XCTAssertEqual(try SQLiteStore(url: database).noticeIDs(), [StoreFixtures.shanxi().id])
        let second = try DatasetSession(writer: writer, mode: .ingest)
        XCTAssertFalse(second.publishesWhole)
        second.add(StoreFixtures.gansu())
        XCTAssertEqual(try SQLiteStore(url: database).noticeIDs().count, 2, "stored in place before the session finishes")
        _ = try second.finish()
        XCTAssertEqual(try DatasetReader(directory: folder("out")).read(),
                       DatasetCSV(notices: [StoreFixtures.shanxi(), StoreFixtures.gansu()]))
    }

    func testOneNoticePerIDTheLastSourceFileWins() throws {
        let early = StoreFixtures.shanxi(yuxian: "1", source: "corpus/a.pdf")
        let late = StoreFixtures.shanxi(yuxian: "2", source: "corpus/b.pdf")
        for order in [[early, late], [late, early]] {
            let summary = try DatasetWriter(directory: folder("out")).rebuild(order)
            XCTAssertEqual(summary.duplicates, [DuplicateNotice(id: late.id, kept: "corpus/b.pdf", dropped: ["corpus/a.pdf"])])
            XCTAssertEqual(try DatasetReader(directory: folder("out")).read(), DatasetCSV(notices: [late]))
        }
    }

    func testStagingFoldersOfDeadRunsAreRemoved() throws {
        let stale = folder("out").appendingPathComponent(".allot-staging-2147483646")
        try FileManager.default.createDirectory(at: stale, withIntermediateDirectories: true)
        try Data("half".utf8).write(to: stale.appendingPathComponent("notices.csv"))
        _ = try DatasetWriter(directory: folder("out")).ingest([StoreFixtures.gansu()])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder("out").path).sorted(),
                       ["allocations.csv", "allot.sqlite", "attachments.csv", "citations.csv", "datapackage.json",
                        "findings.csv", "notices.csv", "relations.csv", "sources.csv"])
    }

    func testExcelEditionStartsEveryCSVWithAByteOrderMark() throws {
        _ = try DatasetWriter(directory: folder("bom"), excel: true).rebuild(StoreFixtures.all)
        _ = try DatasetWriter(directory: folder("plain")).rebuild(StoreFixtures.all)
        for table in DatasetTable.allCases {
            let bom = try Data(contentsOf: folder("bom").appendingPathComponent(table.file))
            let plain = try Data(contentsOf: folder("plain").appendingPathComponent(table.file))
            XCTAssertEqual(bom, Data(CSVTable.byteOrderMark) + plain, table.file)
        }
        XCTAssertEqual(try DatasetReader(directory: folder("bom")).read(), try DatasetReader(directory: folder("plain")).read())
    }
}
