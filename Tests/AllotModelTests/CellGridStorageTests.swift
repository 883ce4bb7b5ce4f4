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

    /// `isSpanningRow` as it was asked: one distinct cell made, and every slot of the widest row covered.
    private func spansByCells(_ grid: CellGrid, _ row: Int) -> Bool {
        grid.columnCount > 1 && grid.distinctIndicesBySet(row: row).compactMap { grid.cell(at: $0) }.count == 1
            && (0..<grid.columnCount).allSatisfy { grid.cellIndex(row: row, column: $0) != nil }
    }

    /// A row's distinct cells found without a set (the slot before, then those found one by one up
    /// to `linearSearchLimit`, a set beyond) are those the set finds, in the same order, and
    /// `isSpanningRow` (asked by index) answers as the cells made: over random grids whose later
    /// cells take over slots of earlier spans (a cell's slots then apart), rows of up to 40
    /// distinct cells, holes, and rows whose cells were let go.
    func testDistinctCellsWithoutASetAreTheSetsCells() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var apart = 0, many = 0, spanning = 0
        for round in 0..<300 {
            var grid = CellGrid()
            let width = 1 + next(40)
            // Every other grid has a first row of one cell a column, under what comes after.
            if round % 2 == 0 {
                for column in 0..<width { grid.add(GridCell(text: "h", row: 0, column: column)) }
            }
            for _ in 0..<(1 + next(60)) {
                grid.add(GridCell(text: "c\(next(5))", row: next(4), column: next(width), rowSpan: 1 + next(2),
                                  columnSpan: 1 + next(next(3) == 0 ? width : 3)))
            }
            for row in 0..<grid.rowCount {
                let bySet = grid.distinctIndicesBySet(row: row)
                XCTAssertEqual(grid.distinctIndices(row: row), bySet)
                XCTAssertEqual(grid.distinctCells(row: row), bySet.compactMap { grid.cell(at: $0) })
                XCTAssertEqual(grid.isSpanningRow(row), spansByCells(grid, row))
                for index in bySet { XCTAssertEqual(grid.columnSpan(at: index), grid.cell(at: index)?.columnSpan) }
                let slots = (0..<grid.columnCount).compactMap { grid.cellIndex(row: row, column: $0) }
                if zip(slots, slots.dropFirst()).filter({ $0 != $1 }).count >= bySet.count { apart += 1 }
                if bySet.count > CellGrid.linearSearchLimit { many += 1 }
                if grid.isSpanningRow(row) { spanning += 1 }
            }
        }
        XCTAssertGreaterThan(apart, 0, "some cell's slots stand apart")
        XCTAssertGreaterThan(many, 0, "some row has more cells than the linear search takes")
        XCTAssertGreaterThan(spanning, 0)
        // Cells let go: a row whose spanning cell is gone beside one still held.
        var released = CellGrid()
        let rows = GridCellChunk.capacity + 4
        for row in 0..<rows { released.add(GridCell(text: "\(row)", row: row, column: 0, columnSpan: 2)) }
        released.add(GridCell(text: "后", row: 0, column: 1))
        released.releaseRows(through: GridCellChunk.capacity - 1)
        for row in [0, 1, GridCellChunk.capacity + 1] {
            XCTAssertEqual(released.distinctIndices(row: row), released.distinctIndicesBySet(row: row))
            XCTAssertEqual(released.isSpanningRow(row), spansByCells(released, row), "\(row)")
            for index in released.distinctIndicesBySet(row: row) {
                XCTAssertEqual(released.columnSpan(at: index), released.cell(at: index)?.columnSpan)
            }
        }
    }

    /// A cell made with spans of 16 bits and no indent, stored value or formula (set at once) equals
    /// the cell made through the setters, and is packed and read back as it.
    func testUsualCellsMadeAtOnceEqualThoseOfTheSetters() {
        for rowSpan in [-1, 0, 1, 2, 65_534, 65_535, 70_000] {
            for columnSpan in [0, 1, 3, 65_534, 65_535] {
                for (isHeader, inHead) in [(false, false), (true, false), (false, true), (true, true)] {
                    let atOnce = GridCell(text: "县", row: 2, column: 1, rowSpan: rowSpan, columnSpan: columnSpan,
                                          isHeader: isHeader, inHead: inHead)
                    var bySetters = GridCell(text: "县", row: 2, column: 1, formula: "A1")
                    bySetters.formula = nil
                    bySetters.rowSpan = max(rowSpan, 1)
                    bySetters.columnSpan = max(columnSpan, 1)
                    bySetters.isHeader = isHeader
                    bySetters.inHead = inHead
                    XCTAssertEqual(atOnce, bySetters, "\(rowSpan) \(columnSpan)")
                    XCTAssertEqual([atOnce.rowSpan, atOnce.columnSpan], [bySetters.rowSpan, bySetters.columnSpan])
                    XCTAssertNil(atOnce.indent)
                    XCTAssertNil(atOnce.storedValue)
                    var chunk = GridCellChunk(expected: 1)
                    chunk.append(atOnce)
                    XCTAssertEqual(chunk[0], bySetters)
                }
            }
        }
    }
}
