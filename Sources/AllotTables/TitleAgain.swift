/// Whether a title line names the table already open (its title printed again on a continuation
/// page, reworded: …（续）, 续表, shortened) or another table whose title differs in a part that
/// tells tables apart: another batch (第二批), year (2025年), attachment number (附件2) or fund
/// (省级 for 中央). Titles are compared by aligning their characters: what the candidate drops
/// from the title is a rewording; a numeral it adds or changes, or a word it puts in place of
/// one of the title's, names another table.
struct TitleAgain {
    let title: String
    let settings: TableSettings

    /// True when `compact` (a line's text without spaces) is the title printed again. Numbers are
    /// compared by value, however written (`TitleNumbers`: 二〇二四年 is 2024年).
    /// `numeralMisread`: one numeral of the title read as another (2028 for 2023, 第8批 for 第3批,
    /// the rest the same) is the same title; only for text a scan's recognition gave, and only
    /// where the table's structure goes on (`TableFinder` asks for it under those conditions).
    func matches(_ compact: String, numeralMisread: Bool = false) -> Bool {
        if compact == title { return true }
        let (marklessRest, marked) = Self.withoutContinuationMark(compact)
        if marklessRest.isEmpty { return marked }
        guard !title.isEmpty else { return false }
        let rest = TitleNumbers.arabic(marklessRest)
        let title = TitleNumbers.arabic(self.title)
        if !marked {
            let characters = Set(title)
            let shared = rest.filter { characters.contains($0) }.count
            guard Double(shared) >= settings.titleAgainShare * Double(rest.count) else { return false }
        }
        return !namesAnotherTable(rest, title, numeralMisread: numeralMisread)
    }

    /// The text without its continuation marks, and whether it had one: 续 with the 表 and the
    /// sheet number after it (续表, 续表2, 续一), and a bracketed part naming the continuation or
    /// the page (（续）, （续一）, （第2页）).
    static func withoutContinuationMark(_ compact: String) -> (rest: Substring, marked: Bool) {
        // A text without the scalars has neither character (told without forming characters).
        guard compact.unicodeScalars.contains(where: { $0 == "续" || $0 == "页" }),
              compact.contains("续") || compact.contains("页") else { return (Substring(compact), false) }
        var rest = ""
        var marked = false
        var bracketed: String?
        var inMark = false
        for character in compact {
            if var part = bracketed {
                part.append(character)
                bracketed = part
                if character == "）" || character == ")" {
                    // A bracketed part naming the continuation or the page is the mark; any other is the title's.
                    if part.contains("续") || part.contains("页") { marked = true } else { rest += part }
                    bracketed = nil
                }
                continue
            }
            if character == "（" || character == "(" {
                bracketed = String(character)
                inMark = false
            } else if character == "续" {
                marked = true
                inMark = true
            } else if inMark, character == "表" || Self.isNumeral(character) {
                continue
            } else {
                rest.append(character)
                inMark = false
            }
        }
        return (Substring(rest + (bracketed ?? "")), marked)
    }

    /// True when the candidate, aligned with the title character by character (longest common
    /// subsequence), puts other characters where the title has some (a substitution longer than
    /// `titleAgainSubstitution` characters, or a numeral in place of another character) or adds a
    /// numeral. One numeral in the title read as one character that is no numeral (a scan's
    /// misreading, 202囚 for 2024) is no other number: it is the one character misread; with
    /// `numeralMisread`, so is one numeral read as another numeral, once in the title.
    private func namesAnotherTable(_ candidate: [Character], _ title: [Character], numeralMisread: Bool) -> Bool {
        // Titles are short (a line); a pair too long to align is judged by the share alone.
        guard candidate.count * title.count <= settings.titleAgainAlignmentCells else { return false }
        let columns = title.count + 1
        var common = [Int](repeating: 0, count: (candidate.count + 1) * columns)
        for i in stride(from: candidate.count - 1, through: 0, by: -1) {
            for j in stride(from: title.count - 1, through: 0, by: -1) {
                common[i * columns + j] = candidate[i] == title[j]
                    ? common[(i + 1) * columns + j + 1] + 1
                    : max(common[(i + 1) * columns + j], common[i * columns + j + 1])
            }
        }
        var i = 0, j = 0
        var added: [Character] = [], dropped: [Character] = []
        var numeralMisreads = numeralMisread ? 1 : 0
        func differs() -> Bool {
            let misread = added.count == 1 && dropped.count == 1 && settings.titleAgainSubstitution >= 1
            if misread, numeralMisreads > 0, added.allSatisfy(Self.isNumeral), dropped.allSatisfy(Self.isNumeral) {
                numeralMisreads -= 1
                added = []
                dropped = []
                return false
            }
            let numeral = added.contains(where: Self.isNumeral)
                || (!added.isEmpty && !misread && dropped.contains(where: Self.isNumeral))
            let substituted = !added.isEmpty && !dropped.isEmpty
                && max(added.count, dropped.count) > settings.titleAgainSubstitution
            added = []
            dropped = []
            return numeral || substituted
        }
        while i < candidate.count || j < title.count {
            if i < candidate.count, j < title.count, candidate[i] == title[j],
               common[i * columns + j] == common[(i + 1) * columns + j + 1] + 1 {
                if differs() { return true }
                i += 1
                j += 1
            } else if j < title.count, i == candidate.count || common[i * columns + j + 1] >= common[(i + 1) * columns + j] {
                if Self.isSignificant(title[j]) { dropped.append(title[j]) }
                j += 1
            } else {
                if Self.isSignificant(candidate[i]) { added.append(candidate[i]) }
                i += 1
            }
        }
        return differs()
    }

    /// Punctuation, brackets and spaces are no part that tells titles apart.
    private static func isSignificant(_ character: Character) -> Bool {
        !(character.isPunctuation || character.isWhitespace || character.isSymbol)
    }

    /// Digits and the ideographs that write numbers (第一批, 二〇二四年, 附件二).
    private static func isNumeral(_ character: Character) -> Bool {
        character.isNumber || "〇零一二三四五六七八九十百千两".contains(character)
    }
}
