import AllotXML

/// Where a docx paragraph's first line starts, in em of its text, from its `w:ind`: the left (or
/// start) indent plus the first-line indent, less a hanging one. Word writes them in twentieths of
/// a point (`w:left="420"`) or, set in characters as Chinese documents usually are, in hundredths
/// of a character (`w:leftChars="200"`), which wins when both are given.
enum DOCXIndent {
    /// Points of text when no run states its size: 五号 (10.5 pt), Word's body size for Chinese.
    static let defaultFontSize = 10.5

    /// The first line's indent in em; nil when the paragraph is centred or set from the right.
    static func em(of paragraph: MarkupElement) -> Double? {
        let properties = paragraph.child("pPr")
        switch properties?.child("jc")?.attribute("val") {
        case "center", "right", "end", "distribute": return nil
        default: break
        }
        guard let indent = properties?.child("ind") else { return 0 }
        let size = fontSize(of: paragraph)
        func length(_ name: String, chars: String) -> Double {
            if let value = number(indent.attribute(chars)) { return value / 100 }
            return (number(indent.attribute(name)) ?? 0) / 20 / size
        }
        let left = indent.attribute("leftChars") != nil || indent.attribute("left") != nil
            ? length("left", chars: "leftChars") : length("start", chars: "startChars")
        let first = length("firstLine", chars: "firstLineChars") - length("hanging", chars: "hangingChars")
        return max(0, left + first)
    }

    /// The size in points of the paragraph's first run (`w:sz`, half-points), else its mark's.
    private static func fontSize(of paragraph: MarkupElement) -> Double {
        let run = paragraph.children("r").first?.child("rPr")?.child("sz")
            ?? paragraph.child("pPr")?.child("rPr")?.child("sz")
        guard let halfPoints = number(run?.attribute("val")), halfPoints > 0 else { return defaultFontSize }
        return halfPoints / 2
    }

    /// A finite number of at most a few thousand (a hostile attribute gives 0).
    private static func number(_ text: String?) -> Double? {
        guard let text, let value = Double(text), value.isFinite, abs(value) <= maximumValue else { return nil }
        return value
    }

    /// Larger indents are no indentation a page could show (twips of ten metres).
    static let maximumValue = 1_000_000.0
}
