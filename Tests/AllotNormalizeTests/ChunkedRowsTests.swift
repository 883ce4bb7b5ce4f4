@testable import AllotNormalize
import AllotModel
import XCTest

/// Rows held in chunks (issue #18: a large sheet's drafts are let go a chunk at a time as its rows
/// are built) read, change and drain like one array, across chunk boundaries.
final class ChunkedRowsTests: XCTestCase {
    func testReadsAndChangesAcrossChunks() {
        let count = 2 * ChunkedRows<Int>.chunkSize + 3
        var rows = ChunkedRows(0..<count)
        XCTAssertEqual(rows.count, count)
        XCTAssertEqual(Array(rows), Array(0..<count))
        let boundary = ChunkedRows<Int>.chunkSize
        rows[boundary - 1] = -1
        rows[boundary] = -2
        XCTAssertEqual(rows[boundary - 1], -1)
        XCTAssertEqual(rows[boundary], -2)
        XCTAssertEqual(rows[count - 1], count - 1)
        XCTAssertEqual(Array(rows.reversed().prefix(2)), [count - 1, count - 2])
    }

    func testDrainVisitsEveryRowInOrder() {
        let count = ChunkedRows<Int>.chunkSize + 1
        let rows = ChunkedRows((0..<count).map { $0 * 3 })
        var visited: [(Int, Int)] = []
        rows.drain { position, value in visited.append((position, value)) }
        XCTAssertEqual(visited.map(\.0), Array(0..<count))
        XCTAssertEqual(visited.map(\.1), (0..<count).map { $0 * 3 })
        var none = 0
        ChunkedRows<Int>().drain { _, _ in none += 1 }
        XCTAssertEqual(none, 0)
    }

    /// A table longer than one chunk of drafts normalizes whole: every row built once, in order,
    /// under its subtotal, with its amounts (each raw row goes as it is drafted, and the drafts of
    /// each chunk go as its rows are built).
    func testTableLongerThanAChunkKeepsEveryRow() {
        let groups = ChunkedRows<Int>.chunkSize / 50 + 2
        var rows: [RawTableRow] = []
        rows.append(RawTableRow(page: 1, cells: ["合计", "\(groups * 100)"], box: Box(x0: 0, y0: 0, x1: 0, y1: 0)))
        for group in 0..<groups {
            rows.append(RawTableRow(page: 1, cells: ["第\(group)组小计", "100"], box: Box(x0: 0, y0: 0, x1: 0, y1: 0)))
            for item in 0..<50 {
                rows.append(RawTableRow(page: 1, cells: ["项目\(group)-\(item)", item % 2 == 0 ? "1" : "3"],
                                        box: Box(x0: 0, y0: 0, x1: 0, y1: 0)))
            }
        }
        let raw = RawTable(index: 1, title: "项目资金分配表", unit: "万元", attachment: "",
                           columns: [TableColumn(name: "项目", role: .label), TableColumn(name: "金额", role: .amount)],
                           rows: rows)
        let (table, _) = TableNormalizer(resolver: nil).normalize(raw, context: NoticeContext(issuer: ""))
        XCTAssertEqual(table.rows.count, rows.count)
        XCTAssertGreaterThan(table.rows.count, ChunkedRows<RowDraft>.chunkSize)
        XCTAssertEqual(table.rows.map(\.number), Array(1...rows.count))
        XCTAssertEqual(table.rows.map(\.rawName), rows.map { $0.cells[0] })
        XCTAssertEqual(table.rows.map { $0.amounts.first??.text ?? "" }, rows.map { $0.cells[1] })
        XCTAssertEqual(Array(table.printedRows), Array(1...rows.count))
        let last = table.rows[table.rows.count - 1]
        XCTAssertEqual(last.parent, table.rows.count - 50, "the last item sits under the last subtotal")
        XCTAssertEqual(table.rows[1].parent, 1, "a subtotal sits under the total")
    }
}
