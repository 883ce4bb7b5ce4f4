import AllotModel
@testable import AllotReconcile
import XCTest

private func row(_ number: Int, side: Int = 0, parent: Int? = nil, _ values: [String?]) -> AllocationRow {
    var row = AllocationRow(number: number, page: 1, level: parent == nil ? .total : .item, rawName: "行\(number)",
                            name: "行\(number)", region: "",
                            amounts: values.map { $0.flatMap { text in Decimal(string: text).map { Amount(value: $0, text: text) } } },
                            rawAmounts: values.map { $0 ?? "" }, remark: "", parent: parent)
    row.side = side
    return row
}

/// A table of `sides` and the printed row each row was read from.
private func table(_ rows: [AllocationRow], printedRows: [Int], columnSides: [Int]) -> AllocationTable {
    var table = AllocationTable(index: 1, title: "t", unit: "万元", attachment: "",
                                amountColumns: columnSides.indices.map { TableColumn(name: "金额\($0)", role: .amount) },
                                rows: rows)
    table.printedRows = PrintedRows(printedRows)
    table.columnSides = columnSides
    return table
}

private func raw(columns: Int) -> RawTable {
    RawTable(index: 1, title: "t", unit: "万元", attachment: "",
             columns: [TableColumn(name: "名称", role: .label)]
                 + (0..<columns).map { TableColumn(name: "金额\($0)", role: .amount) },
             rows: [])
}

final class FormulaCheckTests: XCTestCase {
    /// Bisection over rows in (side, printed row) order finds what the map of every row finds: the
    /// first row read from a printed row in the formula's side, nil where none was read.
    func testRowsInPrintedOrderAreFoundAsTheMapFindsThem() {
        let tables = [
            // one side, every printed row read
            table((1...6).map { row($0, ["1"]) }, printedRows: Array(1...6), columnSides: [0]),
            // one side, header rows and blank rows not read (gaps), one printed row read twice
            table((1...5).map { row($0, ["1"]) }, printedRows: [2, 3, 3, 7, 9], columnSides: [0]),
            // two sides: the left side's rows, then the right side's, from the same printed rows
            table([row(1, ["1", nil]), row(2, ["1", nil]), row(3, ["1", nil]),
                   row(4, side: 1, [nil, "2"]), row(5, side: 1, [nil, "2"])],
                  printedRows: [1, 2, 3, 1, 3], columnSides: [0, 1]),
            // out of order: the map is used
            table([row(1, ["1"]), row(2, ["1"]), row(3, ["1"])], printedRows: [3, 1, 2], columnSides: [0]),
            // printed rows unknown: by position
            table([row(1, ["1"]), row(2, ["1"])], printedRows: [], columnSides: [0]),
        ]
        for table in tables {
            let raw = raw(columns: table.columnSides.count)
            let bisected = FormulaCheck.RowLocator(raw: raw, table: table)
            let mapped = FormulaCheck.RowLocator(raw: raw, table: table, bisect: false)
            for column in raw.columns.indices {
                for index in -2...12 {
                    XCTAssertEqual(bisected.row(index, column: column)?.number, mapped.row(index, column: column)?.number,
                                   "row \(index) column \(column) of \(table.printedRows)")
                }
            }
        }
    }

    func testATableWithoutFormulasHasNoFindings() {
        let rows = [row(1, ["3"]), row(2, parent: 1, ["1"]), row(3, parent: 1, ["2"])]
        XCTAssertEqual(FormulaCheck.findings([], raw: raw(columns: 1), table: table(rows, printedRows: [4, 5, 6],
                                                                                   columnSides: [0])), [])
    }

    /// A sum formula that names the rows the hierarchy sums is confirmed; a cached value that
    /// disagrees with its cells' sum is a finding, on the row the formula is in.
    func testFormulasAreCheckedOnTheirRows() {
        let rows = [row(1, ["3"]), row(2, parent: 1, ["1"]), row(3, parent: 1, ["2"])]
        let sheet = table(rows, printedRows: [4, 5, 6], columnSides: [0])
        let confirmed = CellFormula(row: 3, column: 1, formula: "SUM(B5:B6)", stated: "3", computed: "3", rows: [4, 5])
        let wrong = CellFormula(row: 3, column: 1, formula: "SUM(B5:B6)", stated: "4", computed: "3", rows: [4, 5])
        let found = FormulaCheck.findings([confirmed], raw: raw(columns: 1), table: sheet)
        XCTAssertEqual(found.map(\.check), [.formulaConfirmed])
        let mismatch = FormulaCheck.findings([wrong], raw: raw(columns: 1), table: sheet)
        XCTAssertEqual(mismatch.map(\.check), [.formulaMismatch])
        XCTAssertEqual(mismatch.first?.row, 1)
    }
}
