import AllotModel
/// Recognizes page furniture and table labels: page numbers, unit lines, attachment labels,
/// units in headers. Shared by the PDF and HTML table readers. Hand-written matchers: these run
/// on every line of every page, where Swift Regex is too slow.
public enum TableFurniture {
    private static let dashes: Set<Character> = ["—", "–", "-", "－", "─", "﹣"]
    private static let chineseDigits: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    /// "— 3 —", "-3-", "- 3 -", "第3页"; a bare "3" only in the page margins (`inMargin`).
    public static func isPageNumber(_ compact: String, inMargin: Bool) -> Bool {
        // Every page number has an ASCII digit and at most 14 characters: most lines of a page
        // are turned away by these two tests, without building the array of characters.
        guard compact.utf8.withContiguousStorageIfAvailable({ $0.contains { (0x30...0x39).contains($0) } })
            ?? compact.utf8.contains(where: { (0x30...0x39).contains($0) }) else { return false }
        if let count = PlainSearch.characterCount(of: compact) {
            // Plain text (most lines) counts its characters by their scalars.
            if count > 14 { return false }
        } else {
            var counted = 0
            for _ in compact {
                counted += 1
                if counted > 14 { return false }
            }
        }
        let characters = Array(compact)
        let leading = characters.prefix { dashes.contains($0) }.count
        let trailing = characters.reversed().prefix { dashes.contains($0) }.count
        if (1...2).contains(leading), (1...2).contains(trailing), leading + trailing < characters.count {
            return isDigits(characters[leading..<(characters.count - trailing)], maximum: 4)
        }
        if characters.first == "第", let page = characters.firstIndex(of: "页"), page > 1,
           isDigits(characters[1..<page], maximum: 4) {
            let rest = characters[(page + 1)...]
            if rest.isEmpty { return true }
            guard rest.first == "共", rest.last == "页", rest.count > 2 else { return false }
            return isDigits(rest.dropFirst().dropLast(), maximum: 4)
        }
        if inMargin, let slash = characters.firstIndex(of: "/"), slash > 0,
           isDigits(characters[..<slash], maximum: 4), isDigits(characters[(slash + 1)...], maximum: 4) {
            return true  // "2/7", as browsers print page numbers
        }
        if inMargin, isDigits(characters[...], maximum: 3) { return true }
        // A scanned "— 3 —" comes back from OCR as "一3一", "ee3" or "03": in the margin, a page
        // number's digits among a few marks or letters, no other text.
        let digits = characters.filter { $0.isASCII && $0.isNumber }
        return inMargin && (1...3).contains(digits.count) && characters.count <= 5
            && characters.allSatisfy { ($0.isASCII && !$0.isWhitespace) || $0 == "一" || dashes.contains($0) }
    }

    /// The unit named by a unit line ("单位：万元" → "万元"), nil when the line is not one.
    /// A line naming the table's compiler before its unit ("编制部门：某局 单位：元") is a unit line too.
    public static func unit(_ compact: String) -> String? {
        // Every unit line has 单位 (alone or after the compiler field): a byte search turns the
        // other lines away.
        guard compact.contains(scalarsOf: "单位") else { return nil }
        return unitAlone(Substring(compact)) ?? compilerAndUnit(compact)?.unit
    }

    /// Who compiled the table, as its unit line names them before the unit ("编制部门：某局 单位：元"
    /// → 某局, "填报单位:某县财政局 金额单位:万元" → 某县财政局); nil for any other line, and for a
    /// unit line without a compiler field.
    public static func compiler(_ compact: String) -> String? {
        guard compact.contains(scalarsOf: "单位"), let name = compilerAndUnit(compact)?.compiler, !name.isEmpty
        else { return nil }
        return name
    }

