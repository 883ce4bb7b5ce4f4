import AllotModel

/// A row of figures in a page's text layer: amounts printed side by side on one line, each
/// standing apart from the next, with no word between them. A table of few figures (the 三公 table:
/// one row of three amounts, eleven digits) shows no more than this in its text, but running text
/// does not: there a figure touches its unit or the words around it (为1.00万元).
enum AmountRow {
    /// Least gap between two figures of a row, in em of the larger: the space between two cells,
    /// not a word space.
    static let cellGap = 1.0

    /// True when some line holds at least `count` figures side by side (words of digits and
    /// separators only, on one line, at least `cellGap` apart, no word between them). Words are
    /// glyphs that touch in text-layer order; lines are found by position, since a text layer
    /// may give a row's cells in another order (ONLYOFFICE interleaves a header line with them).
    static func holds(_ glyphs: [Glyph], count: Int) -> Bool {
        guard count > 0 else { return false }
        let words = self.words(glyphs)
        guard words.lazy.filter(\.isFigure).count >= count else { return false }
        for line in lines(words) {
            var run = 0
            var previous: Word?
            for word in line {
                if word.isFigure {
                    run = previous.map { $0.isFigure && word.box.x0 - $0.box.x1 >= cellGap * size($0, word) } == true ? run + 1 : 1
                    if run >= count { return true }
                } else {
                    run = 0
                }
                previous = word
            }
        }
        return false
    }

    /// Glyphs that touch, in text-layer order, as words.
    private static func words(_ glyphs: [Glyph]) -> [Word] {
        var words: [Word] = []
        var last: Box?
        for glyph in glyphs where !glyph.isSpace {
            if let last, RuleExtractor.touches(last, glyph.box), !words.isEmpty {
                words[words.count - 1].add(glyph)
            } else {
                words.append(Word(glyph))
            }
            last = glyph.box
        }
        return words
    }

    /// Words in lines, top to bottom, each left to right: a word joins the line whose first word's
    /// centre is within half the larger height of its own.
    private static func lines(_ words: [Word]) -> [[Word]] {
        var lines: [[Word]] = []
        for word in words.sorted(by: { ($0.box.midY, $0.box.x0) < ($1.box.midY, $1.box.x0) }) {
            if let first = lines.last?.first, abs(word.box.midY - first.box.midY) <= size(first, word) / 2 {
                lines[lines.count - 1].append(word)
            } else {
                lines.append([word])
            }
        }
        return lines.map { $0.sorted { $0.box.x0 < $1.box.x0 } }
    }

    private static func size(_ one: Word, _ other: Word) -> Double {
        max(one.box.height, other.box.height, 1)
    }

    /// Glyphs that touch, in text-layer order: a word of the line.
    private struct Word {
        var box: Box
        var digits = false
        var onlyFigures = true

        init(_ glyph: Glyph) {
            box = glyph.box
            add(glyph)
        }

        /// A figure: digits, with separators, a decimal point or a minus sign at most.
        var isFigure: Bool { digits && onlyFigures }

        mutating func add(_ glyph: Glyph) {
            box = box.union(glyph.box)
            if let scalar = glyph.scalar {
                add(scalar)
            } else {
                glyph.text.unicodeScalars.forEach { add($0) }
            }
        }

        private mutating func add(_ scalar: Unicode.Scalar) {
            if ("0"..."9").contains(scalar) || ("\u{FF10}"..."\u{FF19}").contains(scalar) {
                digits = true
            } else if !".,-\u{FF0E}\u{FF0C}\u{2212}".unicodeScalars.contains(scalar) {
                onlyFigures = false
            }
        }
    }
}
