@testable import AllotModel
import XCTest

/// A grid holds most cells packed (16 bytes and their text's UTF-8 bytes) and the rest whole; every
/// cell must read back exactly as added, across chunks, and `releaseRows` must let go only cells
/// that no later row covers.
final class CellGridStorageTests: XCTestCase {
    /// Cells of every kind: plain texts and numbers, empty text, long text, header flags, every
    /// indent form, stored values (the text, another, none), formulas, spans.
    private func variedCells(row: Int) -> [GridCell] {
        let long = String(repeating: "长", count: 30)
        return [
            GridCell(text: "项目\(row)", row: row, column: 0, indent: 1),
            GridCell(text: "\(row * 7).25", row: row, column: 1, storedValue: "\(row * 7).25"),
            GridCell(text: "", row: row, column: 2),
            GridCell(text: long + "\(row)", row: row, column: 3, isHeader: row % 2 == 0, inHead: row % 3 == 0),
            GridCell(text: "1,234", row: row, column: 4, storedValue: "1234", formula: row % 5 == 0 ? "SUM(E1:E3)" : nil),
            GridCell(text: "合计", row: row, column: 5, indent: row % 4 == 0 ? 1.0 / 3 : 2.5),
            GridCell(text: "x", row: row, column: 6, indent: 0),
        ]
    }

    func testEveryCellReadsBackAcrossChunks() {
        var grid = CellGrid(rowCount: 0)
        var added: [GridCell] = []
        // enough rows for several chunks
        let rows = GridCellChunk.capacity * 2 / 7 + 3
        for row in 0..<rows {
            for cell in variedCells(row: row) {
                grid.add(cell)
                added.append(cell)
            }
        }
        // a spanning cell in the last rows
        let merged = GridCell(text: "合并", row: rows, column: 0, rowSpan: 2, columnSpan: 3)
        grid.add(merged)
        added.append(merged)
        XCTAssertEqual(grid.cellCount, added.count)
        XCTAssertEqual(grid.cells, added)
        for (index, cell) in added.enumerated() {
            XCTAssertEqual(grid.cell(at: index), cell)
            XCTAssertEqual(grid.cell(at: index)?.indent?.bitPattern, cell.indent?.bitPattern)
        }
        XCTAssertNil(grid.cell(at: added.count))
        XCTAssertNil(grid.cell(at: -1))
        XCTAssertTrue(grid.hasFormulas)
        XCTAssertEqual(grid.cell(row: rows + 1, column: 2), merged)
        XCTAssertEqual(grid.cell(row: 3, column: 4)?.storedValue, "1234")
    }

    func testReleaseKeepsCellsThatLaterRowsCover() {
        var grid = CellGrid(rowCount: 0)
        let rows = GridCellChunk.capacity + 10
        // a label spanning every row from the first, then one cell a row
        grid.add(GridCell(text: "总", row: 0, column: 0, rowSpan: rows))
        for row in 0..<rows { grid.add(GridCell(text: "\(row)", row: row, column: 1)) }
        XCTAssertFalse(grid.hasFormulas)
        grid.releaseRows(through: GridCellChunk.capacity + 2)
        // the first chunk holds the spanning cell, covering the last row: nothing goes
        XCTAssertEqual(grid.cell(row: 5, column: 1)?.text, "5")
        XCTAssertEqual(grid.cell(row: rows - 1, column: 0)?.text, "总")

        var plain = CellGrid(rowCount: 0)
        for row in 0..<rows { plain.add(GridCell(text: "\(row)", row: row, column: 0)) }
        plain.releaseRows(through: GridCellChunk.capacity - 2)
        XCTAssertEqual(plain.cell(row: 5, column: 0)?.text, "5", "the first chunk's last cell is not passed yet")
        plain.releaseRows(through: GridCellChunk.capacity - 1)
        XCTAssertNil(plain.cell(row: 5, column: 0), "let go once no later row covers it")
        XCTAssertEqual(plain.cell(row: GridCellChunk.capacity, column: 0)?.text, "\(GridCellChunk.capacity)")
        XCTAssertEqual(plain.cellIndex(row: 5, column: 0), 5, "the slots stay")
    }
}
