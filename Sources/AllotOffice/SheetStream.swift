import AllotModel
import Foundation

/// Streams one worksheet part into its cells: `<row r hidden>`, `<col min max hidden>`,
/// `<c r t s>` with `<v>`, `<f ca t si>` and inline `<is><t>`, and `<mergeCell ref>`. A cell sharing a
/// formula (`<f t="shared" si/>`) takes its master's, moved to it, when that is a plain sum. A formula's cached
/// `<v>` is kept with its formula (to be checked) unless the file does not vouch for it: the
/// workbook's `staleReasons` (fullCalcOnLoad, manual calculation), the sheet's own `<sheetCalcPr
/// fullCalcOnLoad>`, `ca="1"`, or no `<v>` at all; those are settled by `StaleFormulas` once the
/// sheet is read (`SheetFormulas`).
struct SheetStream {
    let package: ZipPackage
    let part: String
    let name: String
    let strings: [String]
    let styles: NumberStyles
    /// Why no cached formula result of the workbook can be trusted; empty when the workbook vouches for them.
    var staleReasons: [StaleFormulas.Reason] = []

    /// Mutable state of the event handlers.
    private final class State {
        var sheet: SheetCells
        var row = 0
        var nextColumn = 1
        var cell: (row: Int, column: Int, type: String, style: Int?)?
        var value = ""
        var formula: String?
        /// `<f t="shared" si>`: the shared formula's index, nil for a formula of its own.
        var sharedIndex: Int?
        /// Each shared formula's text and the cell that holds it (its master), by `si`.
        var shared: [Int: (text: String, row: Int, column: Int)] = [:]
        /// `<f ca="1">`: calculated whenever the file is opened.
        var alwaysCalculated = false
        /// A `<v>` was stored.
        var hasValue = false
        var inline = ""
        var field: String?  // "v", "f" or "t" while inside one
        var formulas = SheetFormulas()
        /// `<sheetCalcPr fullCalcOnLoad="1"/>` (after the cells): the sheet asks for a full calculation.
        var sheetFullCalculation = false

        init(name: String) {
            sheet = SheetCells(name: name)
        }
    }

    func read() throws(OfficeError) -> SheetCells {
        let state = State(name: name)
        let strings = strings
        let styles = styles
        let sheetStale = !staleReasons.isEmpty
        try PackageXML.stream(package, part, onStart: { element, attributes in
            switch element {
            case "row":
                state.row = attributes["r"].flatMap { Int($0) } ?? state.row + 1
                state.nextColumn = 1
                if attributes["hidden"] == "1" || attributes["hidden"] == "true" {
                    state.sheet.hiddenRows.insert(state.row)
                }
            case "col":
                if attributes["hidden"] == "1" || attributes["hidden"] == "true",
                   let first = attributes["min"].flatMap({ Int($0) }), let last = attributes["max"].flatMap({ Int($0) }),
                   first >= 1, first <= last {
                    for column in first...min(last, first + SheetCells.maximumColumn) {
                        state.sheet.hiddenColumns.insert(column)
                    }
                }
            case "c":
                let position = attributes["r"].flatMap { CellReference.parse($0) }
                let row = position?.row ?? state.row
                let column = position?.column ?? state.nextColumn
                state.nextColumn = column + 1
                state.cell = (row, column, attributes["t"] ?? "n", attributes["s"].flatMap { Int($0) })
                state.value = ""
                state.formula = nil
                state.sharedIndex = nil
                state.alwaysCalculated = false
                state.hasValue = false
                state.inline = ""
            case "v", "f", "t":
                state.field = element
                if element == "v" { state.hasValue = true }
                if element == "f" {
                    state.formula = ""
                    state.alwaysCalculated = attributes["ca"] == "1" || attributes["ca"] == "true"
                    state.sharedIndex = attributes["t"] == "shared" ? attributes["si"].flatMap { Int($0) } : nil
                }
            case "sheetCalcPr":
                state.sheetFullCalculation = attributes["fullCalcOnLoad"] == "1" || attributes["fullCalcOnLoad"] == "true"
            case "mergeCell":
                if let range = attributes["ref"].flatMap({ CellReference.range($0) }) { state.sheet.merges.append(range) }
            default:
                break
            }
        }, onEnd: { element in
            switch element {
            case "v", "f", "t":
                state.field = nil
            case "c":
                guard let cell = state.cell else { return }
                state.cell = nil
                var formula = state.formula.flatMap { $0.isEmpty ? nil : $0 }
                if let index = state.sharedIndex {
                    if let text = formula {
                        // The master of a shared formula: the cells that share it name it by `si`.
                        state.shared[index] = (text, cell.row, cell.column)
                    } else if let master = state.shared[index] {
                        // A cell sharing it: the master's formula moved to this cell, when it is a
                        // plain sum (any other stays unknown, its cached value unchecked).
                        formula = CellReference.shifted(master.text, rows: cell.row - master.row,
                                                        columns: cell.column - master.column)
                    }
                }
                let stored = Self.cell(type: cell.type, value: state.value, inline: state.inline, style: cell.style,
                                       strings: strings, styles: styles, rounded: &state.sheet.roundedDisplays)
                guard state.formula != nil else {
                    if var stored {
                        stored.formula = formula
                        state.sheet.set(row: cell.row, column: cell.column, stored)
                    }
                    return
                }
                // a formula cell: its cached result kept with the formula only when the file vouches for it
                let cached = state.hasValue || cell.type == "inlineStr" ? stored : nil
                let stale = sheetStale || state.alwaysCalculated || cached == nil
                var kept = cached ?? SheetCells.Cell(text: "")
                kept.formula = stale ? nil : formula
                state.sheet.set(row: cell.row, column: cell.column, kept)
                state.formulas.append(.init(row: cell.row, column: cell.column, text: formula ?? "",
                                            sumRanges: formula.flatMap(CellReference.sumRanges), cached: cached, stale: stale),
                                      style: cell.style, alwaysCalculated: state.alwaysCalculated)
            default:
                break
            }
        }, onText: { text in
            switch state.field {
            case "v": state.value += text
            case "f": state.formula = (state.formula ?? "") + text
            case "t" where state.cell != nil: state.inline += text
            default: break
            }
        })
        var reasons = staleReasons
        if state.sheetFullCalculation {
            reasons.append(("the sheet asks to be calculated again in full when opened: sheetCalcPr fullCalcOnLoad",
                            "工作表要求打开时全部重新计算（sheetCalcPr fullCalcOnLoad）"))
        }
        state.sheet.formulaNote = state.formulas.settle(&state.sheet, name: name, reasons: reasons,
                                                        allStale: state.sheetFullCalculation, styles: styles)
        return state.sheet
    }

