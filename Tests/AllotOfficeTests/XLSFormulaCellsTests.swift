@testable import AllotOffice
import AllotModel
import XCTest

/// A cached result the file vouches for is kept with its formula (checked downstream); one it
/// does not is not checked: a plain sum takes the exact sum of its cells, and a note says so.
final class XLSFormulaCellsTests: XCTestCase {
    private func formula(_ row: Int, _ column: Int, cached: Double, text: String, ranges: [CellRange]?,
                         always: Bool = false) -> BIFFSheets.FormulaCell {
        BIFFSheets.FormulaCell(row: row, column: column, result: .number(cached), alwaysCalculated: always,
                               formula: BIFFFormula.Decoded(text: text, sumRanges: ranges))
    }

    private func column(_ column: Int, _ rows: ClosedRange<Int>) -> CellRange {
        CellRange(firstRow: rows.lowerBound, firstColumn: column, lastRow: rows.upperBound, lastColumn: column)
    }

    /// B2 = SUM(B3:B4) (cached 10645, its cells 10000 + 654.5), B5 = B2 + B6 (cached right for the
    /// cached B2), B7 = ROUND(B3, 0) (no plain sum).
    private var sheet: BIFFSheets.Sheet {
        var sheet = BIFFSheets.Sheet()
        sheet.formulas = [
            formula(2, 2, cached: 10645, text: "SUM(B3:B4)", ranges: [column(2, 3...4)]),
            formula(5, 2, cached: 10646, text: "B2+B6", ranges: [column(2, 2...2), column(2, 6...6)]),
            formula(7, 2, cached: 9999, text: "ROUND(B3,0)", ranges: nil),
        ]
        return sheet
    }

    private let values: (Int, Int) -> String? = { row, column in
        [3: "10000", 4: "654.5", 6: "1"][row].flatMap { column == 2 ? $0 : nil }
    }

    func testTrustedResultsKeepTheirFormulas() {
        let cells = XLSFormulaCells(sheet, name: "表1", recalculated: true, value: values)
        XCTAssertNil(cells.note)
        XCTAssertEqual(cells.cells[XLSFormulaCells.key(row: 2, column: 2)]?.storedValue, "10645")
        XCTAssertEqual(cells.cells[XLSFormulaCells.key(row: 2, column: 2)]?.formula, "SUM(B3:B4)")
        XCTAssertEqual(cells.cells[XLSFormulaCells.key(row: 7, column: 2)]?.formula, "ROUND(B3,0)")
    }

    func testStaleResultsAreSummedOrKeptAndNoted() throws {
        let cases: [(WritableKeyPath<BIFFSheets.Sheet, Bool>, Bool)] = [
            (\.uncalculated, true), (\.manualCalculation, true), (\.uncalculated, false),
        ]
        for (stale, recalculated) in cases {
            var sheet = sheet
            sheet[keyPath: stale] = true
            let cells = XLSFormulaCells(sheet, name: "表1", recalculated: recalculated, value: values)
            // B2 the exact sum of its cells; B5 sums the recomputed B2; ROUND keeps its cached value
            XCTAssertEqual(cells.cells[XLSFormulaCells.key(row: 2, column: 2)]?.storedValue, "10654.5")
            XCTAssertEqual(cells.cells[XLSFormulaCells.key(row: 5, column: 2)]?.storedValue, "10655.5")
            XCTAssertEqual(cells.cells[XLSFormulaCells.key(row: 7, column: 2)]?.storedValue, "9999")
            XCTAssertTrue(cells.cells.values.allSatisfy { $0.formula == nil }, "stale formulas are not checked")
            let note = try XCTUnwrap(cells.note)
            XCTAssertEqual(note.check, Check.formulaUncomputed)
            XCTAssertFalse(note.isProblem)
            XCTAssertTrue(note.message.hasPrefix("sheet 表1: 3 formula result(s)"), note.message)
            XCTAssertTrue(note.message.contains("B2 stored 10645, =SUM(B3:B4) gives 10654.5; B5 stored 10646, =B2+B6 gives 10655.5"),
                          note.message)
            XCTAssertTrue(note.messageZH.contains("B2 存储 10645，=SUM(B3:B4) 得 10654.5"), note.messageZH)
        }
    }

    func testOnlyTheFlaggedFormulaIsStale() throws {
        var sheet = sheet
        sheet.formulas[0].alwaysCalculated = true
        let cells = XLSFormulaCells(sheet, name: "表1", recalculated: true, value: values)
        XCTAssertEqual(cells.cells[XLSFormulaCells.key(row: 2, column: 2)]?.storedValue, "10654.5")
        XCTAssertNil(cells.cells[XLSFormulaCells.key(row: 2, column: 2)]?.formula)
        // B5 is trusted: its cached value and formula stay, for FormulaCheck to compare with B2 as read
        XCTAssertEqual(cells.cells[XLSFormulaCells.key(row: 5, column: 2)]?.storedValue, "10646")
        XCTAssertEqual(cells.cells[XLSFormulaCells.key(row: 5, column: 2)]?.formula, "B2+B6")
        let note = try XCTUnwrap(cells.note)
        XCTAssertTrue(note.message.contains("1 formula result(s)") && note.message.contains("fAlwaysCalc"), note.message)
    }

    /// Formulas naming each other keep their cached values; a long chain is cut, never a deep recursion.
    func testCyclesAndLongChainsKeepTheCachedValues() {
        var sheet = BIFFSheets.Sheet()
        sheet.uncalculated = true
        sheet.formulas = [
            formula(2, 2, cached: 1, text: "B3", ranges: [column(2, 3...3)]),
            formula(3, 2, cached: 2, text: "B2", ranges: [column(2, 2...2)]),
        ]
        sheet.formulas += (10..<1_010).map { formula($0, 3, cached: 7, text: "C\($0 + 1)", ranges: [column(3, ($0 + 1)...($0 + 1))]) }
        let cells = XLSFormulaCells(sheet, name: "表1", recalculated: true) { _, _ in "5" }
        XCTAssertEqual(cells.cells[XLSFormulaCells.key(row: 2, column: 2)]?.storedValue, "1")
        XCTAssertEqual(cells.cells[XLSFormulaCells.key(row: 3, column: 2)]?.storedValue, "2")
        XCTAssertEqual(cells.cells[XLSFormulaCells.key(row: 1_009, column: 3)]?.storedValue, "5")
        XCTAssertTrue(cells.note?.message.contains("and ") ?? false, "the note lists ten sums and counts the rest")
    }
}
