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
