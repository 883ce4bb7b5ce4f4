@testable import AllotStore
import AllotModel
import Foundation
import XCTest

/// Rows bound into a reused INSERT (`SQLiteRows`): a placeholder that already holds a row's value is
/// not bound again, and every value that differs is.
final class SQLiteRowsTests: FolderTestCase {
    /// Same text at another place in the buffer, same integer, NULL: the same; other bytes of the same
    /// length, another length, another kind: not.
    func testHoldsSameComparesBytesNotPlaces() {
        let texts: [CChar] = Array("abXab".utf8CString)
        texts.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return XCTFail("no buffer") }
            let ab = EncodedRows.Value.text(start: 0, count: 2, plain: true)
            XCTAssertTrue(SQLiteRows.holdsSame(ab, .text(start: 3, count: 2, plain: true), texts: base))
            XCTAssertTrue(SQLiteRows.holdsSame(ab, ab, texts: base))
            XCTAssertFalse(SQLiteRows.holdsSame(ab, .text(start: 1, count: 2, plain: true), texts: base))
            XCTAssertFalse(SQLiteRows.holdsSame(ab, .text(start: 0, count: 3, plain: true), texts: base))
            XCTAssertTrue(SQLiteRows.holdsSame(.text(start: 0, count: 0, plain: true), .text(start: 4, count: 0, plain: true),
                                               texts: base))
            XCTAssertTrue(SQLiteRows.holdsSame(.integer(7), .integer(7), texts: base))
            XCTAssertFalse(SQLiteRows.holdsSame(.integer(7), .integer(8), texts: base))
            XCTAssertTrue(SQLiteRows.holdsSame(.null, .null, texts: base))
            XCTAssertFalse(SQLiteRows.holdsSame(.null, .integer(0), texts: base))
            XCTAssertFalse(SQLiteRows.holdsSame(.text(start: 0, count: 0, plain: true), .null, texts: base))
        }
    }

    /// Rows whose values change from row to row in every way a placeholder can (the same text at
    /// another place, other bytes of the same length, another length, NULL and back, another
    /// number), bound row after row and in batches, are stored as the records bound one by one.
    func testRowsBoundOverHeldValuesAreTheRecords() throws {
        for rowCount in [5, 16, 40] {
            var notice = StoreFixtures.shanxi()
            let remarks = ["ab", "ba", "ba", "", "abc", "ab"]
            notice.tables[0].rows = (1...rowCount).map { number in
                StoreFixtures.row(number, number % 4 == 0 ? .subtotal : .item, "县\(number % 3)", "", "", "",
                                  [number % 5 == 0 ? nil : "\(number % 2)", number % 3 == 0 ? nil : "2.5"],
                                  remark: remarks[number % remarks.count], page: 1 + number / 7)
            }
            var records: [DatasetRecord] = []
            AllocationColumns.forEachRecord(notice) { records.append($0) }
            // Each record's texts copied anew (equal texts at other places) and the encoding of the
            // worker (the texts a printed row shares at one place).
            var copied = EncodedRows(.allocations)
            for record in records { copied.append(record) }
            let relations = try XCTUnwrap(PreparedRows.prepare(notice)?.rows(.relations))
            var dumps: [[[String]]] = []
            for (name, given) in [("records", nil),
                                  ("copied", PreparedRows(id: notice.id, tables: notice.tables, allocations: copied,
                                                          relations: relations)),
                                  ("prepared", PreparedRows.prepare(notice))] {
                let store = try SQLiteStore(url: root.appendingPathComponent("\(name)-\(rowCount).sqlite"))
                defer { try? store.close() }
                try store.replace(notice, prepared: given)
                dumps.append(try store.fetchRows(sql: "SELECT rowid, * FROM allocations ORDER BY rowid"))
            }
            XCTAssertEqual(dumps[0].count, records.count)
            XCTAssertEqual(dumps[0].map { Array($0.dropFirst()) }, records.map(\.fields), "\(rowCount) rows")
            XCTAssertEqual(dumps[1], dumps[0], "copied, \(rowCount) rows")
            XCTAssertEqual(dumps[2], dumps[0], "prepared, \(rowCount) rows")
        }
    }
}
