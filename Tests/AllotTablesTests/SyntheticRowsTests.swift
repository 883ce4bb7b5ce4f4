@testable import AllotTables
import AllotModel
import XCTest

/// A grid table's rows held as read (`SyntheticRows`, issue #18: the raw rows of a large sheet were
/// the peak of its run) read back exactly as the layout placed them one by one: texts, label
/// extents and boxes, across chunks, whole, one at a time or taken in order.
final class SyntheticRowsTests: XCTestCase {
    private let count = 2 * GridRows.chunkRows + 5

    private func texts() -> GridRows {
        var texts = GridRows(width: 3)
        for index in 0..<count { texts.append(["项目\(index)", "\(index).5", index % 7 == 0 ? "" : "\(index % 13)"]) }
        return texts
    }

    private func extents() -> LabelExtents {
        LabelExtents(Array(0..<count)) { $0 % 3 == 0 ? nil : LabelExtent(start: Double($0 % 5) / 2, end: 4.5) }
    }

    /// The layout after a title line and a header, as `FlowReader` reaches a table's first row.
    private func layout(_ settings: GridSettings = GridSettings()) -> SyntheticLayout {
        var layout = SyntheticLayout(settings: settings)
        _ = layout.line(["2023年项目资金分配表"], alignment: .center)
        layout.advance()
        return layout
    }

    /// The rows as `SyntheticLayout.row` places them one by one.
    private func laidOut(_ layout: inout SyntheticLayout) -> [RawTableRow] {
        let texts = texts(), extents = extents()
        return (0..<count).map { index in
            var row = layout.row(texts[index], columnCount: 3)
            if let extent = extents[index] {
                row.labelIndent = extent.start
                row.labelEnd = extent.end
            }
            return row
        }
    }

    private func assertSame(_ read: [RawTableRow], _ expected: [RawTableRow], file: StaticString = #filePath,
                            line: UInt = #line) {
        XCTAssertEqual(read.count, expected.count, file: file, line: line)
        for (got, want) in zip(read, expected) where got != want
            || got.box.y0.bitPattern != want.box.y0.bitPattern || got.box.y1.bitPattern != want.box.y1.bitPattern {
            XCTFail("row \(got.cells) differs from \(want.cells) (\(got.box) against \(want.box))", file: file, line: line)
            return
        }
    }

    func testHeldRowsReadBackAsLaidOutOneByOne() throws {
        var byRow = layout()
        let expected = laidOut(&byRow)
        var held = layout()
        let rows = try XCTUnwrap(held.rows(texts(), extents: extents(), columnCount: 3))
        XCTAssertEqual(held.top.bitPattern, byRow.top.bitPattern, "the layout moves past the rows as it would row by row")
        assertSame(rows.rows, expected)
        let table = RawTable(index: 1, title: "", unit: "", attachment: "", columns: [], rows: rows)
        XCTAssertEqual(table.rowCount, count)
        assertSame(table.rows, expected)
        assertSame((0..<count).compactMap(table.row(at:)), expected)
        XCTAssertNil(table.row(at: count))
        XCTAssertNil(table.row(at: -1))
        XCTAssertEqual(table.cell(row: GridRows.chunkRows, column: 1), "\(GridRows.chunkRows).5")
        XCTAssertNil(table.cell(row: 0, column: 3))
        XCTAssertNil(table.cell(row: count, column: 0))
    }

    func testTakenRowsAreTheHeldOnesAndTheirTextsGoByChunk() throws {
        var byRow = layout()
        let expected = laidOut(&byRow)
        var held = layout()
        var table = RawTable(index: 1, title: "", unit: "", attachment: "", columns: [],
                             rows: try XCTUnwrap(held.rows(texts(), extents: extents(), columnCount: 3)))
        let taken = table.takeRows()
        XCTAssertEqual(table.rowCount, 0, "the table is left without rows")
        XCTAssertEqual(taken.count, count)
        guard case let .synthetic(takenRows) = taken else { return XCTFail("the rows are taken as held") }
        assertSame(takenRows.rows, expected)

        var rows = try XCTUnwrap(layout().rowsHeld(texts(), extents()))
        rows.releaseRows(before: GridRows.chunkRows + 1)
        XCTAssertNil(rows.text(row: GridRows.chunkRows - 1, column: 0), "a chunk read past is let go")
        XCTAssertEqual(rows.row(at: 0).cells, ["", "", ""])
        XCTAssertEqual(rows.text(row: GridRows.chunkRows, column: 0), "项目\(GridRows.chunkRows)", "its next is held")
    }

    func testAChangeMakesTheRowsAPlainList() throws {
        var byRow = layout()
        var expected = laidOut(&byRow)
        var held = layout()
        var table = RawTable(index: 1, title: "", unit: "", attachment: "", columns: [],
                             rows: try XCTUnwrap(held.rows(texts(), extents: extents(), columnCount: 3)))
        table.rows[1].cells[0] = "改"
        expected[1].cells[0] = "改"
        assertSame(table.rows, expected)
        XCTAssertEqual(table.cell(row: 1, column: 0), "改")
        table.rows.removeLast()
        XCTAssertEqual(table.rowCount, count - 1)
    }

    func testRowsNotPlacedExactlyAreNotHeld() {
        var settings = GridSettings()
        settings.lineAdvance = 1.1  // 13.200000000000001 points: sums of it round
        var inexact = layout(settings)
        let top = inexact.top
        XCTAssertNil(inexact.rows(texts(), extents: extents(), columnCount: 3))
        XCTAssertEqual(inexact.top, top, "nothing placed")
    }

    func testFlowReaderReadsTheSameRowsWhetherHeldOrNot() {
        var grid = CellGrid(rowCount: 2 + count)
        for (column, text) in ["项目名称", "中央资金", "省级资金"].enumerated() {
            grid.add(GridCell(text: text, row: 0, column: column))
        }
        let texts = texts()
        for index in 0..<count {
            for column in 0..<3 { grid.add(GridCell(text: texts[index][column], row: 1 + index, column: column)) }
        }
        let items: [FlowItem] = [.line(FlowLine(cells: ["2023年项目资金分配表"], block: 0)), .grid(grid, otherwise: nil)]
        var settings = GridSettings()
        let held = FlowReader(settings: settings).scan(items)
        settings.lineAdvance = 1.25  // 15 points: still exact, rows held
        let heldApart = FlowReader(settings: settings).scan(items)
        settings.lineAdvance = 1.1
        let listed = FlowReader(settings: settings).scan(items)
        XCTAssertEqual(held.tables.count, 1)
        XCTAssertEqual(listed.tables.count, 1)
        XCTAssertEqual(held.tables.first?.rowCount, count)
        XCTAssertEqual(held.tables.first?.rows.map(\.cells), listed.tables.first?.rows.map(\.cells))
        XCTAssertEqual(held.tables.first?.rows.map(\.box.y0), (0..<count).map { Double(2 + $0) * 18 },
                       "a title line, the header's advance, then one line a row")
        XCTAssertEqual(heldApart.tables.first?.rows.last?.box.y0, Double(1 + count) * 15)
        XCTAssertEqual(listed.tables.first?.rows.first?.box.y0, 12 * 1.1 + 12 * 1.1)
    }
}

extension SyntheticLayout {
    /// Three-column rows held as read.
    fileprivate func rowsHeld(_ texts: GridRows, _ extents: LabelExtents) -> SyntheticRows? {
        var layout = self
        return layout.rows(texts, extents: extents, columnCount: 3)
    }
}
