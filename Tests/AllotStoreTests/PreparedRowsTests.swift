@testable import AllotStore
import AllotModel
import Foundation
import XCTest

/// Rows prepared on a worker (`PreparedRows`): the same dataset as rows built by the writer, used
/// only for the notice they were made from, and never made for a notice too large to hold.
final class PreparedRowsTests: FolderTestCase {
    /// Every notice of the store fixtures, the hostile one with texts that need quoting among them.
    private var notices: [Notice] {
        var hostile = StoreFixtures.hostile()
        let names = ["a,b", "say \"hi\"", "two\nlines", " lead", "盂县", "", "nul\u{0}cut"]
        hostile.tables[0].rows = names.enumerated().map { index, name in
            StoreFixtures.row(index + 1, .item, name, name, "", "", [index % 2 == 0 ? "1" : nil], remark: name)
        }
        return StoreFixtures.all + [hostile, StoreFixtures.tableless()]
    }

    /// The encoded values are the records' values, column by column.
    func testEncodedRowsHoldTheRecordsValues() throws {
        for notice in notices {
            let prepared = try XCTUnwrap(PreparedRows.prepare(notice))
            for (table, records) in [(DatasetTable.allocations, AllocationColumns.records(notice)),
                                     (.relations, RelationColumns.records(notice))] {
                let rows = try XCTUnwrap(prepared.rows(table))
                XCTAssertEqual(rows.count, records.count, "\(notice.id) \(table)")
                for (index, record) in records.enumerated() {
                    let values = (0..<table.columns.count).map { rows.value(row: index, column: $0) }
                    XCTAssertEqual(values, table.columns.map { record[$0] }, "\(notice.id) \(table) row \(index + 1)")
                }
            }
        }
    }

    /// A dataset written from prepared rows is byte for byte the one the writer builds alone.
    func testPreparedRowsGiveTheSameDataset() throws {
        let plain = root.appendingPathComponent("plain")
        let prepared = root.appendingPathComponent("prepared")
        for (folder, usePrepared) in [(plain, false), (prepared, true)] {
            let session = try DatasetSession(writer: DatasetWriter(directory: folder), mode: .ingest)
            for notice in notices {
                session.add(notice, prepared: usePrepared ? PreparedRows.prepare(notice) : nil)
            }
            let summary = try session.finish()
            XCTAssertTrue(summary.rejected.isEmpty)
        }
        let expected = try StoreFixtures.files(in: plain)
        XCTAssertEqual(expected.count, DatasetWriter.derivedFiles.count)
        XCTAssertEqual(try StoreFixtures.files(in: prepared), expected)
    }

    /// The store binds the prepared rows as given (not rows built again) when they are the notice's.
    func testMatchingPreparedRowsAreBoundAsGiven() throws {
        let notice = StoreFixtures.shanxi(yuxian: "1234.50")
        var other = notice
        other.tables[0].rows[2].amounts[0] = StoreFixtures.amount("99.5")
        var allocations = EncodedRows(.allocations)
        AllocationColumns.forEachRecord(other) { allocations.append($0) }
        let relations = try XCTUnwrap(PreparedRows.prepare(notice)?.rows(.relations))
        let given = PreparedRows(id: notice.id, tables: notice.tables, allocations: allocations, relations: relations)
        XCTAssertTrue(given.matches(notice))
        let store = try SQLiteStore(url: root.appendingPathComponent(DatasetWriter.databaseFile))
        defer { try? store.close() }
        try store.replace(notice, prepared: given)
        XCTAssertEqual(try store.fetchRows(sql: "SELECT amount FROM allocations WHERE name = '盂县' ORDER BY column_no"),
                       [["99.5"], [""]])
    }

    /// Rows prepared before a later step changed the notice's tables or id are not used.
    func testRowsOfAChangedNoticeAreBuiltAgain() throws {
        let notice = StoreFixtures.shanxi(yuxian: "1234.50")
        let prepared = try XCTUnwrap(PreparedRows.prepare(notice))
        var changedAmount = notice
        changedAmount.tables[0].rows[2].amounts[0] = StoreFixtures.amount("77")
        var changedID = notice
        changedID.id = "晋乡振发〔2022〕126号"
        var changedFindings = notice
        changedFindings.findings = []
        XCTAssertTrue(prepared.matches(notice))
        XCTAssertTrue(prepared.matches(changedFindings), "findings are not in the prepared rows")
        XCTAssertFalse(prepared.matches(changedAmount))
        XCTAssertFalse(prepared.matches(changedID))
        let store = try SQLiteStore(url: root.appendingPathComponent(DatasetWriter.databaseFile))
        defer { try? store.close() }
        try store.replace(changedAmount, prepared: prepared)
        try store.replace(changedID, prepared: prepared)
        XCTAssertEqual(try store.fetchRows(sql: "SELECT notice_id, amount FROM allocations WHERE name = '盂县' "
                                           + "AND column_no = 1 ORDER BY notice_id"),
                       [["晋乡振发〔2022〕125号", "77"], ["晋乡振发〔2022〕126号", "1234.50"]])
        XCTAssertEqual(try store.fetchRows(sql: "SELECT DISTINCT substr(cell_id, 1, 1) FROM allocations"), [["c"]])
    }

