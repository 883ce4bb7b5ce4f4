import AllotModel
import Foundation
import XCTest

/// The small layouts a large sheet is held in (issue #18) read and write exactly what the plain
/// fields did: amounts keep their value's bits and their text, rows their printed texts and
/// rarely set fields, grid cells their stored values and formulas, grids their slots.
final class CompactLayoutTests: XCTestCase {
    private func bits(_ value: Decimal) -> [UInt8] {
        withUnsafeBytes(of: value) { Array($0) }
    }

    /// An amount made from its digits is the amount made from the canonical text and value of those
    /// digits (equal, the same text, the same value bits, the same packed form), and digits without
    /// a canonical text make none: over magnitudes up to UInt64.max and 0-20 decimals, both signs.
    func testAmountsFromDigitsAreThoseOfTheirText() {
        let magnitudes: [UInt64] = [0, 1, 5, 10, 1250, 99_999, 123_456_789, 1 << 57 - 1, 1 << 57, 9_999_999_999_999_999_999,
                                    UInt64.max]
        for magnitude in magnitudes {
            for decimals in 0...20 {
                for negative in [false, true] {
                    var digits = String(magnitude)
                    if decimals > 0 {
                        if digits.count <= decimals { digits = String(repeating: "0", count: decimals + 1 - digits.count) + digits }
                        digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
                    }
                    let text = (negative ? "-" : "") + digits
                    let value = Decimal(sign: negative ? .minus : .plus, exponent: -decimals, significand: Decimal(magnitude))
                    let canonical = decimals <= 19 && (!negative || magnitude != 0) && (magnitude != 0 || decimals == 0)
                    guard let made = Amount(magnitude: magnitude, decimals: decimals, negative: negative) else {
                        XCTAssertFalse(canonical, text)
                        continue
                    }
                    XCTAssertTrue(canonical, text)
                    let given = Amount(value: value, text: text)
                    XCTAssertEqual(made, given, text)
                    XCTAssertEqual(made.text, given.text, text)
                    XCTAssertEqual(bits(made.value), bits(given.value), text)
                    XCTAssertEqual(RowAmounts([made])[0], RowAmounts([given])[0], text)
                }
            }
        }
    }

    func testAmountsKeepValueBitsAndText() throws {
        let texts = ["0", "7", "12.50", "-3.05", "0.05", "0.00", "007", "1e3", "18446744073709551615",
                     "123456789012345678901234.5", "-0", "1.", ""]
        for text in texts {
            // the value as Decimal(string:) reads it (exponent as printed), or a value beside the text
            let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? Decimal(42)
            let amount = Amount(value: value, text: text)
            XCTAssertEqual(amount.text, text, text)
            XCTAssertEqual(bits(amount.value), bits(value), text)
        }
        // a value that is not what its text reads as is kept as given
        let odd = Amount(value: Decimal(5), text: "12.50")
        XCTAssertEqual(odd.value, 5)
        XCTAssertEqual(odd.text, "12.50")
        var changed = Amount(value: Decimal(string: "12.50")!, text: "12.50")
        changed.text = "12.5"
        XCTAssertEqual(changed.text, "12.5")
        XCTAssertEqual(bits(changed.value), bits(Decimal(string: "12.50")!))
    }

    func testAmountEqualityIsValueAndText() {
        let plain = Amount(value: Decimal(string: "1.50")!, text: "1.50")
        let given = Amount(value: Decimal(string: "1.5")!, text: "1.50")
        XCTAssertEqual(plain, given)  // equal values, same text
        XCTAssertEqual(plain.hashValue, given.hashValue)
        XCTAssertNotEqual(plain, Amount(value: Decimal(string: "1.5")!, text: "1.5"))
    }

