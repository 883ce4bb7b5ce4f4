import AllotModel
import AllotText

/// Whether a cell of an amount column that does not parse claims the document misprinted an
/// amount (`invalid_amount`, an error) or is the document's own entry (`non_amount`, a note).
/// The table's structure decides: the column must hold amounts by the table's own word (a money
/// unit for the table or the column, or a sum row printing an amount in it) and mostly hold them,
/// and the cell must not be an entry tables print on purpose (`isEntry`: NA, a range, a
/// comparison, a footnote-marked figure, a share). Anything else is not evidence of a misprint.
struct AmountColumnEvidence {
    /// The table states a unit of money (万元, 元 …).
    private let moneyUnit: Bool
    /// Per amount column: filled cells, cells that parse, and whether a sum row printed an amount.
    private var filled: [Int]
    private var parsed: [Int]
    private var summed: [Bool]

    init(unit: String, columns: Int) {
        moneyUnit = unit.contains("元")
        filled = Array(repeating: 0, count: columns)
        parsed = Array(repeating: 0, count: columns)
        summed = Array(repeating: false, count: columns)
    }

    /// Counts one cell of amount column `column` (its position among the amount columns).
    mutating func record(_ column: Int, _ parse: AmountParse, level: RowLevel) {
        guard filled.indices.contains(column) else { return }
        switch parse {
        case .empty:
            return
        case .amount:
            filled[column] += 1
            parsed[column] += 1
            if level == .total || level == .subtotal { summed[column] = true }
        case .invalid:
            filled[column] += 1
        }
    }

    /// True when the table confirms that `column` holds amounts: a money unit or a sum row's
    /// amount, and at least half its filled cells amounts.
    func confirms(_ column: Int) -> Bool {
        guard filled.indices.contains(column) else { return false }
        return (moneyUnit || summed[column]) && parsed[column] * 2 >= filled[column]
    }

    /// True when `text` is an entry a table prints on purpose in place of an amount, never a
    /// damaged one: a placeholder (NA, n/a, nil, x, marks only), a comparison (<5), a range
    /// (10-20, 10~20), a figure with a footnote mark or one letter before or after it (96.2*,
    /// S96.2, 25g, 1.5¹), or a share (22.5%).
    static func isEntry(_ text: String) -> Bool {
        let compact = String(text.unicodeScalars.filter { !$0.properties.isWhitespace })
        guard !compact.isEmpty else { return false }
        let letters = compact.lowercased().filter { $0.isLetter }
        if !compact.contains(where: \.isNumber) {
            return compact.allSatisfy { !$0.isLetter } || placeholders.contains(letters)
        }
        if let first = compact.unicodeScalars.first, comparisons.contains(first) {
            return isFigure(compact.unicodeScalars.dropFirst())
        }
        if compact.hasSuffix("%") || compact.hasSuffix("％") { return isFigure(compact.unicodeScalars.dropLast()) }
        if isRange(compact) { return true }
        return isMarked(compact)
    }

    /// Words tables print where no amount applies.
    private static let placeholders: Set<String> = ["na", "nil", "none", "nd", "nr", "nc", "np", "ns", "x", "xx", "xxx"]
    private static let comparisons: Set<Unicode.Scalar> = ["<", ">", "≤", "≥", "＜", "＞", "≈", "~", "～", "约"]
    private static let rangeMarks: Set<Unicode.Scalar> = ["-", "‐", "‑", "–", "—", "~", "～", "至", "到"]
    private static let footnoteMarks: Set<Unicode.Scalar> = [
        "*", "†", "‡", "§", "#", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹", "⁰", "＊", "※",
    ]

    private static func isFigure<S: Sequence<Unicode.Scalar>>(_ scalars: S) -> Bool {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        if case .amount = AmountParser.parse(String(text)) { return true }
        return false
    }

    /// Two figures with a range mark between them (the first may not be signed by it).
    private static func isRange(_ compact: String) -> Bool {
        let scalars = compact.unicodeScalars
        for index in scalars.indices where index != scalars.startIndex && rangeMarks.contains(scalars[index]) {
            let before = scalars[scalars.startIndex..<index]
            let after = scalars[scalars.index(after: index)...]
            if !before.isEmpty, !after.isEmpty, isFigure(before), isFigure(after) { return true }
        }
        return false
    }

    /// A figure with footnote marks, a bracketed mark or one letter before or after it.
    private static func isMarked(_ compact: String) -> Bool {
        var scalars = compact.unicodeScalars[...]
        var stripped = false
        while let last = scalars.last, footnoteMarks.contains(last) {
            scalars.removeLast()
            stripped = true
        }
        while let first = scalars.first, footnoteMarks.contains(first) {
            scalars.removeFirst()
            stripped = true
        }
        if !stripped, scalars.count > 3, let close = scalars.last, close == ")" || close == "]",
           let open = scalars.lastIndex(where: { $0 == (close == ")" ? "(" : "[") }), open != scalars.startIndex,
           scalars.distance(from: open, to: scalars.endIndex) <= 4 {
            scalars = scalars[..<open]
            stripped = true
        }
        if !stripped, let last = scalars.last, last.properties.isAlphabetic, scalars.count > 1,
           let before = scalars.dropLast().last, !before.properties.isAlphabetic {
            scalars.removeLast()
            stripped = true
        }
        if !stripped, let first = scalars.first, first.properties.isAlphabetic, scalars.count > 1,
           let next = scalars.dropFirst().first, !next.properties.isAlphabetic {
            scalars.removeFirst()
            stripped = true
        }
        return stripped && !scalars.isEmpty && isFigure(scalars)
    }
}
