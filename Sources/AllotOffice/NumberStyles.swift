import AllotXML

/// What each cell style (xl/styles.xml) says of how a cell is shown: how many decimals its number
/// format shows, so that a stored value the format rounds for display can be noted (nil: shows what
/// is stored, General), and how far its alignment sets text in from the cell's left edge.
struct NumberStyles {
    /// Decimals shown per style index (cellXfs order); nil for General or a non-numeric format.
    var decimals: [Int?] = []
    /// `<alignment indent="N">` steps per style index (nil: centred, right-aligned or filled, so
    /// the text's left edge says nothing of its level); styles beyond the list are flush left.
    var indents: [Int?] = []

    /// One indent step in em: ECMA-376 (§18.8.1) makes a step three spaces wide, half an em each.
    static let emPerIndentStep = 1.5

    /// The built-in number formats that show a fixed count of decimals (ECMA-376 §18.8.30; the
    /// same ids in BIFF8's XF records). Ids 5-8 (currency) and 41-44 (accounting; 43 is the Comma
    /// cell style, 千位分隔) are spelled by the reader's locale: the codes here are en-US's, and
    /// zh-CN's (`"¥"#,##0.00;"¥"\-#,##0.00`, `_ * #,##0.00_ ;…`) show the same decimals.
    static let builtInFormats: [Int: String] = [
        1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00",
        5: ##""$"#,##0_);("$"#,##0)"##, 6: ##""$"#,##0_);[Red]("$"#,##0)"##,
        7: ##""$"#,##0.00_);("$"#,##0.00)"##, 8: ##""$"#,##0.00_);[Red]("$"#,##0.00)"##,
        37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)",
        41: ##"_(* #,##0_);_(* \(#,##0\);_(* "-"_);_(@_)"##,
        42: ##"_("$"* #,##0_);_("$"* \(#,##0\);_("$"* "-"_);_(@_)"##,
        43: ##"_(* #,##0.00_);_(* \(#,##0.00\);_(* "-"??_);_(@_)"##,
        44: ##"_("$"* #,##0.00_);_("$"* \(#,##0.00\);_("$"* "-"??_);_(@_)"##,
    ]

    static func read(_ package: ZipPackage, part: String?) throws(OfficeError) -> NumberStyles {
        guard let part, package.contains(part) else { return NumberStyles() }
        let root = try PackageXML.parse(package, part)
        var formats = builtInFormats
        for format in root.child("numFmts")?.children("numFmt") ?? [] {
            if let id = format.attribute("numFmtId").flatMap({ Int($0) }), let code = format.attribute("formatCode") {
                formats[id] = code
            }
        }
        let styles = root.child("cellXfs")?.children("xf") ?? []
        return NumberStyles(decimals: styles.map { style in
            style.attribute("numFmtId").flatMap { Int($0) }.flatMap { formats[$0] }.flatMap(shownDecimals)
        }, indents: styles.map { indent(alignment: $0.child("alignment")) })
    }

    /// The indent steps an `<alignment>` gives text set from the left (general, left, justify,
    /// distributed), 0 without an indent; nil for text set otherwise. Excel allows 250 at most.
    static func indent(alignment: MarkupElement?) -> Int? {
        let horizontal = alignment?.attribute("horizontal") ?? "general"
        guard ["general", "left", "justify", "distributed"].contains(horizontal) else { return nil }
        guard let steps = alignment?.attribute("indent").flatMap({ Int($0) }), steps > 0 else { return 0 }
        return min(steps, maximumIndentSteps)
    }

    /// The most indent steps a style may give (Excel's own limit).
    static let maximumIndentSteps = 250

    /// The indent steps of text set in style `index` (`indents`).
    func indent(style index: Int?) -> Int? {
        guard let index, indents.indices.contains(index) else { return 0 }
        return indents[index]
    }

    /// Decimals a number format shows in its positive section; nil for General, text, dates, percents.
    static func shownDecimals(_ code: String) -> Int? {
        let section = code.split(separator: ";", omittingEmptySubsequences: false).first.map(String.init) ?? code
        var plain = ""
        var quoted = false
        var escaped = false
        var bracket = false
        for character in section {
            if escaped { escaped = false; continue }
            switch character {
            case "\\" where !quoted: escaped = true
            case "_" where !quoted, "*" where !quoted: escaped = true  // a space as wide as the next character; the next repeated
            case "\"": quoted.toggle()
            case "[" where !quoted: bracket = true
            case "]" where !quoted: bracket = false
            default: if !quoted, !bracket { plain.append(character) }
            }
        }
        let lower = plain.lowercased()
        guard lower.contains("0") || lower.contains("#"), !lower.contains("%"), !lower.contains("e+"),
              !lower.contains(where: { "ymdhs".contains($0) }) else { return nil }
        guard let point = plain.firstIndex(of: ".") else { return 0 }
        return plain[plain.index(after: point)...].prefix { $0 == "0" || $0 == "#" || $0 == "?" }.count
    }

    /// The stored number as the format shows it when the format only adds zeros (3023.9 with 0.00 →
    /// 3023.90: the same value, as printed); otherwise the stored text unchanged.
    func shown(stored: String, style index: Int?) -> String {
        guard let index, decimals.indices.contains(index), let shown = decimals[index], shown > 0,
              stored.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }) else { return stored }
        let fraction = stored.firstIndex(of: ".").map { stored[stored.index(after: $0)...].count } ?? 0
        guard fraction < shown else { return stored }
        return stored + (fraction == 0 ? "." : "") + String(repeating: "0", count: shown - fraction)
    }

    /// True when the stored number has more fraction digits than style `index` shows.
    func hidesDecimals(style index: Int?, stored: String) -> Bool {
        guard let index, decimals.indices.contains(index), let shown = decimals[index] else { return false }
        guard let point = stored.firstIndex(of: ".") else { return false }
        let fraction = stored[stored.index(after: point)...].reversed().drop { $0 == "0" }
        return fraction.count > shown
    }
}
