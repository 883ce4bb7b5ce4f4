/// Where a quoted sentence is printed in a page's text (characters without spaces, lines joined in
/// reading order), for marking it: the whole sentence, else the end of a sentence begun on the page
/// before (at the top of the page) or the start of one that goes on over the page (at its bottom,
/// before at most a page number).
enum SentenceSearch {
    /// Characters a page may print before a sentence's end or after its start (a page number, a
    /// running head).
    static let margin = 12
    /// The fewest characters of a sentence taken as its piece on a page.
    static let shortest = 6

    /// The range of `text` the sentence (or its piece on this page) occupies; nil when it is not there.
    static func find(_ sentence: [Character], in text: [Character]) -> Range<Int>? {
        guard sentence.count >= shortest, !text.isEmpty else { return nil }
        if let start = first(sentence, in: text) { return start..<(start + sentence.count) }
        guard sentence.count > shortest else { return nil }
        // The end of a sentence begun on the page before, at the top of this page: the longest tail.
        for start in 0...min(margin, text.count - 1) {
            for cut in 1...(sentence.count - shortest) where sentence[cut] == text[start] {
                let length = sentence.count - cut
                if start + length <= text.count, text[start..<(start + length)].elementsEqual(sentence[cut...]) {
                    return start..<(start + length)
                }
            }
        }
        // The start of a sentence that goes on over the page, at its bottom.
        for start in max(0, text.count - sentence.count - margin)..<text.count where text[start] == sentence[0] {
            var length = 0
            while start + length < text.count, length < sentence.count, text[start + length] == sentence[length] {
                length += 1
            }
            if length >= shortest, text.count - (start + length) <= margin { return start..<(start + length) }
        }
        return nil
    }

    /// The first index where `piece` is printed in `text`.
    static func first(_ piece: [Character], in text: [Character]) -> Int? {
        guard let head = piece.first, piece.count <= text.count else { return nil }
        for start in 0...(text.count - piece.count) where text[start] == head {
            if text[start..<(start + piece.count)].elementsEqual(piece) { return start }
        }
        return nil
    }
}
