import AllotModel
import Foundation

/// A sheet's formulas whose cached results the file does not vouch for, settled the same way
/// whichever reader found them (xls: no RECALCID, UNCALCED, manual CALCMODE, fAlwaysCalc; xlsx:
/// fullCalcOnLoad, calcMode manual, `ca`, a formula stored without `<v>`). Blaming the document for
/// a stale result would be our misreading: such a formula is not checked, a plain sum is taken as
/// the exact Decimal sum of the cells it names (a stale formula among them at its own such sum, so
/// a stale subtotal does not spoil its total), any other formula keeps its cached value (or stays
/// empty when none is stored), and one `formula_uncomputed` note a sheet says so, naming each sum
/// whose stored result differs. A trusted formula that names a result nobody can know (stored
/// without one, not a plain sum) is not checked either.
struct StaleFormulas {
    /// A formula cell as its reader found it.
    struct Formula {
        /// 1-based.
        var row: Int
        var column: Int
        /// The formula text without "=", for the note.
        var text: String
        /// The ranges it names when it is a plain sum.
        var sumRanges: [CellRange]?
        /// Its cached result as a cell; nil when the file stores none.
        var cached: SheetCells.Cell?
        /// True when the file does not vouch for the cached result.
        var stale: Bool
    }

    /// Why the results may not be current (English, Chinese).
    typealias Reason = (en: String, zh: String)

    /// The settled cell of each stale formula, by `key(row:column:)`: the exact sum, or the cached
    /// result, or an empty cell; never with its formula (it is not checked).
    private(set) var cells: [Int: SheetCells.Cell] = [:]
    /// Trusted formulas (by key) that name a stale result which cannot be known: not to be checked.
    private(set) var unchecked: Set<Int> = []
    /// The sheet's `formula_uncomputed` note, nil when every result is trusted.
    private(set) var note: Finding?

    /// Cells a sheet's recomputed sums may read at most (a sum over a whole column, repeated).
    static let maximumReads = 4_000_000
    /// Formulas naming formulas deeper than this keep their cached values.
    static let maximumDepth = 64
    /// Sums named in the note at most.
    static let listed = 10

    /// A cell's key: unique for rows and columns within Excel's limits.
    static func key(row: Int, column: Int) -> Int { row * (SheetCells.maximumColumn + 1) + column }

    /// The formulas flagged to be calculated whenever the file is opened (`flag`: fAlwaysCalc, ca).
    static func alwaysCalculated(_ count: Int, flag: String) -> Reason {
        ("\(count) formula(s) flagged to be calculated again whenever the file is opened: \(flag)",
         "\(count) 个公式标记为每次打开文件时重新计算（\(flag)）")
    }

    /// Manual calculation (xls CALCMODE 0, xlsx calcMode="manual").
    static let manual: Reason = ("calculation is manual", "计算方式为手动")

    /// Settles the stale among `formulas` of the sheet `name`; `reasons` say why they are stale
    /// (empty when none is); `value` gives the stored number of any cell that is no formula
    /// (1-based), nil for text and empty cells (a sum leaves them out, as SUM does).
    init(_ formulas: [Formula], name: String, reasons: [Reason], value: @escaping (Int, Int) -> String?) {
        var evaluator = Evaluator(formulas: formulas, value: value)
        var untrusted = 0
        var listed: [Reason] = []
        var unknown: [(row: Int, column: Int)] = []
        for (position, formula) in formulas.enumerated() where formula.stale {
            untrusted += 1
            let key = Self.key(row: formula.row, column: formula.column)
            var cached = formula.cached
            cached?.formula = nil
            guard let sum = evaluator.sum(position) else {
                cells[key] = cached ?? SheetCells.Cell(text: "")
                if cached == nil { unknown.append((formula.row, formula.column)) }
                continue
            }
            let text = "\(sum)"
            cells[key] = SheetCells.Cell(text: text, storedValue: text)
            if cached?.storedValue.flatMap(Self.decimal) != sum {
                let place = CellReference.name(row: formula.row, column: formula.column)
                let was = cached.map { $0.storedValue ?? "\"\($0.text)\"" }
                listed.append(("\(place) stored \(was ?? "nothing"), =\(formula.text) gives \(sum)",
                               "\(place) \(was.map { "存储 \($0)" } ?? "未存储结果")，=\(formula.text) 得 \(sum)"))
            }
        }
        guard untrusted > 0 else { return }
        unchecked = Self.naming(unknown, among: formulas)
        var other = "", otherZH = ""
        if !listed.isEmpty {
            let more = listed.count > Self.listed ? listed.count - Self.listed : 0
            other = "; where a sum's stored result differs, the exact sum of the cells it names is taken: "
                + listed.prefix(Self.listed).map(\.en).joined(separator: "; ") + (more > 0 ? "; and \(more) more" : "")
            otherZH = "；存储结果与所引单元格之和不同的求和公式取其精确和："
                + listed.prefix(Self.listed).map(\.zh).joined(separator: "；") + (more > 0 ? "；另有 \(more) 个" : "")
        }
        if !unknown.isEmpty {
            other += "; \(unknown.count) formula(s) with no stored result that allot cannot compute are left empty"
            otherZH += "；\(unknown.count) 个未存储结果且无法计算的公式留空"
        }
        if !unchecked.isEmpty {
            other += "; \(unchecked.count) other formula(s) naming them are not checked"
            otherZH += "；引用它们的另 \(unchecked.count) 个公式未作核对"
        }
        note = SheetNotes.formulaUncomputed(name, count: untrusted, reasons: reasons, other: (other, otherZH))
    }