    /// Who compiled the table, from a line that names them without a unit: a line of its own
    /// ("编制单位：某局", rest empty) or the end of the title's line ("…预算表编制单位：某局",
    /// "…预算表（编制部门：某局）", rest the title); nil when the line has no such field. Away from
    /// the unit field, only a key that says so (`compilerKeys`) names a compiler; the field ends the
    /// line and is one name (no other field, no sentence).
    public static func compilerField(_ compact: String) -> (compiler: String, rest: String)? {
        // Every such line has a colon: the other lines are turned away by a byte search.
        guard hasByte(0x3A, in: compact) || compact.contains(scalarsOf: "：") else { return nil }
        for key in compilerKeys {
            guard let range = compact.foundationRange(of: key) else { continue }
            var value = compact[range.upperBound...]
            guard let colon = value.first, colon == ":" || colon == "：" else { continue }
            value = value.dropFirst()
            var rest = compact[..<range.lowerBound]
            if let open = rest.last, open == "(" || open == "（", let close = value.last, close == ")" || close == "）" {
                rest = rest.dropLast()
                value = value.dropLast()
            }
            guard (1...compilerNameLength).contains(value.count), rest.count <= compilerNameLength * 2,
                  !(value + rest).contains(where: { fieldPunctuation.contains($0) }) else { return nil }
            return (String(value), String(rest))
        }
        return nil
    }

    /// The line without a compiler field at its end (the title of "…预算表编制单位：某局").
    public static func withoutCompiler(_ compact: String) -> String {
        compilerField(compact)?.rest ?? compact
    }

    /// Keys that name who compiled or filed a table (部门名称：某局 and 单位名称：某中心 too, as final
    /// accounts print the line above their tables).
    static let compilerKeys = ["编制部门", "编制单位", "编制机关", "填报单位", "填报部门", "报送单位", "主管部门", "部门名称", "单位名称"]
    /// A compiler's name has at most this many characters (a title before it, twice as many).
    static let compilerNameLength = 40
    /// Marks that end a field or a sentence: a line holding them is more than a compiler field.
    private static let fieldPunctuation: Set<Character> = [":", "：", ",", "，", ";", "；", "。", "!", "！", "?", "？"]

    /// The compiler field and unit field of a unit line that names both, or nil: a field whose key
    /// names a department or unit ("编制部门：某局单位：元", "填报单位:某县财政局 金额单位:万元"), then a
    /// unit field naming a money unit ending the line.
    private static func compilerAndUnit(_ compact: String) -> (compiler: String, unit: String)? {
        guard let colon = compact.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let key = compact[..<colon]
        guard (2...compilerKeyLength).contains(key.count),
              compilerKeySuffixes.contains(where: { key.hasSuffix($0) }) || compilerKeys.contains(String(key)),
              !key.hasPrefix("单位"), !key.hasPrefix("附件") else { return nil }
        let value = compact[compact.index(after: colon)...]
        guard let field = value.foundationRange(of: "单位", backwards: true), field.lowerBound > value.startIndex
        else { return nil }
        guard let unit = unitAlone(value[field.lowerBound...]), moneyUnits.contains(unit) else { return nil }
        // The unit field's own words before 单位 (金额单位, （单位) are not the compiler's name.
        var name = value[..<field.lowerBound]
        if name.hasSuffix("金额") { name = name.dropLast(2) }
        while let last = name.last, last == "(" || last == "（" || last == "," || last == "，" || last == ";" || last == "；" {
            name = name.dropLast()
        }
        return (String(name), unit)
    }

    /// Keys of the field naming who compiled a table (编制部门, 编制单位, 填报单位, 主管部门).
    static let compilerKeySuffixes = ["部门", "单位", "机关"]
    /// A compiler field's key has at most this many characters.
    static let compilerKeyLength = 8

    /// The unit of a line that is only a unit ("单位：万元", "（金额单位：万元）").
    private static func unitAlone(_ line: Substring) -> String? {
        var text = line
        if text.first == "(" || text.first == "（" { text = text.dropFirst() }
        if text.last == ")" || text.last == "）" { text = text.dropLast() }
        if text.hasPrefix("金额") { text = text.dropFirst(2) }
        guard text.hasPrefix("单位"), let separator = text.dropFirst(2).first else { return nil }
        if separator == ":" || separator == "：" {
            let unit = text.dropFirst(3)
            return (1...8).contains(unit.count) ? String(unit) : nil
        }
        // Scans: OCR reads the colon as another mark or loses it; only a money unit then makes it a unit line.
        let unit = unitSeparatorLookalikes.contains(separator) ? text.dropFirst(3) : text.dropFirst(2)
        return moneyUnits.contains(String(unit)) ? String(unit) : nil
    }