    /// The export copies the lines kept for a notice in its place (notices in canonical order) and
    /// reads the others' rows from SQLite.
    func testExportCopiesStashedLinesInCanonicalOrder() throws {
        let store = try SQLiteStore(url: root.appendingPathComponent(DatasetWriter.databaseFile))
        defer { try? store.close() }
        for notice in StoreFixtures.all { try store.replace(notice) }
        let plain = root.appendingPathComponent("plain")
        let stashed = root.appendingPathComponent("stashed")
        for folder in [plain, stashed] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        _ = try store.exportFiles(to: plain, excel: false)
        let ids = try store.noticeIDs()
        XCTAssertEqual(ids.count, 3)
        let stash = try StashedLines(url: root.appendingPathComponent("lines"))
        stash.put(ids[1], allocations: Array("allocations of the middle notice\n".utf8),
                  relations: Array("relations of the middle notice\n".utf8), cells: 5)
        let counts = try store.exportFiles(to: stashed, excel: false, stash: stash)
        for (table, marker) in [(DatasetTable.allocations, "allocations of the middle notice\n"),
                                (.relations, "relations of the middle notice\n")] {
            let lines = try String(contentsOf: plain.appendingPathComponent(table.file), encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let middle = lines.indices.filter { lines[$0].hasPrefix(ids[1] + ",") }
            XCTAssertFalse(middle.isEmpty, table.file)
            var expected = lines
            expected.replaceSubrange(try XCTUnwrap(middle.first)...(try XCTUnwrap(middle.last)),
                                     with: [String(marker.dropLast())])
            XCTAssertEqual(try String(contentsOf: stashed.appendingPathComponent(table.file), encoding: .utf8),
                           expected.joined(separator: "\n"), table.file)
        }
        let middleCells = try store.fetchRows(sql: "SELECT count(*) FROM allocations WHERE notice_id = '\(ids[1])'")
        let allCells = try store.fetchRows(sql: "SELECT count(*) FROM allocations")
        XCTAssertEqual(counts.cells, (Int(allCells[0][0]) ?? 0) - (Int(middleCells[0][0]) ?? 0) + 5)
        XCTAssertEqual(try Data(contentsOf: stashed.appendingPathComponent("findings.csv")),
                       try Data(contentsOf: plain.appendingPathComponent("findings.csv")))
    }

    /// Notices stored with prepared rows into a store holding others, one stored again without them
    /// and one that fails to store: the same files as a session without prepared rows.
    func testMixedSessionGivesTheSameDataset() throws {
        let plain = root.appendingPathComponent("plain")
        let prepared = root.appendingPathComponent("prepared")
        var broken = StoreFixtures.shanxi(yuxian: "1", source: "corpus/broken.pdf")
        broken.tables[0].rows[1].number = 1  // two rows numbered 1: primary key violation
        var changed = StoreFixtures.gansu()
        changed.tables[0].rows[0].name = "另一名称"
        for (folder, usePrepared) in [(plain, false), (prepared, true)] {
            let writer = DatasetWriter(directory: folder)
            let first = try DatasetSession(writer: writer, mode: .ingest)
            first.add(StoreFixtures.anonymous())
            _ = try first.finish()
            let second = try DatasetSession(writer: writer, mode: .ingest)
            for notice in [StoreFixtures.shanxi(), StoreFixtures.gansu(), StoreFixtures.hostile()] {
                second.add(notice, prepared: usePrepared ? PreparedRows.prepare(notice) : nil)
            }
            second.add(changed)
            second.add(broken, prepared: usePrepared ? PreparedRows.prepare(broken) : nil)
            let summary = try second.finish()
            XCTAssertEqual(summary.rejected.count, 1)
        }
        let expected = try StoreFixtures.files(in: plain)
        XCTAssertTrue(String(decoding: try XCTUnwrap(expected["allocations.csv"]), as: UTF8.self).contains("另一名称"))
        XCTAssertEqual(try StoreFixtures.files(in: prepared), expected)
    }

    /// A notice with more cells than `maximumCells` is left to the writer, which streams it.
    func testLargeNoticeIsNotPrepared() throws {
        var notice = StoreFixtures.shanxi()
        let rowsNeeded = PreparedRows.maximumCells / notice.tables[0].amountColumns.count + 1
        notice.tables[0].rows = (1...rowsNeeded).map { number in
            StoreFixtures.row(number, .item, "县\(number)", "", "", "", ["1", "2"])
        }
        XCTAssertNil(PreparedRows.prepare(notice))
        notice.tables[0].rows.removeLast()
        XCTAssertNotNil(PreparedRows.prepare(notice))
    }
}
