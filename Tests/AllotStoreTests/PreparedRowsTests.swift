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

    /// The encoded cells and relations set every column of their tables (`SchemaTests` checks the
    /// records), and their lines ahead are the lines printed through `SQLiteRows.appendText` one value
    /// at a time.
    func testEncodedRowsSetEveryColumnAndPrintAsTheExport() throws {
        for notice in notices {
            for rows in [AllocationColumns.encoded(notice), RelationColumns.encoded(notice)] {
                XCTAssertEqual(rows.unsetColumns, [], "\(notice.id) \(rows.table)")
                XCTAssertEqual(rows.csvLines(), Self.linesValueByValue(rows), "\(notice.id) \(rows.table)")
            }
        }
        var extremes = EncodedRows(.relations)
        for number in [0, 7, -1, 10, -10, 99, Int.max, Int.min] {
            var row = EncodedRow(.relations)
            for (position, column) in DatasetTable.relations.columns.enumerated() {
                row[column] = column.kind == .integer ? .integer(number &+ position) : extremes.text(position % 2 == 0 ? "a,\"b\"" : "")
            }
            extremes.append(row)
        }
        XCTAssertEqual(extremes.csvLines(), Self.linesValueByValue(extremes))
        var unset = EncodedRows(.allocations)
        var row = EncodedRow(.allocations)
        row[AllocationColumns.noticeID] = unset.text("x")
        unset.append(row)
        XCTAssertEqual(unset.unsetColumns.count, DatasetTable.allocations.header.count - 1)
    }

    /// The CSV lines of `rows`, each value printed through `SQLiteRows.appendText` or `String(number)`.
    private static func linesValueByValue(_ rows: EncodedRows) -> [UInt8] {
        var lines: [UInt8] = []
        for row in 0..<rows.count {
            for column in 0..<rows.width {
                if column > 0 { lines.append(UInt8(ascii: ",")) }
                switch rows.value(row: row, column: column) {
                case let .text(text): Array(text.utf8).withUnsafeBufferPointer { SQLiteRows.appendText($0, to: &lines) }
                case let .integer(number): lines.append(contentsOf: Array(String(number).utf8))
                case .null: break
                }
            }
            lines.append(UInt8(ascii: "\n"))
        }
        return lines
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
        let counts = try store.exportFiles(to: stashed, excel: false, stash: stash).counts
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

    /// Rows bound in batches of `SQLiteRows.batchRows` a step are the rows bound one by one: the same
    /// values under the same rowids, whatever is left over after the last whole batch.
    func testBatchedRowsAreTheRowsBoundOneByOne() throws {
        for rowCount in [7, 8, 37] {
            var notice = StoreFixtures.shanxi()
            notice.tables[0].rows = (1...rowCount).map { number in
                StoreFixtures.row(number, .item, "县\(number % 5)", "", "", "", ["\(number)", number % 3 == 0 ? nil : "2.5"])
            }
            let prepared = try XCTUnwrap(PreparedRows.prepare(notice))
            let cells = try XCTUnwrap(prepared.rows(.allocations)).count
            XCTAssertEqual(cells, rowCount * 2)
            var dumps: [[[String]]] = []
            for (name, rows) in [("one-by-one", nil), ("batched", prepared)] {
                let store = try SQLiteStore(url: root.appendingPathComponent("\(name)-\(rowCount).sqlite"))
                defer { try? store.close() }
                try store.replace(notice, prepared: rows)
                dumps.append(try store.fetchRows(sql: "SELECT rowid, * FROM allocations ORDER BY rowid"))
            }
            XCTAssertEqual(dumps[0].count, cells)
            XCTAssertEqual(dumps[1], dumps[0], "\(rowCount) rows")
        }
    }

    /// A row SQLite refuses in the middle of a batch fails the notice's transaction: nothing of it is kept.
    func testRefusedRowInABatchRollsTheNoticeBack() throws {
        var notice = StoreFixtures.shanxi()
        notice.tables[0].rows = (1...20).map { number in
            StoreFixtures.row(number, .item, "县\(number)", "", "", "", ["1", "2"])
        }
        var allocations = EncodedRows(.allocations)
        var index = 0
        AllocationColumns.forEachRecord(notice) { record in
            var record = record
            index += 1
            if index == 5 { record[AllocationColumns.level] = .text("not a level") }
            allocations.append(record)
        }
        XCTAssertGreaterThan(allocations.count, SQLiteRows.batchRows)
        let relations = try XCTUnwrap(PreparedRows.prepare(notice)?.rows(.relations))
        let given = PreparedRows(id: notice.id, tables: notice.tables, allocations: allocations, relations: relations)
        let store = try SQLiteStore(url: root.appendingPathComponent(DatasetWriter.databaseFile))
        defer { try? store.close() }
        XCTAssertThrowsError(try store.replace(notice, prepared: given))
        XCTAssertEqual(try store.fetchRows(sql: "SELECT count(*) FROM allocations"), [["0"]])
        XCTAssertEqual(try store.fetchRows(sql: "SELECT count(*) FROM notices"), [["0"]])
    }

    /// A record's columns land in their places whatever order they are set in (forward with gaps,
    /// backward, again), and a column of another table is ignored.
    func testRecordColumnsSetInAnyOrderLandInTheirPlaces() {
        let columns = DatasetTable.allocations.columns
        for order in [Array(columns.indices), columns.indices.reversed(), columns.indices.filter { $0 % 3 == 0 }
                      + columns.indices.filter { $0 % 3 != 0 }.reversed()] {
            var record = DatasetRecord(.allocations)
            for index in order { record[columns[index]] = .integer(index) }
            record[columns[5]] = .text("again")
            record[RelationColumns.relationNo] = .integer(-1)
            XCTAssertEqual(record.ordered, columns.indices.map { $0 == 5 ? .text("again") : .integer($0) })
        }
    }

    /// Integers are printed as `String(number)` prints them, at every length and sign.
    func testIntegersArePrintedAsStringPrintsThem() {
        var numbers = [0, 1, 9, 10, 99, 100, -1, -9, -10, Int.max, Int.min, Int.max - 1, Int.min + 1]
        var power = 1
        while power <= Int.max / 10 {
            power *= 10
            numbers += [power - 1, power, power + 1, -power, 1 - power]
        }
        for number in numbers {
            var bytes: [UInt8] = [0x41]
            SQLiteRows.appendInteger(number, to: &bytes)
            XCTAssertEqual(String(decoding: bytes, as: UTF8.self), "A" + String(number))
        }
    }

    /// Text known to be valid UTF-8 is printed as the checked path prints it.
    func testTextKnownValidIsPrintedAsChecked() {
        for text in ["盂县", "a,b", "say \"hi\"", " lead", "trail ", "nul\u{0}cut", "", "é\r\n", "𠀀,x"] {
            var checked: [UInt8] = [], trusted: [UInt8] = []
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                SQLiteRows.appendText(buffer, to: &checked)
                SQLiteRows.appendText(buffer, to: &trusted, validUTF8: true)
            }
            XCTAssertEqual(trusted, checked, text)
        }
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