    /// Marks OCR reads in place of the colon of 单位：.
    static let unitSeparatorLookalikes: Set<Character> = [";", "；", ",", "，", ".", "。", "、"]
    /// Units an amount table states.
    static let moneyUnits: Set<String> = Set(moneyUnitsLongestFirst)
    /// The same, a unit before any other it ends with (万元 before 元), for suffix and prefix tests.
    public static let moneyUnitsLongestFirst = ["万元", "亿元", "千元", "元"]

    /// The attachment label alone on its line ("附件", "附件1", "附件2：", "附件一"), nil otherwise.
    public static func attachmentLabel(_ compact: String) -> String? {
        guard compact.hasPrefix("附件") else { return nil }
        var label = Substring(compact)
        if label.last == ":" || label.last == "：" { label = label.dropLast() }
        let suffix = label.dropFirst(2)
        guard suffix.count <= 3, suffix.allSatisfy({ $0.isASCII && $0.isNumber || chineseDigits.contains($0) }) else {
            return nil
        }
        return String(label)
    }

    /// A unit stated in a header cell ("中央资金（万元）" → "万元").
    public static func unitInHeader(_ compact: String) -> String? {
        guard compact.foundationContains("元") else { return nil }
        for unit in moneyUnitsLongestFirst {
            for (open, close) in [("(", ")"), ("（", "）")] where compact.foundationContains(open + unit + close) {
                return unit
            }
        }
        return nil
    }

    /// The header text without a trailing unit in brackets.
    public static func strippingUnit(_ compact: String) -> String {
        // Every form ends in a closing bracket, a character of its own with no other canonical form:
        // a text ending otherwise has none of them (most header and body cells).
        guard let last = compact.unicodeScalars.last, last == ")" || last == "）" else { return compact }
        for unit in moneyUnitsLongestFirst {
            for (open, close) in [("(", ")"), ("（", "）")] where compact.hasSuffix(open + unit + close) {
                return String(compact.dropLast(unit.count + 2))
            }
        }
        return compact
    }

    /// A line that ends in a unit ("…分配表单位:万元"), split into the text before it and the unit.
    public static func trailingUnit(_ compact: String) -> (rest: String, unit: String)? {
        for unit in moneyUnitsLongestFirst {
            for prefix in ["单位:", "单位：", "金额单位:", "金额单位："] {
                for (open, close) in [("", ""), ("(", ")"), ("（", "）")] {
                    let tail = open + prefix + unit + close
                    if compact.hasSuffix(tail), compact.count > tail.count {
                        return (String(compact.dropLast(tail.count)), unit)
                    }
                }
            }
        }
        return nil
    }

    /// `text.utf8.contains(byte)`, over the bytes in place where they are contiguous.
    static func hasByte(_ byte: UInt8, in text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? text.utf8.contains(byte)
    }

    /// True when a cell holds a number (not a dash, not text).
    public static func isAmount(_ text: String) -> Bool {
        // Most cells asked about are labels. A scalar of U+4000-U+9FFF (UTF-8 lead byte E4-E9: CJK
        // ideographs, hexagrams) is never a digit, sign, separator, dash or space, and NFKC keeps
        // it as it is, so the cell is no amount: answered without the general path's normalization.
        if text.utf8.contains(where: { (0xE4...0xE9).contains($0) }) { return false }
        // A plain number (most amounts) is an amount, told without building its value.
        if AmountParser.isPlainNumber(text) { return true }
        if case .amount = AmountParser.parse(text) { return true }
        return false
    }

    private static func isDigits(_ characters: ArraySlice<Character>, maximum: Int) -> Bool {
        !characters.isEmpty && characters.count <= maximum && characters.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
