import AllotModel
import Foundation

/// An xls sheet's formula cells as sheet cells, with what the file vouches for. A cached result is
/// trusted as an xlsx cell's is (its formula kept, so FormulaCheck confirms it or reports a
/// `formula_mismatch`) only when the file says it is current: Excel calculated the workbook
/// (RECALCID), the sheet is not marked UNCALCED, calculation is not manual and the formula is not
/// flagged fAlwaysCalc. Otherwise the result may be stale, and `StaleFormulas` settles it as it
/// does an xlsx's: not checked, a plain sum at the exact sum of the cells it names, one
/// `formula_uncomputed` note a sheet.
struct XLSFormulaCells {
    /// The formula cells by `key(row:column:)`, 1-based.
    private(set) var cells: [Int: SheetCells.Cell] = [:]
    /// The sheet's `formula_uncomputed` note, nil when every result is trusted.
    private(set) var note: Finding?

    static func key(row: Int, column: Int) -> Int { row * (BIFFFormula.columns + 1) + column }

    /// The formula cells of `sheet` (named `name`), `value` giving the stored number of any other
    /// cell (1-based), nil for text and empty cells (a sum leaves them out, as SUM does).
    init(_ sheet: BIFFSheets.Sheet, name: String, recalculated: Bool, value: @escaping (Int, Int) -> String?) {
        var reasons: [StaleFormulas.Reason] = []
        if !recalculated {
            reasons.append(("the workbook records no calculation by Excel: no RECALCID record", "工作簿没有 Excel 计算的记录（无 RECALCID 记录）"))
        }
        if sheet.uncalculated {
            reasons.append(("the sheet was saved without calculating its formulas again: UNCALCED", "工作表保存时未重新计算公式（UNCALCED 记录）"))
        }
        if sheet.manualCalculation {
            reasons.append(StaleFormulas.manual)
        }
        let sheetStale = !reasons.isEmpty
        let flagged = sheet.formulas.filter(\.alwaysCalculated).count
        if flagged > 0, !sheetStale {
            reasons.append(StaleFormulas.alwaysCalculated(flagged, flag: "fAlwaysCalc"))
        }
        let formulas = sheet.formulas.map { formula in
            StaleFormulas.Formula(row: formula.row, column: formula.column, text: formula.formula?.text ?? "",
                                  sumRanges: formula.formula?.sumRanges, cached: Self.cell(formula.result, formula: nil),
                                  stale: sheetStale || formula.alwaysCalculated)
        }
        let settled = StaleFormulas(formulas, name: name, reasons: reasons, value: value)
        for formula in sheet.formulas {
            let place = StaleFormulas.key(row: formula.row, column: formula.column)
            cells[Self.key(row: formula.row, column: formula.column)] = settled.cells[place]
                ?? Self.cell(formula.result, formula: settled.unchecked.contains(place) ? nil : formula.formula?.text)
        }
        note = settled.note
    }

    /// A cached result as a sheet cell, as the xlsx reader keeps a formula's `<v>`: a number as
    /// the xls reader gives NUMBER and RK doubles, TRUE/FALSE, an error's text, a text.
    static func cell(_ result: BIFFSheets.Result, formula: String?) -> SheetCells.Cell? {
        var cell: SheetCells.Cell?
        switch result {
        case let .number(number): cell = XLSReader.cell(.double(number))
        case let .text(text): cell = SheetCells.Cell(text: text, indentSteps: 0)
        case let .boolean(value): cell = SheetCells.Cell(text: value ? "TRUE" : "FALSE")
        case let .error(text): cell = SheetCells.Cell(text: text)
        case .empty: cell = SheetCells.Cell(text: "")
        }
        cell?.formula = formula
        return cell
    }
}
