import AllotModel

/// Documents cited in the body: 《title》（doc number）, or a doc number in brackets alone.
enum Citations {
    /// The citations in the body's free text (lines joined, so wrapped citations are whole), in
    /// order of first appearance, one per doc number; a title seen later fills a bare first citation.
    /// `recognized`: the text came from a scan's recognition, which confuses brackets (`AsRead`).
    static func find(in text: String, excluding own: String = "", recognized: Bool = false) -> [CitedDocument] {
        var cited: [CitedDocument] = []
        var positions: [String: Int] = [:]
        let found = recognized ? citations(in: AsRead.brackets(text), asRead: true) : citations(in: text)
        for citation in found where citation.docNumber != own {
            if let position = positions[citation.docNumber] {
                if cited[position].title.isEmpty { cited[position].title = citation.title }
            } else {
                positions[citation.docNumber] = cited.count
                cited.append(citation)
            }
        }
        return cited
    }

    /// The citations of the text, in order, read scalar by scalar when each scalar is a character of
    /// its own (as in Chinese text), character by character otherwise.
    private static func citations(in text: String, asRead: Bool = false) -> [CitedDocument] {
        // Every citation stands in brackets.
        guard text.unicodeScalars.contains(where: { openingBrackets.contains($0.literal) }) else { return [] }
        if text.unicodeScalars.allSatisfy(\.standsAlone) {
            // Whitespace stands alone too: without it, every scalar is still a character of its own.
            return citations(in: canonical(text.unicodeScalars.filter { !$0.isWhitespace }), asRead: asRead)
        }
        let compact = text.unicodeScalars.contains(where: \.isWhitespace) ? text.filter { !$0.isWhitespace } : text
        return citations(in: canonical(Array(compact)), asRead: asRead)
    }

    /// The text (without whitespace) with every doc number in its official form, so that brackets
    /// around a year no longer nest inside the citation's brackets: （财农（2022）90号） → （财农〔2022〕90号）.
    /// Doc numbers are replaced from the left, each search going on after the last number found, as
    /// `replacing` does with a regex. (The official form changes no character next to it, so the
    /// characters of the result are those of the text joined.)
    private static func canonical<Unit: TextUnit>(_ units: [Unit]) -> [Unit] {
        var result: [Unit] = []
        var copied = 0
        var start = 0
        while let open = nextYearBracket(in: units, after: start) {
            // A doc number starts at most 12 characters before its bracket, and not before `start`.
            var candidate = max(start, open - 12)
            var found: DocNumber.Match<Int>?
            while candidate < open, found == nil {
                found = DocNumber.match(in: units, at: candidate)
                if found == nil { candidate += 1 }
            }
            guard let match = found else {
                start = open
                continue
            }
            if result.isEmpty { result.reserveCapacity(units.count) }
            result += units[copied..<match.agency.lowerBound]
            result += Unit.units(of: DocNumber(match, in: units).text)
            copied = match.end
            start = match.end
        }
        guard copied > 0 else { return units }
        result += units[copied...]
        return result
    }

    /// The first unit after `start` that may open a doc number's year: a bracket followed by 19 or 20
    /// (no doc number ends before the first of them).
    private static func nextYearBracket<Unit: TextUnit>(in units: [Unit], after start: Int) -> Int? {
        var index = start + 1
        while index + 2 < units.count {
            if yearBrackets.contains(units[index].literal) {
                let century = (units[index + 1].literal, units[index + 2].literal)
                if century == (0x31, 0x39) || century == (0x32, 0x30) { return index }
            }
            index += 1
        }
        return nil
    }

    private static let yearBrackets = literals("〔[【(〖（［﹝")

    /// Each bracket group `[(（]([^()（）]{1,200})[)）]` (found by hand, see `Cursor`) whose parts are
    /// doc numbers; the 《title》 right before the group names its number when the group holds only one.
    /// `asRead` (recognized text, whose closing brackets a scan may lose): an opening bracket right
    /// before a whole doc number cites it without its closing bracket, and a 《 left open up to
    /// the bracket gives the title.
    private static func citations<Unit: TextUnit>(in text: [Unit], asRead: Bool = false) -> [CitedDocument] {
        var found: [CitedDocument] = []
        var index = 0
        while index < text.count {
            guard openingBrackets.contains(text[index].literal) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < text.count, !brackets.contains(text[end].literal) { end += 1 }
            guard (1...200).contains(end - index - 1), end < text.count,
                  closingBrackets.contains(text[end].literal) else {
                if asRead, let match = DocNumber.match(in: text, at: index + 1) {
                    let number = DocNumber(match, in: text).text
                    found.append(CitedDocument(docNumber: number, title: title(before: index, in: text, asRead: true)))
                    index = match.end
                } else {
                    index += 1
                }
                continue
            }
            // A doc number ends in 号, and nothing normalizes to 号 but 号 itself (see `DocNumber.whole`).
            guard text[(index + 1)..<end].contains(where: { $0.holds(0x53F7) }) else {
                index = end + 1
                continue
            }
            let group = Unit.string(text[(index + 1)..<end])
            let numbers = group.split(whereSeparator: { "、，,；;和及".contains($0) })
                .compactMap { DocNumber.whole(documentPart(String($0)))?.text }
            if !numbers.isEmpty {
                let title = numbers.count == 1 ? title(before: index, in: text) : ""
                found += numbers.map { CitedDocument(docNumber: $0, title: title) }
            }
            index = end + 1
        }
        return found
    }

    private static let openingBrackets = literals("(（")
    private static let closingBrackets = literals(")）")
    private static let brackets = openingBrackets.union(closingBrackets)

    /// A part of a citation bracket without a trailing 文 or 文件: 财农〔2022〕90号文 → 财农〔2022〕90号.
    private static func documentPart(_ part: String) -> String {
        if part.hasSuffix("号文件") { return String(part.dropLast(2)) }
        if part.hasSuffix("号文") { return String(part.dropLast(1)) }
        return part
    }

    /// The title in 《》 ending right at `end`, empty when the bracket does not follow a 《》.
    /// `asRead`: a 《 left open up to `end` (its 》 lost by the scan) opens the title too, when no
    /// sentence ends in between.
    private static func title<Unit: TextUnit>(before end: Int, in text: [Unit], asRead: Bool = false) -> String {
        let head = text[..<end]
        if head.last?.literal == 0x300B, let open = head.lastIndex(where: { $0.literal == 0x300A }) {
            return Unit.string(head[(open + 1)..<(end - 1)])   // 《 》
        }
        guard asRead, let open = head.lastIndex(where: { $0.literal == 0x300A }), end - open - 1 <= AsRead.titleLength,
              !head[(open + 1)...].contains(where: { AsRead.titleBreaks.contains($0.literal) }) else { return "" }
        return Unit.string(head[(open + 1)...])
    }
}
