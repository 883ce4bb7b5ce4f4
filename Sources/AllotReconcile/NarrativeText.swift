/// The words of a body sentence as the linker compares them with row labels: quotes, spaces and
/// the classification marks of the explanations (（类）, （204类）, （06款）, （01项）) taken out, so
/// "“一般公共服务支出（类）财政事务（款）行政运行（项）”" reads 一般公共服务支出财政事务行政运行.
enum NarrativeText {
    static let quotes: Set<Character> = ["“", "”", "\"", "‘", "’", "'", "「", "」", "《", "》"]

    static func normalize(_ text: String) -> String {
        var characters = Array(text.filter { !$0.isWhitespace }.map { quotes.contains($0) ? "|" : $0 })
        var result: [Character] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "（" || character == "(" {
                var end = index + 1
                while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
                if end + 1 < characters.count, "类款项".contains(characters[end]),
                   characters[end + 1] == "）" || characters[end + 1] == ")" {
                    result.append("|")
                    index = end + 2
                    continue
                }
            }
            result.append(character)
            index += 1
        }
        characters = result
        return String(characters).replacingOccurrences(of: "其它", with: "其他")
    }

    /// Characters a label may follow: a separator left by a mark or quote, punctuation, a list number.
    static func isBoundary(_ character: Character) -> Bool {
        "|，。：；、（）()：:,;".contains(character) || character.isNumber
    }

    /// True when `text` ends with `label` and the label starts at a word boundary.
    static func endsWithLabel(_ text: String, _ label: String) -> Bool {
        guard text.hasSuffix(label) else { return false }
        let before = text.dropLast(label.count)
        guard let last = before.last else { return true }
        return isBoundary(last)
    }

    /// A row label as the linker matches it: normalized, without its list number (一、 （一） 1.).
    static func label(_ name: String) -> String {
        var text = Substring(normalize(name).filter { $0 != "|" })
        if let first = text.first, first == "（" || first == "(" {
            if let close = text.firstIndex(where: { $0 == "）" || $0 == ")" }), text.distance(from: text.startIndex, to: close) <= 4 {
                text = text[text.index(after: close)...]
            }
        } else {
            let number = text.prefix { $0.isNumber || "一二三四五六七八九十".contains($0) }
            let rest = text.dropFirst(number.count)
            if !number.isEmpty, number.count <= 3, let mark = rest.first, "、.．".contains(mark) {
                text = rest.dropFirst()
            }
        }
        if text.hasPrefix("其中：") || text.hasPrefix("其中:") { text = text.dropFirst(3) }
        return String(text)
    }

    /// Words after a label that only say "the amount is" (为, 共计, 支出决算为): stripped from the end
    /// of a sentence's words before the number, one at a time.
    static let fillers = ["|", "为", "是", "共计", "总额", "金额", "共", "计", "达", "合计", "总计", "预算安排", "安排",
                          "预算数", "预算", "决算数", "支出决算", "决算", "：", ":", "，", ",", "、", "。", "（", "）", "(", ")"]

    /// Words that put a figure in another period or make it a change: such a figure restates no cell.
    static let otherPeriod = ["上年", "上一年", "去年", "执行数", "年初预算", "调整预算", "比", "较", "同比", "增加", "减少",
                              "增长", "下降", "持平", "完成", "以前年度"]

    /// The lead stripped of fillers step by step: the lead itself first.
    static func stages(_ lead: String) -> [String] {
        var stages = [lead]
        var current = lead
        var changed = true
        while changed, !current.isEmpty {
            changed = false
            for filler in fillers where current.hasSuffix(filler) {
                current = String(current.dropLast(filler.count))
                stages.append(current)
                changed = true
                break
            }
        }
        return stages
    }

    /// True when nothing but fillers and a year (2026年, 当年, 本年) is left: the figure restates the
    /// item's own topic in the document's period.
    static func onlyFillers(_ lead: String) -> Bool {
        var rest = lead
        for word in ["当年", "本年", "全年"] { rest = rest.replacingOccurrences(of: word, with: "") }
        var characters = Array(rest)
        var kept: [Character] = []
        var index = 0
        while index < characters.count {
            if index + 4 < characters.count, characters[index..<(index + 4)].allSatisfy({ $0.isASCII && $0.isNumber }),
               characters[index + 4] == "年" {
                index += 5
                continue
            }
            kept.append(characters[index])
            index += 1
        }
        characters = kept
        guard let last = stages(String(characters)).last else { return true }
        return last.isEmpty
    }
}
