import AllotModel

/// Tells totals, subtotals and items apart by their labels (全省合计, 太原市小计, 盂县).
public enum RowClassifier {
    /// Words that end a total or subtotal label.
    static let sumWords = ["合计", "总计", "共计"]
    /// Scopes written after 全 in a grand-total label (全省合计, 全市总计).
    static let wholeScopes: Set<String> = ["省", "市", "区", "县", "州", "盟", "国"]
    /// Suffixes of province-level names: "山西省合计" is the grand total, not a subtotal.
    static let provinceSuffixes = ["省", "自治区"]
    /// Lead-ins of rows that break a total down (其中：太原市).
    static let leadIns = ["其中:", "其中", "含:", "包括:"]
    /// Digits used in Chinese list numbering (一、, (二)).
    static let chineseNumerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "〇"]

    /// Classifies a row label; the label is normalized first, so padding does not matter.
    public static func classify(_ label: String) -> RowClass {
        let name = strippingLeadIns(NameNormalizer.normalize(label))
        // Every sum word ends in 计: any other name is an item, without the Character-wise tests.
        guard name.unicodeScalars.last == "计" else { return RowClass(level: .item, region: name) }
        if name == "小计" { return RowClass(level: .subtotal, region: nil) }
        if sumWords.contains(name) || isWholeScopeTotal(name) {
            return RowClass(level: .total, region: nil)
        }
        if name.hasSuffix("小计") {
            return RowClass(level: .subtotal, region: String(name.dropLast(2)))
        }
        if let word = sumWords.first(where: { name.hasSuffix($0) }) {
            let region = String(name.dropLast(word.count))
            let isProvince = provinceSuffixes.contains { region.hasSuffix($0) }
            return RowClass(level: isProvince ? .total : .subtotal, region: region)
        }
        return RowClass(level: .item, region: name)
    }

    /// 全省合计, 全市总计, 全区共计.
    private static func isWholeScopeTotal(_ name: String) -> Bool {
        guard name.hasPrefix("全"), let word = sumWords.first(where: { name.hasSuffix($0) }) else { return false }
        let scope = name.dropFirst().dropLast(word.count)
        return wholeScopes.contains(String(scope))
    }

    /// Removes 其中： and list numbering (1、 2. (3) 四、) from the front, repeatedly.
    static func strippingLeadIns(_ name: String) -> String {
        // Lead-ins and list numbers start with 其, 含, 包, "(" or a numeral, and only a trailing ":"
        // is dropped: a name starting and ending otherwise comes back as it is.
        if let first = name.unicodeScalars.first, !mayStartLeadIn(first), name.unicodeScalars.last != ":" {
            return name
        }
        var rest = Substring(name.hasSuffix(":") ? String(name.dropLast()) : name)
        while true {
            if let leadIn = leadIns.first(where: { rest.hasPrefix($0) && rest.count > $0.count }) {
                rest = rest.dropFirst(leadIn.count)
            } else if let numbered = droppingNumber(rest) {
                rest = numbered
            } else {
                return String(rest)
            }
        }
    }

    /// The text after a leading list number, or nil when there is none (or nothing after it).
    private static func droppingNumber(_ text: Substring) -> Substring? {
        let afterParenthesis: Substring?
        if text.hasPrefix("("), let close = text.firstIndex(of: ")") {
            let inside = text[text.index(after: text.startIndex)..<close]
            afterParenthesis = !inside.isEmpty && inside.allSatisfy(isNumeral) ? text[text.index(after: close)...] : nil
        } else {
            afterParenthesis = nil
        }
        if let rest = afterParenthesis {
            return rest.isEmpty ? nil : rest
        }
        let number = text.prefix(while: isNumeral)
        let rest = text.dropFirst(number.count)
        guard !number.isEmpty, let mark = rest.first, mark == "、" || (mark == "." && number.allSatisfy(\.isASCII)),
              rest.count > 1
        else { return nil }
        return rest.dropFirst()
    }

    /// The first scalars of the lead-ins and of list numbers (a numeral, or "(" before one).
    private static func mayStartLeadIn(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "0"..."9", "(", "其", "含", "包", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "〇": true
        default: false
        }
    }

    private static func isNumeral(_ character: Character) -> Bool {
        ("0"..."9").contains(character) || chineseNumerals.contains(character)
    }
}
