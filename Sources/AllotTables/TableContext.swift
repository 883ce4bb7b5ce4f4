import AllotModel
import AllotText

/// What the lines between the previous table and this one say about it: the title (the block
/// right above the table, unit lines skipped), the unit line and the attachment label.
struct TableContext {
    /// One line before the table.
    struct Line {
        /// Text with all whitespace removed, normalized.
        var compact: String
        /// Block the line came from (lines split by `<br>` share one).
        var block: Int
    }

    /// Title, normalized, lines joined; empty when the block above is not a title.
    private(set) var title = ""
    /// Positions (in the lines given) of the lines that make up the title.
    private(set) var titleLines: [Int] = []
    /// Unit of the last unit line ("单位：万元" → 万元), empty when none.
    private(set) var unit = ""
    /// Who compiled the table, as the last line naming them says (编制部门：某局 单位：元, 编制单位：某局
    /// alone or after the title), empty when none.
    private(set) var compiler = ""
    /// Last attachment label alone on its line (附件, 附件1), empty when none.
    private(set) var attachment = ""

    /// Punctuation that marks prose, after NFKC (，→, ：→: ；→;).
    static let sentencePunctuation: Set<Character> = [",", ";", ":", "。", "“", "”", "!", "?"]

    init(lines: [Line], maximumTitleLength: Int) {
        for line in lines {
            if let unit = TableFurniture.unit(line.compact) {
                self.unit = unit
                if let name = TableFurniture.compiler(line.compact) { compiler = name }
            } else if let field = TableFurniture.compilerField(line.compact) {
                compiler = field.compiler
            }
            if let label = TableFurniture.attachmentLabel(line.compact) { attachment = label }
        }
        // The title: the block above the unit and compiler lines, without a compiler field at its end.
        let texts = lines.map { TableFurniture.withoutCompiler($0.compact) }
        var position = lines.count - 1
        while position >= 0, TableFurniture.unit(lines[position].compact) != nil || texts[position].isEmpty { position -= 1 }
        guard position >= 0 else { return }
        let block = lines[position].block
        var run: [Int] = []
        while position >= 0, lines[position].block == block {
            guard Self.isTitle(texts[position], maximumLength: maximumTitleLength) else { return }
            run.insert(position, at: 0)
            position -= 1
        }
        titleLines = run
        title = run.map { texts[$0] }.joined()
    }

    /// Whether the whole of `text` is a date as the regex `\d{4}年\d{1,2}月\d{1,2}日` matches one
    /// (`\d` a `Character.isNumber`, each ideograph canonically equivalent), written out by hand:
    /// Swift builds a regex literal each time it is evaluated.
    static func isDate(_ text: String) -> Bool {
        var index = text.startIndex
        func digits(_ range: ClosedRange<Int>) -> Bool {
            var count = 0
            while count < range.upperBound, index < text.endIndex, text[index].isNumber {
                index = text.index(after: index)
                count += 1
            }
            return count >= range.lowerBound
        }
        func take(_ character: Character) -> Bool {
            guard index < text.endIndex, text[index] == character else { return false }
            index = text.index(after: index)
            return true
        }
        return digits(4...4) && take("年") && digits(1...2) && take("月") && digits(1...2) && take("日")
            && index == text.endIndex
    }

    /// Short, no sentence punctuation, not a label, unit, date or bracketed note (（此件公开发布）).
    static func isTitle(_ compact: String, maximumLength: Int) -> Bool {
        guard !compact.isEmpty, compact.count <= maximumLength,
              !compact.contains(where: { sentencePunctuation.contains($0) }),
              TableFurniture.attachmentLabel(compact) == nil, TableFurniture.unit(compact) == nil,
              !isDate(compact) else { return false }
        let bracketed = (compact.hasPrefix("(") && compact.hasSuffix(")"))
            || (compact.hasPrefix("【") && compact.hasSuffix("】"))
        return !bracketed
    }
}
