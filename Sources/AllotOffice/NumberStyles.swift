/// How many decimals each cell style's number format shows (from xl/styles.xml), so that a
/// stored value the format rounds for display can be noted. nil: shows what is stored (General).
struct NumberStyles {
    /// Decimals shown per style index (cellXfs order); nil for General or a non-numeric format.
    var decimals: [Int?] = []

    static func read(_ package: ZipPackage, part: String?) throws(OfficeError) -> NumberStyles {
        guard let part, package.contains(part) else { return NumberStyles() }
        let root = try PackageXML.parse(package, part)
        var formats: [Int: String] = [1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 37: "#,##0 ;(#,##0)",
                                      38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)"]
        for format in root.child("numFmts")?.children("numFmt") ?? [] {
            if let id = format.attribute("numFmtId").flatMap({ Int($0) }), let code = format.attribute("formatCode") {
                formats[id] = code
            }
        }
        let styles = root.child("cellXfs")?.children("xf") ?? []
        return NumberStyles(decimals: styles.map { style in
            style.attribute("numFmtId").flatMap { Int($0) }.flatMap { formats[$0] }.flatMap(shownDecimals)
        })
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
            case "\\": escaped = true
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
