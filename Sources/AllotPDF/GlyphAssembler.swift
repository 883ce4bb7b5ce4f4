import AllotModel

/// Pairs poppler's page text with its per-scalar boxes and font sizes.
enum GlyphAssembler {
    /// Builds a page's glyphs. poppler gives one box per Unicode scalar of the page text
    /// (newlines get zero-size boxes); mismatched lengths are tolerated, never trapped on.
    static func page(number: Int, raw: Poppler.RawPage) -> PageText {
        let sizes = fontSizeLookup(raw.fontSizes)
        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(raw.boxes.count)
        var index = 0
        for scalar in raw.text.unicodeScalars {
            defer { index += 1 }
            guard index < raw.boxes.count else { break }
            if scalar == "\n" || scalar == "\r" { continue }
            let (x0, y0, x1, y1) = raw.boxes[index]
            guard x0.isFinite, y0.isFinite, x1.isFinite, y1.isFinite else { continue }
            let box = Box(x0: min(x0, x1), y0: min(y0, y1), x1: max(x0, x1), y1: max(y0, y1))
            glyphs.append(Glyph(scalar: scalar, box: box, fontSize: sizes(index)))
        }
        return PageText(number: number, width: raw.width, height: raw.height, glyphs: glyphs)
    }

    /// A lookup from scalar index to font size over inclusive, sorted ranges.
    private static func fontSizeLookup(_ ranges: [(start: Int, end: Int, size: Double)]) -> (Int) -> Double {
        let sorted = ranges.sorted { $0.start < $1.start }
        var cursor = 0
        // Indices are queried in increasing order, so a moving cursor keeps this linear.
        return { index in
            while cursor < sorted.count, sorted[cursor].end < index { cursor += 1 }
            guard cursor < sorted.count, sorted[cursor].start <= index else { return 0 }
            return sorted[cursor].size
        }
    }
}
