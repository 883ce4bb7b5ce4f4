/// Where a quoted sentence is printed in a page's text (characters without spaces, lines joined in
/// reading order), for marking it: the whole sentence, else the end of a sentence begun on the page
/// before (at the top of the page) or the start of one that goes on over the page (at its bottom,
/// before at most a page number).
enum SentenceSearch {
    /// Characters a page may print after a sentence's start or before its end (a page number, a
    /// running head).
    static let margin = 12
    /// The fewest characters of a sentence taken as its piece on a page.
    static let shortest = 6

    /// The range of `text` the sentence (or its piece on this page) occupies; nil when it is not there.
    static func find(_ sentence: [Character], in text: [Character]) -> Range<Int>? {
        guard !sentence.isEmpty, !text.isEmpty else { return nil }
        if let start = first(sentence[...], in: text, from: 0) { return start..<(start + sentence.count) }
        let most = min(sentence.count - 1, text.count)
        guard most >= shortest else { return nil }
        for length in stride(from: most, through: shortest, by: -1) {
            let end = sentence[(sentence.count - length)...]
            if let start = first(end, in: text, from: 0), start <= margin { return start..<(start + length) }
            let begin = sentence[..<length]
            let from = max(0, text.count - length - margin)
            if let start = first(begin, in: text, from: from) { return start..<(start + length) }
        }
        return nil
    }

    /// The first index at or after `from` where `piece` is printed in `text`.
    static func first(_ piece: ArraySlice<Character>, in text: [Character], from: Int) -> Int? {
        guard piece.count <= text.count, from <= text.count - piece.count else { return nil }
        let head = piece[piece.startIndex]
        for start in from...(text.count - piece.count) where text[start] == head {
            if text[start..<(start + piece.count)].elementsEqual(piece) { return start }
        }
        return nil
    }
}