    func testRowsKeepPrintedTextsAndRareFields() {
        let amounts: [Amount?] = [Amount(value: 12, text: "12"), nil]
        var derived = AllocationRow(number: 3, page: 2, level: .item, rawName: "项目", name: "项目", region: "",
                                    amounts: amounts, rawAmounts: ["12", ""], remark: "")
        XCTAssertEqual(derived.rawAmounts, ["12", ""])
        let printed = AllocationRow(number: 3, page: 2, level: .item, rawName: "项目", name: "项目", region: "",
                                    amounts: amounts, rawAmounts: ["1,2", "—"], remark: "")
        XCTAssertEqual(printed.rawAmounts, ["1,2", "—"])
        XCTAssertNotEqual(derived, printed)
        // changing an amount keeps what was printed
        derived.amounts[0] = Amount(value: 13, text: "13")
        XCTAssertEqual(derived.rawAmounts, ["12", ""])
        derived.rawAmounts[0] = "13"
        XCTAssertEqual(derived.rawAmounts, ["13", ""])
        XCTAssertEqual(derived.number, 3)
        XCTAssertEqual(derived.page, 2)
        derived.depth = 4
        derived.side = 1
        derived.code = "2010601"
        derived.regionFullName = "山西省阳泉市盂县"
        derived.divisionMatch = .alias(formerName: "大同县")
        XCTAssertEqual([derived.depth, derived.side], [4, 1])
        XCTAssertEqual(derived.code, "2010601")
        XCTAssertEqual(derived.regionFullName, "山西省阳泉市盂县")
        XCTAssertEqual(derived.divisionMatch, .alias(formerName: "大同县"))
        XCTAssertEqual(derived.remark, "")
        let copy = derived
        derived.code = ""
        XCTAssertEqual(copy.code, "2010601")  // a value: the copy keeps its own
        derived.regionFullName = ""
        derived.divisionMatch = nil
        var plain = AllocationRow(number: 3, page: 2, level: .item, rawName: "项目", name: "项目", region: "",
                                  amounts: [Amount(value: 13, text: "13"), nil], rawAmounts: ["13", ""], remark: "")
        plain.depth = 4
        plain.side = 1
        XCTAssertEqual(derived, plain)
        // the parent beside the place, printed texts in the box, up to two plain amounts inline
        // (`RowAmounts`), the raw label and the region held once when they are the label: 72 bytes
        // a row and no array of amounts
        XCTAssertEqual(MemoryLayout<AllocationRow>.stride, 72)
        XCTAssertNil(plain.parent)
        for parent in [1, 2, 70_000, 0] {
            var child = plain
            child.parent = parent
            XCTAssertEqual(child.parent, parent)
            XCTAssertNotEqual(child, plain)
            child.parent = nil
            XCTAssertEqual(child, plain)
        }
        let built = AllocationRow(number: 4, page: 1, level: .item, rawName: "甲", name: "甲", region: "", amounts: [],
                                  rawAmounts: [], remark: "", parent: 3)
        XCTAssertEqual(built.parent, 3)
    }

    /// A row's raw label and region read back as given whether each is held as the label or apart,
    /// keep their texts when the label changes, and rows of the same texts are equal and hash alike
    /// however they were built.
    func testRowsKeepRawLabelAndRegionHeldOnceOrApart() {
        let texts = ["", "盂县", "盂  县", "太原市", "⽅⼭县"]
        func built(_ raw: String, _ name: String, _ region: String) -> AllocationRow {
            AllocationRow(number: 1, page: 1, level: .item, rawName: raw, name: name, region: region,
                          amounts: [Amount(value: 5, text: "5")], rawAmounts: ["5"], remark: "")
        }
        for raw in texts {
            for name in texts {
                for region in texts {
                    let row = built(raw, name, region)
                    XCTAssertEqual([row.rawName, row.name, row.region], [raw, name, region])
                    // the same texts set one at a time over another row's
                    var set = built("x", "y", "z")
                    set.name = name
                    set.rawName = raw
                    set.region = region
                    XCTAssertEqual([set.rawName, set.name, set.region], [raw, name, region])
                    XCTAssertEqual(set, row)
                    XCTAssertEqual(set.hashValue, row.hashValue)
                    // a new label leaves the raw label and the region as they were
                    for other in texts {
                        var renamed = row
                        renamed.name = other
                        XCTAssertEqual([renamed.rawName, renamed.name, renamed.region], [raw, other, region])
                        XCTAssertEqual(renamed, built(raw, other, region))
                    }
                }
            }
        }
    }

