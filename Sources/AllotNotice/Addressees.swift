/// The addressees (主送机关): flush-left line(s) ending in a colon right after the title.
struct Addressees {
    /// The addressees, joined over their lines, without the colon.
    let text: String
    /// Their lines.
    let range: Range<Int>

    /// The addressees starting at line `start` (right after the title), possibly wrapped.
    static func find(in lines: NoticeLines, at start: Int) -> Addressees? {
        for index in start..<(start + lines.settings.maxAddresseeLines) {
            let text = lines.text(index)
            guard !text.isEmpty, !DocumentWords.endsSentence(text), !DocumentWords.startsClosingPart(text),
                  index == start ? !lines.isIndented(index) : lines.isClose(index - 1, index) else { return nil }
            if DocumentWords.endsWithColon(text) { return make(start..<(index + 1), in: lines) }
        }
        return nil
    }

    /// The addressees of a notice whose title was not found: a single flush-left line ending in a
    /// colon among the first lines after `start`, before any paragraph begins.
    static func findUntitled(in lines: NoticeLines, from start: Int) -> Addressees? {
        for index in start..<(start + lines.settings.maxTitleLines + 1) {
            let text = lines.text(index)
            guard !text.isEmpty, !lines.isIndented(index), !DocumentWords.endsSentence(text),
                  !DocumentWords.startsClosingPart(text) else { return nil }
            if DocumentWords.endsWithColon(text) { return make(index..<(index + 1), in: lines) }
        }
        return nil
    }

    private static func make(_ range: Range<Int>, in lines: NoticeLines) -> Addressees? {
        var text = lines.freeText(range)
        while let last = text.last, last == ":" || last == "：" { text.removeLast() }
        return text.isEmpty ? nil : Addressees(text: text, range: range)
    }
}
