import AllotModel

/// Documents cited in the body: 《title》（doc number）, or a doc number in brackets alone.
enum Citations {
    /// The citations in the body's free text (lines joined, so wrapped citations are whole), in
    /// order of first appearance, one per doc number; a title seen later fills a bare first citation.
    static func find(in text: String, excluding own: String = "") -> [CitedDocument] {
        var cited: [CitedDocument] = []
        var positions: [String: Int] = [:]
        for citation in citations(in: canonical(text)) where citation.docNumber != own {
            if let position = positions[citation.docNumber] {
                if cited[position].title.isEmpty { cited[position].title = citation.title }
            } else {
                positions[citation.docNumber] = cited.count
                cited.append(citation)
            }
        }
        return cited
    }

    /// The text without whitespace and with every doc number in its official form, so that brackets
    /// around a year no longer nest inside the citation's brackets: （财农（2022）90号） → （财农〔2022〕90号）.
    private static func canonical(_ text: String) -> String {
        text.filter { !$0.isWhitespace }.replacing(DocNumber.pattern) { match in
            DocNumber(match: match.output).text
        }
    }

    /// Each bracket group whose parts are doc numbers; the 《title》 right before the group names
    /// its number when the group holds only one.
    private static func citations(in text: String) -> [CitedDocument] {
        var found: [CitedDocument] = []
        for group in text.matches(of: /[(（]([^()（）]{1,200})[)）]/) {
            let numbers = group.1.split(whereSeparator: { "、，,；;和及".contains($0) })
                .compactMap { DocNumber.whole(documentPart(String($0)))?.text }
            guard !numbers.isEmpty else { continue }
            let title = numbers.count == 1 ? title(before: group.range.lowerBound, in: text) : ""
            found += numbers.map { CitedDocument(docNumber: $0, title: title) }
        }
        return found
    }

    /// A part of a citation bracket without a trailing 文 or 文件: 财农〔2022〕90号文 → 财农〔2022〕90号.
    private static func documentPart(_ part: String) -> String {
        if part.hasSuffix("号文件") { return String(part.dropLast(2)) }
        if part.hasSuffix("号文") { return String(part.dropLast(1)) }
        return part
    }

    /// The title in 《》 ending right at `end`, empty when the bracket does not follow a 《》.
    private static func title(before end: String.Index, in text: String) -> String {
        let head = text[..<end]
        guard head.last == "》", let open = head.lastIndex(of: "《") else { return "" }
        return String(head[head.index(after: open)..<head.index(before: head.endIndex)])
    }
}
