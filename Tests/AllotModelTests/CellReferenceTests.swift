import AllotModel
import XCTest

final class CellReferenceTests: XCTestCase {
    /// A shared formula's plain sum moved to another cell: relative parts move, parts after "$" stay.
    func testAPlainSumMovesItsRelativeReferencesOnly() {
        XCTAssertEqual(CellReference.shifted("SUM(B2:C2)", rows: 3, columns: 0), "SUM(B5:C5)")
        XCTAssertEqual(CellReference.shifted("SUM(B2:C2)", rows: 0, columns: 2), "SUM(D2:E2)")
        XCTAssertEqual(CellReference.shifted("=$B2+C$2+$D$4", rows: 1, columns: 1), "=$B3+D$2+$D$4")
        XCTAssertEqual(CellReference.shifted("sum(z9,AA10:AB11)", rows: 1, columns: 1), "sum(AA10,AB11:AC12)")
        XCTAssertEqual(CellReference.shifted("SUM(B2:C2)", rows: -1, columns: 0), "SUM(B1:C1)")
        // A reference moved off the sheet, or a formula that is no plain sum, gives nothing.
        XCTAssertNil(CellReference.shifted("SUM(B2:C2)", rows: -2, columns: 0))
        XCTAssertNil(CellReference.shifted("B2", rows: 0, columns: CellReference.maximumColumn))
        XCTAssertNil(CellReference.shifted("B2", rows: Int.max, columns: 0))
        XCTAssertNil(CellReference.shifted("ROUND(B2,0)", rows: 1, columns: 0))
        XCTAssertNil(CellReference.shifted("B2*2", rows: 1, columns: 0))
        XCTAssertNil(CellReference.shifted("", rows: 1, columns: 0))
        // Moved by nothing, a plain sum is itself; what it names is what sumRanges reads moved.
        for formula in ["SUM(B2:C2)", "B2+C3+SUM(D4,E5:F6)", "$A$1"] {
            XCTAssertEqual(CellReference.shifted(formula, rows: 0, columns: 0), formula)
            let moved = CellReference.shifted(formula, rows: 2, columns: 1).flatMap(CellReference.sumRanges)
            let expected = CellReference.sumRanges(formula)?.map { range in
                formula.contains("$") ? range : CellRange(firstRow: range.firstRow + 2, firstColumn: range.firstColumn + 1,
                                                          lastRow: range.lastRow + 2, lastColumn: range.lastColumn + 1)
            }
            XCTAssertEqual(moved, expected, formula)
        }
    }
}