    /// Printed rows read back as given, counted or listed, and equal lists are equal.
    func testPrintedRowsReadBackAsGiven() {
        let lists: [[Int]] = [[], [1], [1, 2, 3], [2], [1, 3], [1, 2, 2], [3, 1, 2], [1, 2, 3, 1, 2], Array(1...5_000)]
        for list in lists {
            let rows = PrintedRows(list)
            XCTAssertEqual(Array(rows), list)
            XCTAssertEqual(rows.count, list.count)
            XCTAssertEqual(rows, PrintedRows(list.map { $0 }))
            for position in list.indices { XCTAssertEqual(rows[position], list[position]) }
        }
        XCTAssertEqual(PrintedRows(), [])
        XCTAssertNotEqual(PrintedRows([1, 2]), PrintedRows([1, 3]))
    }

    func testGridCellsKeepStoredValuesAndFormulas() {
        var number = GridCell(text: "12.5", row: 4, column: 2, storedValue: "12.5", formula: "SUM(C2:C3)")
        XCTAssertEqual(number.storedValue, "12.5")
        XCTAssertEqual(number.formula, "SUM(C2:C3)")
        number.text = "12.50"  // the shown text changes, the stored value does not
        XCTAssertEqual(number.storedValue, "12.5")
        number.formula = nil
        XCTAssertEqual(number.storedValue, "12.5")
        XCTAssertNil(number.formula)
        let text = GridCell(text: "合计", row: 0, column: 0, rowSpan: 0, columnSpan: 3, isHeader: true, indent: 1.5)
        XCTAssertNil(text.storedValue)
        XCTAssertEqual([text.row, text.column, text.rowSpan, text.columnSpan], [0, 0, 1, 3])
        XCTAssertEqual(text.indent, 1.5)
        XCTAssertTrue(text.isHeader)
    }

    func testGridCellsKeepEveryIndentExactly() {
        XCTAssertEqual(MemoryLayout<GridCell>.stride, 40)
        // held as half em (spreadsheet steps, most HTML indents) or boxed (the rest, exactly)
        let indents: [Double?] = [nil, 0, -0.0, 2, 1.5, 126.5, 127, 0.1, 1.0 / 3, 1e300, -24.75, -1, .infinity]
        for indent in indents {
            var cell = GridCell(text: "乡镇", row: 1, column: 0, inHead: true, storedValue: "7", formula: "A1",
                                indent: indent)
            XCTAssertEqual(cell.indent, indent)
            XCTAssertEqual(cell.indent.map { $0.bitPattern }, indent.map { $0.bitPattern })
            XCTAssertEqual(cell.storedValue, "7")
            XCTAssertEqual(cell.formula, "A1")
            XCTAssertTrue(cell.inHead)
            XCTAssertFalse(cell.isHeader)
            // the indent survives changes of the stored value and formula, and they survive it
            cell.formula = nil
            cell.storedValue = nil
            XCTAssertEqual(cell.indent, indent)
            cell.indent = 0.2
            XCTAssertEqual(cell.indent, 0.2)
            cell.indent = indent
            XCTAssertEqual(cell.indent, indent)
            XCTAssertNil(cell.storedValue)
            XCTAssertNil(cell.formula)
            XCTAssertEqual(cell, GridCell(text: "乡镇", row: 1, column: 0, inHead: true, indent: indent))
            XCTAssertNotEqual(cell, GridCell(text: "乡镇", row: 1, column: 0, inHead: true, indent: 5.25))
        }
        let unknown = GridCell(text: "x", row: 0, column: 0, indent: .nan)
        XCTAssertEqual(unknown.indent?.isNaN, true)  // as given, not read as "not set"
    }

