import AllotModel

/// An xlsx sheet's formula cells as the stream meets them, settled once the sheet is read: those
/// whose cached result the file does not vouch for (the workbook's calcPr, `ca="1"`, no `<v>`)
/// by `StaleFormulas`, as an xls sheet's are. A trusted formula keeps its cached value and its
/// formula, as set by the stream; a stale one was set without its formula (it is not checked),
/// and is set again where its exact sum differs from what the file stored.
struct SheetFormulas {
    private var formulas: [StaleFormulas.Formula] = []
    private var styles: [Int?] = []
    /// Stale formulas flagged `ca="1"`, and those stored without a result.
    private var flagged = 0
    private var withoutResult = 0

    /// A formula cell of style `style`; `alwaysCalculated` when its `<f>` is flagged `ca="1"`.
    mutating func append(_ formula: StaleFormulas.Formula, style: Int?, alwaysCalculated: Bool) {
        formulas.append(formula)
        styles.append(style)
        if alwaysCalculated { flagged += 1 }
        if formula.cached == nil { withoutResult += 1 }
    }

    /// Sets the settled cells of the stale formulas into `sheet` (named `name`) and returns its
    /// `formula_uncomputed` note; nil when every formula is trusted. `reasons`: the workbook's and
    /// the sheet's; `allStale`: the sheet, whose cells were set before its `<sheetCalcPr>` came,
    /// vouches for none of them.
    func settle(_ sheet: inout SheetCells, name: String, reasons: [StaleFormulas.Reason], allStale: Bool,
                styles numberStyles: NumberStyles) -> Finding? {
        // formulas set with their formula by the stream, to be set again without it when stale now
        let setWithFormula = formulas.map { !$0.stale }
        var formulas = formulas
        if allStale { for index in formulas.indices { formulas[index].stale = true } }
        guard formulas.contains(where: \.stale) else { return nil }
        var reasons = reasons
        if reasons.isEmpty {
            if flagged > 0 { reasons.append(StaleFormulas.alwaysCalculated(flagged, flag: "ca")) }
            if withoutResult > 0 {
                reasons.append(("\(withoutResult) formula(s) stored without a result", "\(withoutResult) 个公式未存储结果"))
            }
        }
        // The stale sums read the stored numbers they name from the sheet's cells in order (stale
        // sums among them are evaluated, not read); the settled cells then replace the formula
        // cells where they stand, so the cells stay in order and are not sorted again.
        sheet.orderCells()
        let settled = Self.settled(formulas, in: sheet, name: name, reasons: reasons)
        for (index, formula) in formulas.enumerated() {
            let key = StaleFormulas.key(row: formula.row, column: formula.column)
            if formula.stale, var cell = settled.cells[key], let sum = cell.storedValue,
               formula.cached?.storedValue.flatMap(StaleFormulas.decimal) != StaleFormulas.decimal(sum) {
                let shown = numberStyles.shown(stored: sum, style: styles[index])
                cell.text = shown
                cell.storedValue = shown
                sheet.set(row: formula.row, column: formula.column, cell)
            } else if formula.stale ? setWithFormula[index] : settled.unchecked.contains(key), let cached = formula.cached {
                sheet.set(row: formula.row, column: formula.column, cached)  // as stored, without its formula
            }
        }
        return settled.note
    }

    /// The formulas settled over `sheet`'s stored numbers; the copy of `sheet` the reads hold (its
    /// storage shared, not copied) is let go on return, before the sheet is set again.
    private static func settled(_ formulas: [StaleFormulas.Formula], in sheet: SheetCells, name: String,
                                reasons: [StaleFormulas.Reason]) -> StaleFormulas {
        StaleFormulas(formulas, name: name, reasons: reasons) { row, column in
            sheet.storedNumber(row: row, column: column)
        }
    }
}
