@testable import AllotOffice
import XCTest

/// A worksheet's cells packed 16 bytes and their text (issue #18) read back exactly: short texts
/// in the chunk's bytes, texts of more than 15 UTF-8 bytes beside, formulas, flags and indent
/// steps, across chunks, once earlier chunks are let go and once sorted.
final class PackedCellsTests: XCTestCase {
    private typealias Cell = PackedCells.Cell

    /// Texts of 0 to 40 UTF-8 bytes, ASCII and CJK, exactly 15 and 16 bytes among them.
    private func cell(_ index: Int) -> Cell {
        let texts = ["", "1234.5", "项目\(index)", "12345678901234.5", "一二三四五", "一二三四五六",
                     "某某县财政局\(index)", String(repeating: "x", count: 15), String(repeating: "y", count: 16),
                     "中央财政衔接推进乡村振兴补助资金（第\(index)批）"]
        let text = texts[index % texts.count]
        return Cell(row: Int32(index / 3 + 1), column: Int32(index % 3 + 1), text: text,
                    formula: index % 101 == 0 ? Int32(index / 101) : -1, isNumber: index % 2 == 1,
                    indent: index % 5 == 0 ? Cell.notLeft : UInt8(index % 5))
    }

    private func assertSame(_ read: Cell?, _ expected: Cell, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(read?.row, expected.row, file: file, line: line)
        XCTAssertEqual(read?.column, expected.column, file: file, line: line)
        XCTAssertEqual(read?.text, expected.text, file: file, line: line)
        XCTAssertEqual(read?.formula, expected.formula, file: file, line: line)
        XCTAssertEqual(read?.isNumber, expected.isNumber, file: file, line: line)
        XCTAssertEqual(read?.indent, expected.indent, file: file, line: line)
    }

    func testCellsReadBackExactlyAcrossChunks() {
        var cells = PackedCells()
        let count = 2 * PackedCells.chunkCells + 7
        for index in 0..<count { cells.append(cell(index)) }
        XCTAssertEqual(cells.count, count)
        XCTAssertEqual(cells.lastKey, cell(count - 1).key)
        for index in [0, 1, 3, 7, 8, 9, 101, PackedCells.chunkCells - 1, PackedCells.chunkCells, count - 1] {
            assertSame(cells[index], cell(index))
        }
        var visited = 0
        cells.forEach { index, read in
            if read.text != cell(index).text || read.formula != cell(index).formula { XCTFail("cell \(index)") }
            visited += 1
        }
        XCTAssertEqual(visited, count)
        XCTAssertNil(cells[count])
        XCTAssertNil(cells[-1])
        cells.release(before: PackedCells.chunkCells + 1)
        XCTAssertNil(cells[PackedCells.chunkCells - 1], "a chunk let go")
        assertSame(cells[PackedCells.chunkCells], cell(PackedCells.chunkCells))
    }

    func testSortKeepsTheLastCellAtEachPlace() {
        var cells = PackedCells()
        cells.append(Cell(row: 2, column: 1, text: "乙", formula: -1, isNumber: false, indent: Cell.notLeft))
        cells.append(Cell(row: 1, column: 2, text: "第一次写入的较长文本内容", formula: 0, isNumber: false, indent: 1))
        cells.append(Cell(row: 1, column: 1, text: "甲", formula: -1, isNumber: false, indent: 0))
        cells.append(Cell(row: 1, column: 2, text: "12.5", formula: -1, isNumber: true, indent: Cell.notLeft))
        cells.sortKeepingLast()
        XCTAssertEqual(cells.count, 3)
        XCTAssertEqual((0..<3).compactMap { cells[$0]?.text }, ["甲", "12.5", "乙"])
        XCTAssertEqual(cells[1]?.formula, -1, "the later cell at a place has no formula")
        XCTAssertEqual(cells[1]?.isNumber, true)
    }

    /// Every cell is found by its key across chunks (binary search), a key between cells is not,
    /// and a replaced cell reads back as the new one (short and long texts, with and without a
    /// formula) while its neighbours are unchanged; nothing is found once a chunk is let go.
    func testCellsAreFoundByKeyAndReplacedInPlace() {
        var cells = PackedCells()
        let count = 2 * PackedCells.chunkCells + 7
        for index in 0..<count { cells.append(cell(index)) }
        for index in [0, 1, 2, 101, PackedCells.chunkCells - 1, PackedCells.chunkCells, count - 1] {
            XCTAssertEqual(cells.index(ofKey: cell(index).key), index)
        }
        XCTAssertNil(cells.index(ofKey: Cell(row: 1, column: 9, text: "", formula: -1, isNumber: false, indent: 0).key))
        XCTAssertNil(cells.index(ofKey: Cell(row: Int32(count), column: 1, text: "", formula: -1, isNumber: false, indent: 0).key))
        let target = PackedCells.chunkCells + 5
        for replacement in [Cell(row: cell(target).row, column: cell(target).column, text: "4988551248", formula: -1,
                                 isNumber: true, indent: Cell.notLeft),
                            Cell(row: cell(target).row, column: cell(target).column, text: String(repeating: "长", count: 9),
                                 formula: 7, isNumber: false, indent: 2)] {
            cells.replace(at: target, with: replacement)
            assertSame(cells[target], replacement)
            assertSame(cells[target - 1], cell(target - 1))
            assertSame(cells[target + 1], cell(target + 1))
            XCTAssertEqual(cells.count, count)
        }
        cells.release(before: PackedCells.chunkCells)
        XCTAssertNil(cells.index(ofKey: cell(count - 1).key))
    }
}