    /// A `<c>` of type `type` as a sheet cell (its formula not set); nil for a number cell without
    /// a value. A number's stored text is canonical and padded to the decimals its style shows;
    /// one whose style hides decimals it has is counted in `rounded`.
    private static func cell(type: String, value: String, inline: String, style: Int?, strings: [String],
                             styles: NumberStyles, rounded: inout Int) -> SheetCells.Cell? {
        switch type {
        case "s":
            let index = Int(value.trimmingCharacters(in: .whitespaces)) ?? -1
            let text = strings.indices.contains(index) ? strings[index] : ""
            return .init(text: text, indentSteps: styles.indent(style: style))
        case "inlineStr":
            return .init(text: inline, indentSteps: styles.indent(style: style))
        case "n":
            let raw = value.trimmingCharacters(in: .whitespaces)
            guard !raw.isEmpty else { return nil }
            guard let canonical = canonicalNumber(raw) else { return .init(text: raw) }
            if styles.hidesDecimals(style: style, stored: canonical) { rounded += 1 }
            let stored = styles.shown(stored: canonical, style: style)
            return .init(text: stored, storedValue: stored)
        case "b":
            return .init(text: value == "1" ? "TRUE" : "FALSE")
        case "str":  // a formula's text
            return .init(text: value, indentSteps: styles.indent(style: style))
        default:  // e (error), d (ISO date)
            return .init(text: value)
        }
    }

    /// For plain decimal text (-?digits[.digits]), its count of significant digits (leading zeros
    /// not counted); nil for anything else. A scalar loop: this runs once per number cell.
    static func plainSignificantDigits(_ raw: String) -> Int? {
        var digits = 0
        var significant = 0
        var sawPoint = false
        var lastWasPoint = false
        for (index, byte) in raw.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "-") where index == 0:
                continue
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits += 1
                if significant > 0 || byte != UInt8(ascii: "0") { significant += 1 }
                lastWasPoint = false
            case UInt8(ascii: ".") where !sawPoint && digits > 0:
                sawPoint = true
                lastWasPoint = true
            default:
                return nil
            }
        }
        return digits > 0 && !lastWasPoint ? significant : nil
    }

    /// Spreadsheets compute and show numbers to 15 significant digits (Excel's documented
    /// precision); digits beyond are binary floating-point noise of the writer (9800.889999999999
    /// for 9800.89).
    static let significantDigits = 15

    /// The stored number as plain decimal text: as stored when it is plain with at most 15
    /// significant digits (1234.50); otherwise rounded to 15 significant digits and exponent forms
    /// expanded, exactly, in Decimal (never through Double); nil when not a number.
    static func canonicalNumber(_ raw: String) -> String? {
        if let significant = plainSignificantDigits(raw), significant <= significantDigits { return raw }
        guard raw.unicodeScalars.allSatisfy({ "0123456789.-+eE".unicodeScalars.contains($0) }),
              raw.unicodeScalars.contains(where: { ("0"..."9").contains($0) }),
              var value = Decimal(string: raw, locale: Locale(identifier: "en_US_POSIX")), !value.isNaN else { return nil }
        guard !value.isZero else { return "0" }
        // scale = digits to keep after the point: 15 minus the decimal exponent of the leading digit
        let magnitude = value.magnitude
        var exponent = 0
        var probe = magnitude
        while probe >= 1 { probe /= 10; exponent += 1 }
        while probe < Decimal(1) / 10, exponent > -400 { probe *= 10; exponent -= 1 }
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, significantDigits - exponent, .plain)
        return "\(rounded)"
    }
}
