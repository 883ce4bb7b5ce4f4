import AllotModel

/// The title (标题): up to `maxTitleLines` lines in one type size after the doc number, ending in a
/// document type (通知, 决定, 意见…).
struct TitleBlock {
    /// The title, joined over its lines and normalized.
    let text: String
    /// Its lines.
    let range: Range<Int>

    /// The title starting at or shortly after line `start`, nil when the lines there do not end like one.
    static func find(in lines: NoticeLines, from start: Int) -> TitleBlock? {
        // The signers' names (签发人, 上行文) may run over lines under the doc number, before the title.
        var first = start
        var signers = lines.text(start - 1).foundationContains("签发人")
        while first < lines.count {
            let text = lines.text(first)
            if text.foundationContains("签发人") {
                signers = true
            } else if !(signers && isSignerName(text)) {
                break
            }
            first += 1
        }
        var candidates: [Int] = []
        var index = first
        while index < lines.count, candidates.count < lines.settings.maxTitleLines {
            let text = lines.text(index)
            guard !text.isEmpty, !DocumentWords.endsWithColon(text), !DocumentWords.endsSentence(text),
                  !DocumentWords.endsClause(text),
                  !DocumentWords.startsClosingPart(text),
                  candidates.isEmpty || lines.sameFontSize(first, index) else { break }
            candidates.append(index)
            index += 1
        }
        // The longest run that ends like a title: a first line may itself end in 计划 or 方案.
        for count in stride(from: candidates.count, to: 0, by: -1) {
            let range = first..<(first + count)
            if DocumentWords.endsTitle(range.map(lines.text).joined()) {
                return TitleBlock(text: lines.freeText(range), range: range)
            }
        }
        return nil
    }

    /// A signer's name: two to four Han characters, shorter than any title.
    private static func isSignerName(_ compact: String) -> Bool {
        (2...4).contains(compact.count) && compact.unicodeScalars.allSatisfy(\.properties.isIdeographic)
    }
}
