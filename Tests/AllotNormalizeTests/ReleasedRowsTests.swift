@testable import AllotNormalize
import AllotModel
import Foundation
import XCTest

/// A large table's raw rows are let go as they are drafted and its drafts as its rows are built;
/// the freed blocks are given back (`FreedMemory`) every `FreedMemory.batchRows` rows and once
/// after the last of each: every row is still built exactly, in order.
final class ReleasedRowsTests: XCTestCase {
    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var calls = 0
        func add() { lock.withLock { calls += 1 } }
        var count: Int { lock.withLock { calls } }
    }

    override func tearDown() {
        FreedMemory.install {}
        super.tearDown()
    }

    private func table(rows count: Int) -> RawTable {
        let rows = (0..<count).map { index in
            RawTableRow(page: 1, cells: ["项目\(index)", "\(index % 97).5"], box: Box(x0: 0, y0: 0, x1: 0, y1: 0))
        }
        return RawTable(index: 1, title: "项目资金分配表", unit: "万元", attachment: "",
                        columns: [TableColumn(name: "项目", role: .label), TableColumn(name: "金额", role: .amount)],
                        rows: rows)
    }

    func testLargeTableGivesFreedRowsBackAndKeepsEveryRow() {
        let counter = Counter()
        FreedMemory.install { counter.add() }
        let count = ReleasedRows.releaseEvery * 2 + 100
        let (table, _) = TableNormalizer(resolver: nil).normalize(table(rows: count), context: NoticeContext(issuer: ""))
        XCTAssertEqual(counter.count, 6, "drafting: two full batches, then the rest; building the rows: the same")
        XCTAssertEqual(table.rows.count, count)
        XCTAssertEqual(table.rows.map(\.rawName), (0..<count).map { "项目\($0)" })
        XCTAssertEqual(table.rows.map { $0.amounts.first??.text ?? "" }, (0..<count).map { "\($0 % 97).5" })
    }

    /// A grid table's rows held as read (`SyntheticRows`) are drafted as the same rows listed: one
    /// side, and two sides (the left side's rows read in place, the right's taken).
    func testHeldRowsAreReadAsListedOnes() throws {
        let count = 2 * GridRows.chunkRows + 3
        for columns in [[TableColumn(name: "项目", role: .label), TableColumn(name: "金额", role: .amount)],
                        [TableColumn(name: "收入项目", role: .label), TableColumn(name: "金额", role: .amount),
                         TableColumn(name: "支出项目", role: .label), TableColumn(name: "金额", role: .amount)]] {
            var texts = GridRows(width: columns.count)
            for index in 0..<count {
                let left = ["项目\(index)", index % 11 == 0 ? "" : index % 13 == 0 ? "-\(index)" : "\(index % 97).5"]
                let right = index % 5 == 0 ? ["", ""] : ["支出\(index)", index % 3 == 0 ? "x" : "-\(index)"]
                texts.append(columns.count == 2 ? left : left + right)
            }
            let extents = LabelExtents(Array(0..<count)) { $0 % 4 == 0 ? nil : LabelExtent(start: Double($0 % 3), end: 6) }
            let held = try XCTUnwrap(SyntheticRows(texts: texts, extents: extents, page: 1, firstTop: 36, advance: 18,
                                                   height: 12, x0: 0, x1: 192))
            let heldTable = RawTable(index: 1, title: "项目资金分配表", unit: "万元", attachment: "", columns: columns,
                                     rows: held)
            let listedTable = RawTable(index: 1, title: "项目资金分配表", unit: "万元", attachment: "", columns: columns,
                                       rows: held.rows)
            let context = NoticeContext(issuer: "")
            let fromHeld = TableNormalizer(resolver: nil).normalize(heldTable, context: context)
            let fromListed = TableNormalizer(resolver: nil).normalize(listedTable, context: context)
            XCTAssertEqual(fromHeld.table.rows.count, fromListed.table.rows.count)
            XCTAssertEqual(fromHeld.table.rows, fromListed.table.rows, "\(columns.count) columns")
            XCTAssertEqual(fromHeld.table.printedRows, fromListed.table.printedRows)
            XCTAssertEqual(fromHeld.findings, fromListed.findings)
            XCTAssertFalse(fromHeld.findings.isEmpty, "the table's cells that are no amount are found either way")
        }
    }

    func testSmallTableGivesNothingBack() {
        let counter = Counter()
        FreedMemory.install { counter.add() }
        let (table, _) = TableNormalizer(resolver: nil).normalize(table(rows: 500), context: NoticeContext(issuer: ""))
        XCTAssertEqual(counter.count, 0)
        XCTAssertEqual(table.rows.count, 500)
    }
}