    /// Keys of the trusted plain sums naming any of the `unknown` cells; every trusted plain sum
    /// when comparing them all would take more than `maximumReads` steps.
    private static func naming(_ unknown: [(row: Int, column: Int)], among formulas: [Formula]) -> Set<Int> {
        guard !unknown.isEmpty else { return [] }
        let sums = formulas.filter { !$0.stale && $0.sumRanges != nil }
        let ranges = sums.reduce(0) { $0 + ($1.sumRanges?.count ?? 0) }
        let everyOne = ranges.multipliedReportingOverflow(by: unknown.count)
        let compareAll = everyOne.overflow || everyOne.partialValue > maximumReads
        var keys: Set<Int> = []
        for formula in sums {
            let names = compareAll || (formula.sumRanges ?? []).contains { range in
                unknown.contains { range.firstRow <= $0.row && $0.row <= range.lastRow
                    && range.firstColumn <= $0.column && $0.column <= range.lastColumn }
            }
            if names { keys.insert(key(row: formula.row, column: formula.column)) }
        }
        return keys
    }

    static func decimal(_ text: String) -> Decimal? {
        Decimal(string: text, locale: posix)
    }

    private static let posix = Locale(identifier: "en_US_POSIX")

    /// Sums of stale plain-sum formulas, each computed once, a formula it names at its own value:
    /// computed when it is stale too, else its cached number.
    private struct Evaluator {
        let formulas: [Formula]
        let value: (Int, Int) -> String?
        private var index: [Int: Int] = [:]
        private var done: [Int: Decimal?] = [:]
        private var reads = 0

        init(formulas: [Formula], value: @escaping (Int, Int) -> String?) {
            self.formulas = formulas
            self.value = value
            for (position, formula) in formulas.enumerated() {
                index[StaleFormulas.key(row: formula.row, column: formula.column)] = position
            }
        }

        /// The exact sum of the cells formula `position` names; nil when it is no plain sum, names
        /// itself (directly or not), names a result that cannot be known, or reads too deep or too much.
        mutating func sum(_ position: Int, depth: Int = 0) -> Decimal? {
            if let known = done[position] { return known }
            guard depth < StaleFormulas.maximumDepth, formulas.indices.contains(position),
                  let ranges = formulas[position].sumRanges else { return nil }
            done[position] = .some(nil)  // until summed: a formula met again on the way names itself
            var total = Decimal(0)
            for range in ranges {
                guard range.firstRow <= range.lastRow, range.firstColumn <= range.lastColumn,
                      let area = range.area, reads + area <= StaleFormulas.maximumReads else { return nil }
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
            guard let position = index[StaleFormulas.key(row: row, column: column)] else {
                return value(row, column).flatMap(StaleFormulas.decimal).map(Part.number) ?? .nothing
            }
            let formula = formulas[position]
            if formula.stale, formula.sumRanges != nil {
                return sum(position, depth: depth + 1).map(Part.number) ?? .failed
            }
            guard let cached = formula.cached else { return .failed }  // no result stored: unknown
            return cached.storedValue.flatMap(StaleFormulas.decimal).map(Part.number) ?? .nothing
        }
    }
}
