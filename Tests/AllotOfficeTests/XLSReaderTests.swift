@testable import AllotOffice
import AllotModel
@testable import AllotTables
import Foundation
import XCTest

final class XLSReaderTests: XCTestCase {
    func test125WorkbookReadsThroughFreeXL() throws {
        let document = try OfficeExtractor().extract(path: officeFixture("jxzf-2022-125.xls"), format: .xls)
        let table = try XCTUnwrap(tables(document).first)
        XCTAssertEqual(table.title, "提前下达2023年中央财政衔接推进乡村振兴补助资金计划表")
        XCTAssertEqual(table.unit, "万元")
        XCTAssertEqual(table.rows.count, 74)
        XCTAssertEqual(table.rows.first?.cells, ["全省合计", "403155", ""])
    }

    /// A double is its shortest decimal text, shown to the most decimals its column has (up to
    /// four): 3023.90 is stored as the double 3023.9 and shown as the column's 6882.71 are, and the
    /// header's merged 其中 (MERGEDCELLS, which freexl does not report) is the parent of both funds.
    func testDoublesAreShownToTheirColumnsDecimalsAndMergesSpan() throws {
        let document = try OfficeExtractor().extract(path: officeFixture("distributed-twolevel-decimal-after.xls"),
                                                     format: .xls)
        let table = try XCTUnwrap(tables(document).first)
        XCTAssertEqual(table.rows.first?.cells.prefix(4).map { $0 }, ["栾川县", "6882.71", "3858.81", "3023.90"])
        XCTAssertEqual(table.columns.filter { $0.parent == "其中" }.map(\.name), ["中央资金", "省级资金"])
        XCTAssertEqual(XLSReader.padded("14373909", to: 2), "14373909.00")
        XCTAssertEqual(XLSReader.padded("-3.5", to: 2), "-3.50")
        XCTAssertEqual(XLSReader.padded("0.125", to: 2), "0.125")
        XCTAssertEqual(XLSReader.decimals("0.30000000000000004"), 17)
    }

    /// A column's shown decimals are worked out from the doubles by arithmetic (no text a cell):
    /// the same count as the shortest decimal text gives, up to four, nil beyond.
    func testDecimalsOfADoubleAreThoseOfItsShortestText() {
        var generator = SeededGenerator(state: 30)
        for _ in 0..<5_000 {
            let places = Int.random(in: 0...6, using: &generator)
            var scale = 1.0
            for _ in 0..<places { scale *= 10 }
            let number = Double(Int.random(in: -2_000_000_000...2_000_000_000, using: &generator)) / scale
            let text = XLSReader.cell(.double(number))?.storedValue ?? ""
            let expected = XLSReader.decimals(text) <= XLSReader.maximumShownDecimals ? XLSReader.decimals(text) : nil
            XCTAssertEqual(XLSReader.decimals(of: number), expected, text)
        }
        XCTAssertEqual(XLSReader.decimals(of: 0.1 + 0.2), nil)
        XCTAssertEqual(XLSReader.decimals(of: 3023.9), 1)
        XCTAssertEqual(XLSReader.decimals(of: .nan), nil)
    }

