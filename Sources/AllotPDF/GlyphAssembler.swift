import AllotModel

/// Pairs poppler's page text with its per-scalar boxes and font sizes.
enum GlyphAssembler {
    /// Builds a page's glyphs. poppler gives one box per Unicode scalar of the page text
    /// (newlines get zero-size boxes); mismatched lengths are tolerated, never trapped on.
    /// Each glyph is made from its scalar and the flat boxes, without a String.
    static func page(number: Int, raw: Poppler.RawPage) -> PageText {
        // Font-size runs are inclusive scalar ranges; indices only grow, so a moving cursor over
        // the runs keeps this linear.
        let runs = raw.fontSizes.sorted { $0.start < $1.start }
        var run = 0
        let count = min(raw.scalars.count, raw.boxCount)
        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(count)
        raw.scalars.withUnsafeBufferPointer { scalars in
            raw.boxes.withUnsafeBufferPointer { boxes in
                for index in 0..<count {
                    let scalar = scalars[index]
                    if scalar == "\n" || scalar == "\r" { continue }
                    let x0 = boxes[4 * index], y0 = boxes[4 * index + 1]
                    let x1 = boxes[4 * index + 2], y1 = boxes[4 * index + 3]
                    guard x0.isFinite, y0.isFinite, x1.isFinite, y1.isFinite else { continue }
                    while run < runs.count, runs[run].end < index { run += 1 }
                    let size = run < runs.count && runs[run].start <= index ? runs[run].size : 0
                    let box = Box(x0: min(x0, x1), y0: min(y0, y1), x1: max(x0, x1), y1: max(y0, y1))
                    glyphs.append(Glyph(scalar: scalar, box: box, fontSize: size))
                }
            }
        }
        return PageText(number: number, width: raw.width, height: raw.height, glyphs: glyphs)
    }
}