    func testGridCellsKeepEverySpanExactly() {
        // 16 bits held in place, the rest boxed; a span set to 0 or less reads back as set
        for span in [1, 2, 65_534, 65_535, 65_536, 1_048_576, Int(Int32.max)] {
            let cell = GridCell(text: "合计", row: 3, column: 1, rowSpan: span, columnSpan: span, formula: "B2")
            XCTAssertEqual([cell.rowSpan, cell.columnSpan], [span, span])
            XCTAssertEqual(cell.formula, "B2")
            var changed = cell
            changed.rowSpan = 1
            XCTAssertEqual([changed.rowSpan, changed.columnSpan], [1, span])
            changed.columnSpan = 1
            changed.formula = nil
            XCTAssertEqual(changed, GridCell(text: "合计", row: 3, column: 1))
        }
        var odd = GridCell(text: "a", row: 0, column: 0)
        for span in [0, -3, Int.max, Int.min] {
            odd.rowSpan = span
            odd.columnSpan = span
            XCTAssertEqual([odd.rowSpan, odd.columnSpan], [Int(Int32(clamping: span)), Int(Int32(clamping: span))])
        }
        XCTAssertEqual(GridCell(text: "a", row: 0, column: 0, rowSpan: 0, columnSpan: -2).rowSpan, 1)
    }

    func testGridsAreEqualHoweverTheirSlotsGrew() {
        // one grid gets its widest row first, the other last
        var narrowFirst = CellGrid()
        narrowFirst.add(GridCell(text: "a", row: 0, column: 0))
        narrowFirst.add(GridCell(text: "b", row: 1, column: 0, columnSpan: 5))
        var wideFirst = CellGrid()
        wideFirst.add(GridCell(text: "b", row: 1, column: 0, columnSpan: 5))
        wideFirst.add(GridCell(text: "a", row: 0, column: 0))
        XCTAssertEqual(narrowFirst.rowCount, 2)
        XCTAssertEqual(narrowFirst.columnCount, 5)
        XCTAssertEqual(narrowFirst.cell(row: 1, column: 4)?.text, "b")
        XCTAssertNil(narrowFirst.cell(row: 0, column: 1))  // a hole beyond the short row
        XCTAssertEqual(narrowFirst.freeColumn(row: 0, from: 0), 1)
        XCTAssertTrue(narrowFirst.isSpanningRow(1))
        XCTAssertFalse(narrowFirst.isSpanningRow(0))
        XCTAssertEqual(wideFirst.cell(row: 0, column: 0)?.text, "a")
        // same cells in another order are another grid (cells are in document order)
        XCTAssertNotEqual(narrowFirst, wideFirst)
        var again = CellGrid()
        again.add(GridCell(text: "a", row: 0, column: 0))
        again.add(GridCell(text: "b", row: 1, column: 0, columnSpan: 5))
        XCTAssertEqual(narrowFirst, again)
        // a grid made with its rows first equals one whose rows were added by its cells
        var sized = CellGrid(rowCount: 2)
        sized.add(GridCell(text: "a", row: 0, column: 0))
        sized.add(GridCell(text: "b", row: 1, column: 0, columnSpan: 5))
        XCTAssertEqual(sized, again)
        XCTAssertEqual(sized.distinctCells(row: 1).map(\.text), ["b"])
    }

    /// Codes and the full name given to the initializer hold as the setters hold them: the rows
    /// are equal, empty values leave no box behind, and the getters read them back.
    func testCodesGivenAtInitEqualCodesSet() {
        for (code, printed, fullName) in [("2080101", "208 01 01", "山西省阳泉市盂县"), ("", "", ""), ("", "", "盂县"), ("1", "", "")] {
            var set = AllocationRow(number: 3, page: 2, level: .item, rawName: "项目", name: "项目", region: "",
                                    amounts: [nil], rawAmounts: [""], remark: "")
            set.code = code
            set.printedCode = printed
            set.regionFullName = fullName
            let given = AllocationRow(number: 3, page: 2, level: .item, rawName: "项目", name: "项目", region: "",
                                      amounts: [nil], rawAmounts: [""], remark: "", code: code, printedCode: printed,
                                      regionFullName: fullName)
            XCTAssertEqual(given, set)
            XCTAssertEqual(given.hashValue, set.hashValue)
            XCTAssertEqual([given.code, given.printedCode, given.regionFullName], [code, printed, fullName])
        }
    }
}
