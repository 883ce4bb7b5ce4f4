import AllotModel
import Foundation

/// An xls sheet's formula cells as sheet cells, with what the file vouches for. A cached result is
/// trusted as an xlsx cell's is (its formula kept, so FormulaCheck confirms it or reports a
/// `formula_mismatch`) only when the file says it is current: Excel calculated the workbook
/// (RECALCID), the sheet is not marked UNCALCED, calculation is not manual and the formula is not
/// flagged fAlwaysCalc. Otherwise the result may be stale and blaming the document for it would be
/// our misreading: the formula is not checked (its text is not kept), a plain sum is taken as the
/// exact Decimal sum of the cells it names (a formula among them at its own value, so a stale
/// subtotal does not spoil its total), any other formula keeps its cached value, and one
/// `formula_uncomputed` note a sheet says so, naming each sum whose stored result differs.
struct XLSFormulaCells {
    /// The formula cells by `key(row:column:)`, 1-based.
    private(set) var cells: [Int: SheetCells.Cell] = [:]
    /// The sheet's `formula_uncomputed` note, nil when every result is trusted.
    private(set) var note: Finding?

    /// Cells a sheet's recomputed sums may read at most (a sum over a whole column, repeated).
    static let maximumReads = 4_000_000
    /// Formulas naming formulas deeper than this keep their cached values.
    static let maximumDepth = 64
    /// Sums named in the note at most.
    static let listed = 10

    static func key(row: Int, column: Int) -> Int { row * (BIFFFormula.columns + 1) + column }

    /// The formula cells of `sheet` (named `name`), `value` giving the stored number of any other
    /// cell (1-based), nil for text and empty cells (a sum leaves them out, as SUM does).
    init(_ sheet: BIFFSheets.Sheet, name: String, recalculated: Bool, value: @escaping (Int, Int) -> String?) {
        var reasons: [(en: String, zh: String)] = []
        if !recalculated {
            reasons.append(("the workbook records no calculation by Excel: no RECALCID record", "工作簿没有 Excel 计算的记录（无 RECALCID 记录）"))
        }
        if sheet.uncalculated {
            reasons.append(("the sheet was saved without calculating its formulas again: UNCALCED", "工作表保存时未重新计算公式（UNCALCED 记录）"))
        }
        if sheet.manualCalculation {
            reasons.append(("calculation is manual", "计算方式为手动"))
        }
        let sheetStale = !reasons.isEmpty
        let flagged = sheet.formulas.filter(\.alwaysCalculated).count
        if flagged > 0, !sheetStale {
            reasons.append(("\(flagged) formula(s) flagged to be calculated again whenever the file is opened: fAlwaysCalc",
                            "\(flagged) 个公式标记为每次打开文件时重新计算（fAlwaysCalc）"))
        }
        var evaluator = Evaluator(formulas: sheet.formulas, stale: { sheetStale || $0.alwaysCalculated }, value: value)
        var untrusted = 0
        var listed: [(en: String, zh: String)] = []
        for (index, formula) in sheet.formulas.enumerated() {
            let key = Self.key(row: formula.row, column: formula.column)
            guard sheetStale || formula.alwaysCalculated else {
                cells[key] = Self.cell(formula.result, formula: formula.formula?.text)
                continue
            }
            untrusted += 1
            guard let sum = evaluator.sum(index) else {
                cells[key] = Self.cell(formula.result, formula: nil)
                continue
            }
            let text = "\(sum)"
            cells[key] = SheetCells.Cell(text: text, storedValue: text)
            let stored = Self.cell(formula.result, formula: nil)
            if stored?.storedValue.flatMap(Self.decimal) != sum {
                let place = CellReference.name(row: formula.row, column: formula.column)
                let was = stored.map { $0.storedValue ?? "\"\($0.text)\"" } ?? "nothing"
                let formulaText = formula.formula?.text ?? ""
                listed.append(("\(place) stored \(was), =\(formulaText) gives \(sum)", "\(place) 存储 \(was)，=\(formulaText) 得 \(sum)"))
            }
        }
        guard untrusted > 0 else { return }
        var other = "", otherZH = ""
        if !listed.isEmpty {
            let more = listed.count > Self.listed ? listed.count - Self.listed : 0
            other = "; where a sum's stored result differs, the exact sum of the cells it names is taken: "
                + listed.prefix(Self.listed).map(\.en).joined(separator: "; ") + (more > 0 ? "; and \(more) more" : "")
            otherZH = "；存储结果与所引单元格之和不同的求和公式取其精确和："
                + listed.prefix(Self.listed).map(\.zh).joined(separator: "；") + (more > 0 ? "；另有 \(more) 个" : "")
        }
        note = Finding(.formulaUncomputed, table: 0, page: 1, [
            .subject: name, .text: String(untrusted),
            .reason: reasons.map(\.en).joined(separator: "; "), .reasonZH: reasons.map(\.zh).joined(separator: "；"),
            .other: other, .otherZH: otherZH,
        ])
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

    static func decimal(_ text: String) -> Decimal? {
        Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }

    /// Sums of stale plain-sum formulas, each computed once, a formula it names at its own value:
    /// computed when it is stale too, else its cached number.
    private struct Evaluator {
        let formulas: [BIFFSheets.FormulaCell]
        let stale: (BIFFSheets.FormulaCell) -> Bool
        let value: (Int, Int) -> String?
        private var index: [Int: Int] = [:]
        private var done: [Int: Decimal?] = [:]
        private var reads = 0

        init(formulas: [BIFFSheets.FormulaCell], stale: @escaping (BIFFSheets.FormulaCell) -> Bool,
             value: @escaping (Int, Int) -> String?) {
            self.formulas = formulas
            self.stale = stale
            self.value = value
            for (position, formula) in formulas.enumerated() {
                index[XLSFormulaCells.key(row: formula.row, column: formula.column)] = position
            }
        }

        /// The exact sum of the cells formula `position` names; nil when it is no plain sum, names
        /// itself (directly or not), or reads too deep or too much.
        mutating func sum(_ position: Int, depth: Int = 0) -> Decimal? {
            if let known = done[position] { return known }
            guard depth < XLSFormulaCells.maximumDepth, let ranges = formulas[position].formula?.sumRanges else {
                return nil
            }
            done[position] = .some(nil)  // until summed: a formula met again on the way names itself
            var total = Decimal(0)
            for range in ranges {
                guard let area = range.area, reads + area <= XLSFormulaCells.maximumReads else { return nil }
                reads += area
                for column in range.firstColumn...range.lastColumn {
                    for row in range.firstRow...range.lastRow {
                        switch part(row: row, column: column, depth: depth) {
                        case let .number(value): total += value
                        case .nothing: continue
                        case .failed: return nil
                        }
                    }
                }
            }
            done[position] = total
            return total
        }

        private enum Part {
            case number(Decimal)
            case nothing  // text or empty: SUM leaves it out
            case failed
        }

        private mutating func part(row: Int, column: Int, depth: Int) -> Part {
            guard let position = index[XLSFormulaCells.key(row: row, column: column)] else {
                return value(row, column).flatMap(XLSFormulaCells.decimal).map(Part.number) ?? .nothing
            }
            let formula = formulas[position]
            if stale(formula), formula.formula?.sumRanges != nil {
                return sum(position, depth: depth + 1).map(Part.number) ?? .failed
            }
            return XLSFormulaCells.cell(formula.result, formula: nil)?.storedValue.flatMap(XLSFormulaCells.decimal)
                .map(Part.number) ?? .nothing
        }
    }
}
