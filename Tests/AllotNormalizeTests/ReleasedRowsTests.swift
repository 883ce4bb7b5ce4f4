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

    func testSmallTableGivesNothingBack() {
        let counter = Counter()
        FreedMemory.install { counter.add() }
        let (table, _) = TableNormalizer(resolver: nil).normalize(table(rows: 500), context: NoticeContext(issuer: ""))
        XCTAssertEqual(counter.count, 0)
        XCTAssertEqual(table.rows.count, 500)
    }
}
