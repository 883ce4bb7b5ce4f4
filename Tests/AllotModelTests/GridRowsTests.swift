@testable import AllotModel
import XCTest

/// A grid table's rows held flat in chunks (issue #18: a large sheet's rows are held beside its
/// grid) read, change and drain like an array of rows, across chunk boundaries.
final class GridRowsTests: XCTestCase {
    func testRowsReadAndChangeAcrossChunks() {
        var rows = GridRows(width: 3)
        let count = GridRows.chunkRows + 2
        for index in 0..<count { rows.append(["项目\(index)", "\(index)", ""]) }
        XCTAssertEqual(rows.count, count)
        XCTAssertEqual(rows[GridRows.chunkRows], ["项目\(GridRows.chunkRows)", "\(GridRows.chunkRows)", ""])
        rows[GridRows.chunkRows - 1][2] = "备注"
        XCTAssertEqual(rows[GridRows.chunkRows - 1], ["项目\(GridRows.chunkRows - 1)", "\(GridRows.chunkRows - 1)", "备注"])
        XCTAssertEqual(rows[GridRows.chunkRows], ["项目\(GridRows.chunkRows)", "\(GridRows.chunkRows)", ""],
                       "a change stays in its row")
        XCTAssertEqual(rows.map { $0[1] }, (0..<count).map(String.init))
    }

    func testRowsAreCutOrPaddedToTheWidth() {
        var rows = GridRows(width: 2)
        rows.append(["甲"])
        rows.append(["乙", "2", "extra"])
        XCTAssertEqual(Array(rows), [["甲", ""], ["乙", "2"]])
        XCTAssertEqual(rows, [["甲", ""], ["乙", "2"]])
        XCTAssertNotEqual(rows, [["甲", ""], ["乙", "3"]])
        var expecting = GridRows(width: 2, expectedRows: 10)
        expecting.append(["甲"])
        expecting.append(["乙", "2"])
        XCTAssertEqual(expecting, rows, "rows expected are no part of the rows")
    }

    func testDrainVisitsEveryRowInOrder() {
        var rows = GridRows(width: 2)
        let count = 2 * GridRows.chunkRows + 1
        for index in 0..<count { rows.append(["\(index)", "x"]) }
        var visited: [Int] = []
        var texts: [String] = []
        rows.drain { position, cells in
            visited.append(position)
            texts.append(cells[0])
            XCTAssertEqual(cells.count, 2)
        }
        XCTAssertEqual(visited, Array(0..<count))
        XCTAssertEqual(texts, (0..<count).map(String.init))
    }
}
