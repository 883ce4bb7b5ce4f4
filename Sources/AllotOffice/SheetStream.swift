import AllotModel
import Foundation

/// Streams one worksheet part into its cells: `<row r hidden>`, `<col min max hidden>`,
/// `<c r t s>` with `<v>`, `<f>` and inline `<is><t>`, and `<mergeCell ref>`.
struct SheetStream {
    let package: ZipPackage
    let part: String
    let name: String
    let strings: [String]
    let styles: NumberStyles

    /// Mutable state of the event handlers.
    private final class State {
        var sheet: SheetCells
        var row = 0
        var nextColumn = 1
        var cell: (row: Int, column: Int, type: String, style: Int?)?
        var value = ""
        var formula: String?
        var inline = ""
        var field: String?  // "v", "f" or "t" while inside one

        init(name: String) {
            sheet = SheetCells(name: name)
        }
    }

    func read() throws(OfficeError) -> SheetCells {
        let state = State(name: name)
        let strings = strings
        let styles = styles
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
                state.inline = ""
            case "v", "f", "t":
                state.field = element
                if element == "f" { state.formula = "" }
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
                let formula = state.formula.flatMap { $0.isEmpty ? nil : $0 }
                switch cell.type {
                case "s":
                    let index = Int(state.value.trimmingCharacters(in: .whitespaces)) ?? -1
                    let text = strings.indices.contains(index) ? strings[index] : ""
                    state.sheet.set(row: cell.row, column: cell.column,
                                    .init(text: text, formula: formula, indentSteps: styles.indent(style: cell.style)))
                case "inlineStr":
                    state.sheet.set(row: cell.row, column: cell.column,
                                    .init(text: state.inline, formula: formula, indentSteps: styles.indent(style: cell.style)))
                case "n":
                    let raw = state.value.trimmingCharacters(in: .whitespaces)
                    guard !raw.isEmpty else {
                        if formula != nil { state.sheet.set(row: cell.row, column: cell.column, .init(text: "")) }
                        return
                    }
                    guard let canonical = Self.canonicalNumber(raw) else {
                        state.sheet.set(row: cell.row, column: cell.column, .init(text: raw, formula: formula))
                        return
                    }
                    if styles.hidesDecimals(style: cell.style, stored: canonical) { state.sheet.roundedDisplays += 1 }
                    let stored = styles.shown(stored: canonical, style: cell.style)
                    state.sheet.set(row: cell.row, column: cell.column,
                                    .init(text: stored, storedValue: stored, formula: formula))
                case "b":
                    state.sheet.set(row: cell.row, column: cell.column,
                                    .init(text: state.value == "1" ? "TRUE" : "FALSE", formula: formula))
                case "str":  // a formula's text
                    state.sheet.set(row: cell.row, column: cell.column,
                                    .init(text: state.value, formula: formula, indentSteps: styles.indent(style: cell.style)))
                default:  // e (error), d (ISO date)
                    state.sheet.set(row: cell.row, column: cell.column, .init(text: state.value, formula: formula))
                }
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
        return state.sheet
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
