/// How far a table cell's text is set in from the cell's left edge, in em, as a browser draws it:
/// `padding-left` and `text-indent` on the cell, and those with `margin-left` on the elements that
/// wrap its first text (`<p style="text-indent:2em">`, `<span style="padding-left:24px">`), and
/// the `mso-char-indent-count` that Excel and WPS write when they save a sheet as a web page.
/// Inline styles and the page's class rules both count. Spaces at the start of the text (　,
/// &nbsp;) stay in the cell's text; the table stage counts them.
enum CellIndent {
    /// Font size assumed where the cell declares none (a browser's default), in CSS pixels.
    static let defaultFontPixels = 16.0

    /// The indent of `cell` (a `<td>`/`<th>` in `row`), nil when its text is centred or
    /// right-aligned (its left edge then depends on its width, not on the level of the row).
    static func em(of cell: HTMLElement, row: HTMLElement?, rules: StyleRules) -> Double? {
        var chain = [cell]
        var current = cell
        while let next = firstContentChild(of: current) {
            chain.append(next)
            current = next
        }
        let declared = chain.map(rules.declarations)
        // An alignment on a wrapper, else the cell's, else the row's, decides.
        var aligned: String? = zip(chain, declared).reversed().lazy.compactMap { alignment($0, $1) }.first
        if aligned == nil, let row { aligned = alignment(row, rules.declarations(of: row)) }
        if let aligned, aligned != "left" { return nil }
        let fontPixels = declared.reversed().lazy.compactMap { $0["font-size"].flatMap(pixels(fontSize:)) }.first
            ?? defaultFontPixels
        var total = 0.0
        for (index, declarations) in declared.enumerated() {
            var properties = ["padding-left", "text-indent"]
            if index > 0 { properties.append("margin-left") }  // table cells have no margins
            for property in properties {
                if let value = declarations[property] ?? shorthandLeft(declarations, property), let em = em(value, fontPixels) {
                    total += em
                }
            }
            if let count = declarations["mso-char-indent-count"].flatMap(Double.init), count.isFinite {
                total += count
            }
        }
        return total.isFinite ? max(total, 0) : 0
    }

    /// The child element holding the cell's first text, when no text comes before it.
    private static func firstContentChild(of element: HTMLElement) -> HTMLElement? {
        for child in element.children {
            switch child {
            case let .text(text):
                if HTMLText.hasContent(text) || text.unicodeScalars.contains(where: isIndentingSpace) { return nil }
            case let .element(inner):
                if inner.name == "br" || inner.name == "table" { return nil }
                if HTMLText.hasContent(inner.text) || inner.text.unicodeScalars.contains(where: isIndentingSpace) {
                    return inner
                }
            }
        }
        return nil
    }

    /// Spaces HTML keeps (NBSP, ideographic space): they indent the text, the table stage counts them.
    private static func isIndentingSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{00A0}" || scalar == "\u{3000}"
    }

    /// "left", "center" or "right" as the element declares it (text-align, else align), nil when it does not.
    private static func alignment(_ element: HTMLElement, _ declarations: [String: String]) -> String? {
        guard let value = declarations["text-align"] ?? element.attribute("align")?.lowercased().trimmedCSS else { return nil }
        switch value {
        case "center", "-webkit-center", "middle": return "center"
        case "right", "end", "-webkit-right": return "right"
        default: return "left"
        }
    }

    /// The left part of a `padding` or `margin` shorthand (1-4 values: top right bottom left).
    private static func shorthandLeft(_ declarations: [String: String], _ property: String) -> String? {
        let shorthand = property == "padding-left" ? "padding" : property == "margin-left" ? "margin" : nil
        guard let shorthand, let value = declarations[shorthand] else { return nil }
        let values = value.split(separator: " ").map(String.init)
        switch values.count {
        case 1: return values[0]
        case 2, 3: return values[1]
        case 4: return values[3]
        default: return nil
        }
    }

    /// A CSS length in em of a font `fontPixels` tall; nil for what is not a length (auto, %).
    static func em(_ value: String, _ fontPixels: Double) -> Double? {
        let number = value.prefix { $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") }
        guard let amount = Double(number), amount.isFinite, abs(amount) < 10_000 else { return nil }
        switch value.dropFirst(number.count) {
        case "em", "rem": return amount
        case "px": return amount / fontPixels
        case "pt": return amount * 4 / 3 / fontPixels
        case "ch", "ex": return amount / 2
        case "": return amount == 0 ? 0 : nil
        default: return nil
        }
    }

    /// A font size in CSS pixels (px, pt, or em of the default).
    private static func pixels(fontSize value: String) -> Double? {
        em(value, defaultFontPixels).map { $0 * defaultFontPixels }.flatMap { $0 > 0 ? $0 : nil }
    }
}