    /// The merged ranges and the number formats' decimals come from the workbook's own records, by
    /// sheet name, 1-based; damaged or foreign bytes give none, never a trap.
    func testMergedRangesAreReadFromTheWorkbookRecords() throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: officeFixture("distributed-twolevel-decimal-after.xls"))))
        let sheets = BIFFSheets.read(bytes).sheets
        XCTAssertEqual(sheets.keys.sorted(), ["表1"])
        XCTAssertTrue(sheets["表1"]?.merges.contains(CellRange(firstRow: 4, firstColumn: 3, lastRow: 4, lastColumn: 4)) ?? false,
                      "\(sheets)")
        // the amount cells' format is the xlsx twin's #,##0 (xlwt's XF records): no decimals shown,
        // so each cell storing decimals is counted, as the xlsx reader counts its twin's (138)
        XCTAssertEqual(sheets["表1"]?.shownDecimals[2], 0)
        XCTAssertEqual(sheets["表1"]?.roundedDisplays, 138)
        var generator = SeededGenerator(state: 18)
        for _ in 0..<200 {
            var damaged = bytes
            let cut = Int.random(in: 0...bytes.count, using: &generator)
            damaged.removeSubrange(cut...)
            for _ in 0..<8 where !damaged.isEmpty {
                damaged[Int.random(in: 0..<damaged.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            }
            _ = BIFFSheets.read(damaged)
        }
        XCTAssertEqual(BIFFSheets.read(Array("not a workbook".utf8)), BIFFSheets.Workbook())
    }

    func testIntegralDoublesHaveNoFraction() {
        XCTAssertEqual(XLSReader.cell(.double(205))?.storedValue, "205")
        XCTAssertEqual(XLSReader.cell(.double(-12))?.storedValue, "-12")
        XCTAssertEqual(XLSReader.cell(.double(0))?.storedValue, "0")
        XCTAssertEqual(XLSReader.cell(.double(-0.0))?.storedValue, "0")
        XCTAssertEqual(XLSReader.cell(.double(3023.9))?.storedValue, "3023.9")
        XCTAssertEqual(XLSReader.cell(.double(1e16))?.storedValue, "10000000000000000")
        XCTAssertEqual(XLSReader.cell(.double(.infinity))?.storedValue, nil)
    }

    /// freexl reports no cell style: text is set from the left as Excel's General alignment sets
    /// it, so a label indented by the ideographic spaces WPS users type is measured like an xlsx
    /// cell's (before, no start was measured and the spaces were lost to the hierarchy).
    func testTextCellsAreSetFromTheLeftSoTheirLeadingSpacesIndent() throws {
        XCTAssertEqual(XLSReader.cell(.text("\u{3000}\u{3000}行政运行"))?.indentSteps, 0)
        XCTAssertNil(XLSReader.cell(.double(2))?.indentSteps)
        var sheet = SheetCells(name: "表1")
        let rows: [(String, Int32?)] = [("项目", nil), ("合计", 3), ("一般公共服务", 3), ("\u{3000}\u{3000}行政运行", 1),
                                        ("\u{3000}\u{3000}机关服务", 2)]
        for (row, (label, amount)) in rows.enumerated() {
            sheet.set(row: row + 1, column: 1, try XCTUnwrap(XLSReader.cell(.text(label))))
            let second = amount.map { XLSReader.cell(.integer($0)) } ?? XLSReader.cell(.text("预算数"))
            sheet.set(row: row + 1, column: 2, try XCTUnwrap(second))
        }
        var block = 0
        guard case let .grid(grid, _)? = sheet.items(block: &block, maximumColumns: 10).items.first else {
            return XCTFail("no grid")
        }
        XCTAssertEqual((2...4).map { grid.cell(row: $0, column: 0)?.indent }, [0, 0, 0])
        XCTAssertEqual((2...4).map { GridTableReader.labelExtent(grid, row: $0, column: 0)?.start }, [0, 2, 2])
    }

    func testRealWPSWorkbookReadsWithoutError() throws {
        let path = packageRoot.appendingPathComponent("../shared/corpora/real/r09-budget-template-wps.xls").path
        guard FileManager.default.fileExists(atPath: path) else {
            throw XCTSkip("\(path) is absent: the real WPS workbook test is skipped")
        }
        let document = try OfficeExtractor().extract(path: path, format: .xls)
        // read without error: its sheets give lines and grids (whether a grid is an allocation table
        // is the table stage's judgement, which changes with the vocabulary)
        XCTAssertFalse(document.items.isEmpty)
        XCTAssertTrue(document.items.contains { if case .grid = $0 { true } else { false } })
        // A budget template: fiscal tables with their headers and classification rows, every amount
        // cell blank (so no table to reconcile). Cells hand-checked against LibreOffice's reading of
        // the same file: the 收入预算总表 sheet's title, its header and its 类 | 款 | 项 code rows,
        // the codes' leading zeros kept (stored as text: 02, 05), 205 stored as a number.
        let lines = document.items.compactMap { item -> [String]? in if case let .line(line) = item { line.cells } else { nil } }
        XCTAssertTrue(lines.contains(["2026年预算单位收入预算总表"]))
        let grids = document.items.compactMap { item -> CellGrid? in if case let .grid(grid, _) = item { grid } else { nil } }
        let income = try XCTUnwrap(grids.first { $0.name == "单位收入总表" })
        let rows = (0..<income.rowCount).map { row in
            income.distinctCells(row: row).filter { $0.row == row }.map(\.text).filter { !$0.isEmpty }
        }
        XCTAssertTrue(rows.contains(["编制单位：", "单位：元"]), "\(rows)")
        XCTAssertTrue(rows.contains(["205", "教育支出"]), "\(rows)")
        XCTAssertTrue(rows.contains(["205", "02", "普通教育"]), "\(rows)")
        XCTAssertTrue(rows.contains(["205", "02", "05", "高等教育"]), "\(rows)")
        XCTAssertTrue(rows.contains { $0.prefix(3) == ["功能分类科目编码", "功能分类科目名称", "合计"] }, "\(rows)")
        let code = try XCTUnwrap(income.cells.first { $0.text == "205" })
        XCTAssertEqual(code.storedValue, "205")
        XCTAssertNil(try XCTUnwrap(income.cells.first { $0.text == "02" }).storedValue)
    }

    /// The 125号 workbook as xls gives the xlsx's notes: its hidden row and column left out of the
    /// table, its hidden sheet left out; and the xlsx's formulas, text and cached values.
    func testHiddenPartsAndFormulasAsTheXLSXTwinHasThem() throws {
        let xls = try OfficeExtractor().extract(path: officeFixture("jxzf-2022-125.xls"), format: .xls)
        let xlsx = try OfficeExtractor().extract(path: officeFixture("jxzf-2022-125.xlsx"), format: .xlsx)
        XCTAssertEqual(xls.notes.map(\.message), xlsx.notes.map(\.message))
        XCTAssertEqual(xls.notes.map(\.messageZH), xlsx.notes.map(\.messageZH))
        XCTAssertEqual(xls.notes.count, 2)
        func formulas(_ document: OfficeDocument) -> [String] {
            document.items.flatMap { item -> [String] in
                guard case let .grid(grid, _) = item else { return [] }
                return grid.cells.compactMap { cell in cell.formula.map { "\($0)=\(cell.storedValue ?? "")" } }
            }
        }
        XCTAssertEqual(formulas(xls).count, 12)
        XCTAssertEqual(formulas(xls), formulas(xlsx))
    }

    /// The same workbook with its sheets' records saying the results are not current (UNCALCED in
    /// place of ITERATION, or CALCMODE manual): no formula is kept for checking, a note says why.
    func testUncalculatedOrManualSheetsLeaveTheirFormulasUnchecked() throws {
        let original = try [UInt8](Data(contentsOf: URL(fileURLWithPath: officeFixture("jxzf-2022-125-formula-cache.xls"))))
        let patches: [(from: [UInt8], to: [UInt8], reason: String)] = [
            ([0x11, 0x00, 0x02, 0x00, 0x00, 0x00], [0x5E, 0x00, 0x02, 0x00, 0x00, 0x00], "UNCALCED"),
            ([0x0D, 0x00, 0x02, 0x00, 0x01, 0x00], [0x0D, 0x00, 0x02, 0x00, 0x00, 0x00], "calculation is manual"),
        ]
        for patch in patches {
            var bytes = original
            var replaced = 0
            var at = 0
            while at + patch.from.count <= bytes.count {
                if Array(bytes[at..<(at + patch.from.count)]) == patch.from {
                    bytes.replaceSubrange(at..<(at + patch.from.count), with: patch.to)
                    replaced += 1
                }
                at += 1
            }
            XCTAssertGreaterThanOrEqual(replaced, 1, patch.reason)
            let document = try OfficeExtractor().extract(path: "stale.xls", format: .xls, bytes: bytes)
            let note = try XCTUnwrap(document.notes.first { $0.check == .formulaUncomputed }, patch.reason)
            XCTAssertTrue(note.message.contains(patch.reason), note.message)
            XCTAssertTrue(note.message.contains("B6 stored 10645, =SUM(B7:B8) gives 10654"), note.message)
            let grid = try XCTUnwrap(document.items.compactMap { item -> CellGrid? in
                if case let .grid(grid, _) = item { grid } else { nil }
            }.first)
            XCTAssertFalse(grid.cells.contains { $0.formula != nil }, patch.reason)
            XCTAssertTrue(grid.cells.contains { $0.text == "10654" }, patch.reason)
        }
    }

    func testNotAWorkbookIsANamedError() throws {
        var bytes: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        bytes += Array(repeating: 0, count: 600)
        XCTAssertThrowsError(try OfficeExtractor().extract(path: "x.xls", format: .xls, bytes: bytes)) {
            XCTAssertEqual(($0 as? OfficeError)?.kind, "xls_error")
        }
    }
}
