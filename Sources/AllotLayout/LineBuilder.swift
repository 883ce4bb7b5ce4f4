import AllotModel

/// Turns a page's glyphs (in whatever order the text layer emitted them) into visual lines,
/// top to bottom, each split into cells by horizontal gaps.
public struct LineBuilder: Sendable {
    /// Tolerances.
    public var settings: LayoutSettings

    /// Creates a builder.
    public init(settings: LayoutSettings = LayoutSettings()) {
        self.settings = settings
    }

    /// The lines of a page, top to bottom. Glyphs are handled by their position in the page's
    /// list (copying glyphs was much of this stage's cost), their space tests and classes read
    /// from the glyphs, where they were worked out once.
    public func lines(of page: PageText) -> [TextLine] {
        let minimum = settings.minimumGlyphSize
        let isPlaced = { (glyph: Glyph) in glyph.box.width > minimum || glyph.box.height > minimum }
        // Most pages place every glyph: their array is shared, not copied glyph by glyph.
        let placed = page.glyphs.allSatisfy(isPlaced) ? page.glyphs : page.glyphs.filter(isPlaced)
        let glyphs = PlacedGlyphs(placed)
        let ink = placed.indices.filter { !glyphs.isSpace[$0] }.sorted {
            (glyphs.boxes[$0].midY, glyphs.boxes[$0].x0) < (glyphs.boxes[$1].midY, glyphs.boxes[$1].x0)
        }
        // A line's glyphs are a run of `ink` (sorted by centre, a line's glyphs follow each other):
        // each line is kept as the range of its run, not as a copy of its positions.
        var runs: [Range<Int>] = []
        var bands: [Box] = []
        // Each line is judged by the running mean of its glyphs' centres and heights, not by the
        // union of their boxes, which would let closely stacked lines (a two-level header, a unit
        // line above it) chain into one.
        var centre = 0.0
        var height = 0.0
        for (position, index) in ink.enumerated() {
            let box = glyphs.boxes[index]
            if let last = bands.last, let run = runs.last, sharesLine(box, centre: centre, height: height) {
                runs[runs.count - 1] = run.lowerBound..<position + 1
                bands[bands.count - 1] = last.union(box)
                centre += (box.midY - centre) / Double(run.count + 1)
                height += (box.height - height) / Double(run.count + 1)
            } else {
                runs.append(position..<position + 1)
                bands.append(box)
                centre = box.midY
                height = box.height
            }
        }
        let spaces = placed.indices.filter { glyphs.isSpace[$0] }
        let verticals = (page.rules ?? []).filter { $0.axis == .vertical }
        var buffers: (current: [Int], text: [UInt8]) = ([], [])
        return zip(runs, bands).map { run, band in
            let padding = spaces.filter {
                let box = glyphs.boxes[$0]
                return band.verticalOverlap(box) >= settings.lineOverlap * box.height && box.midX > band.x0 && box.midX < band.x1
            }
            let borders = verticals.filter { $0.start <= band.midY && band.midY <= $0.end }.map(\.position)
            return line(page: page.number, ink: ink[run], padding: padding, band: band, borders: borders, glyphs: glyphs,
                        buffers: &buffers)
        }
    }

    /// A glyph shares a line when its centre is within the overlap share of the smaller height
    /// from the line's mean centre (for equal heights: the boxes overlap by at least that share).
    private func sharesLine(_ box: Box, centre: Double, height: Double) -> Bool {
        let smaller = min(box.height, height)
        guard smaller > 0 else { return abs(box.midY - centre) <= max(box.height, height) / 2 }
        return abs(box.midY - centre) <= (1 - settings.lineOverlap) * smaller
    }

    /// `borders`: x of the vertical rules crossing the line; a cell never spans one, however
    /// close the glyphs on either side (two amounts printed without a gap between their cells).
    /// `buffers`: the cell being gathered (positions) and its UTF-8 text, reused from one cell and
    /// line of the page to the next.
    private func line(page: Int, ink: ArraySlice<Int>, padding: [Int], band: Box, borders: [Double],
                      glyphs: PlacedGlyphs, buffers: inout (current: [Int], text: [UInt8])) -> TextLine {
        let placed = glyphs.all
        let x0 = glyphs.x0
        // The sorts are stable: glyphs already left to right (most lines, read in the text
        // layer's order) are what they would give, and are not sorted again.
        let inOrder = { (indices: ArraySlice<Int>) in zip(indices, indices.dropFirst()).allSatisfy { x0[$0] <= x0[$1] } }
        // The line's run copied once: its ink sorted first (in place: the order `sorted` gives),
        // the padding (a few lines have any) sorted in after it.
        var all = Array(ink)
        if !inOrder(ink) { all.sort { x0[$0] < x0[$1] } }
        let fontSize = Self.dominantSize(of: all, glyphs: glyphs)
        if !padding.isEmpty {
            all.append(contentsOf: padding)
            if !inOrder(all[...]) { all.sort { x0[$0] < x0[$1] } }
        }
        var cells: [TextCell] = []
        // Room for a row's cells made once (a cell holds one ink glyph at least), not grown by doubling.
        cells.reserveCapacity(min(ink.count, 8))
        // The page's buffers, taken (not copied: a copy would be made again on the first append).
        var current: [Int] = [], text: [UInt8] = []
        swap(&current, &buffers.current)
        swap(&text, &buffers.text)
        current.removeAll(keepingCapacity: true)
        var previous: Int?
        for index in all {
            if glyphs.isSpace[index] {
                if !current.isEmpty { current.append(index) }
                continue
            }
            if let previous, startsCell(after: previous, next: index, em: fontSize, glyphs: glyphs)
                || borders.contains(where: { glyphs.midX[previous] < $0 && $0 < glyphs.midX[index] }) {
                cells.append(Self.cell(current, glyphs: glyphs, text: &text))
                current.removeAll(keepingCapacity: true)
            }
            current.append(index)
            previous = index
        }
        if !current.isEmpty { cells.append(Self.cell(current, glyphs: glyphs, text: &text)) }
        buffers = (current, text)
        return TextLine(page: page, box: band, fontSize: fontSize, cells: cells, glyphs: all.map { placed[$0] })
    }

    private func startsCell(after previous: Int, next: Int, em: Double, glyphs: PlacedGlyphs) -> Bool {
        let gap = glyphs.boxes[next].x0 - glyphs.boxes[previous].x1
        if gap > settings.cellGap * em { return true }
        // A number never has a gap inside it: a gap next to a digit ends a label or an amount,
        // even when two wide amounts in neighbouring columns nearly touch.
        return (glyphs.kind(previous) == .digit || glyphs.kind(next) == .digit) && gap > settings.labelNumberGap * em
    }

    /// `text`: a buffer the page's cells share, emptied here.
    private static func cell(_ indices: [Int], glyphs: PlacedGlyphs, text: inout [UInt8]) -> TextCell {
        var trimmed = indices[...]
        while let last = trimmed.last, glyphs.isSpace[last] { trimmed.removeLast() }
        var box: Box?
        // The text is built as UTF-8 from the glyphs' scalars and decoded once: no String a glyph,
        // and no copy of a glyph (its box is read from the flat array).
        text.removeAll(keepingCapacity: true)
        text.reserveCapacity(trimmed.count * 3)
        for index in trimmed {
            glyphs.all[index].appendUTF8(to: &text)
            if !glyphs.isSpace[index] {
                let glyphBox = glyphs.boxes[index]
                box = box.map { $0.union(glyphBox) } ?? glyphBox
            }
        }
        return TextCell(text: String(decoding: text, as: UTF8.self), box: box ?? Box(x0: 0, y0: 0, x1: 0, y1: 0))
    }

    /// `dominantSize` of the glyphs at `indices`, read from the sizes worked out once per glyph.
    private static func dominantSize(of indices: [Int], glyphs: PlacedGlyphs) -> Double {
        mostCommon(indices.lazy.map { glyphs.roundedSize[$0] })
    }

    /// The most common font size among the glyphs, falling back to the glyph height.
    static func dominantSize(_ glyphs: some Collection<Glyph>) -> Double {
        mostCommon(glyphs.lazy.map(roundedSize))
    }

    /// A glyph's size as `dominantSize` counts it: its font size (its height when it has none) to
    /// a tenth of a point.
    static func roundedSize(_ glyph: Glyph) -> Double {
        let raw = glyph.fontSize > 0 ? glyph.fontSize : glyph.box.height
        return (raw * 10).rounded() / 10
    }

    /// The most common of the sizes (the larger on a tie), 10 when there is none above zero.
    private static func mostCommon(_ roundedSizes: some Collection<Double>) -> Double {
        // Most lines have one size: that is the most common, without a list to count in.
        var iterator = roundedSizes.makeIterator()
        guard let first = iterator.next() else { return 10 }
        var second = iterator.next()
        while let size = second, size == first { second = iterator.next() }
        guard second != nil else { return first > 0 ? first : 10 }
        // A line has a few sizes: counted in a short list, not a dictionary.
        var sizes: [(size: Double, count: Int)] = []
        for size in roundedSizes {
            if let known = sizes.firstIndex(where: { $0.size == size }) {
                sizes[known].count += 1
            } else {
                sizes.append((size, 1))
            }
        }
        let best = sizes.max { ($0.count, $0.size) < ($1.count, $1.size) }?.size ?? 0
        return best > 0 ? best : 10
    }
}

/// A page's placed glyphs with each one's space test, character class, left edge, centre and
/// rounded size (stored in the glyph or worked out once, read into flat arrays: the line stage
/// sorts and compares them many times, and copying a glyph costs more than reading a number).
private final class PlacedGlyphs {
    let all: [Glyph]
    let isSpace: [Bool]
    let boxes: [Box]
    let x0: [Double]
    let midX: [Double]
    let roundedSize: [Double]
    private let kinds: [CharacterKind]

    init(_ glyphs: [Glyph]) {
        all = glyphs
        // One pass a field, each array made at its size (no capacity grown or checked per glyph).
        isSpace = glyphs.map(\.isSpace)
        kinds = glyphs.map(\.kind)
        boxes = glyphs.map(\.box)
        roundedSize = glyphs.map(LineBuilder.roundedSize)
        x0 = boxes.map(\.x0)
        midX = boxes.map(\.midX)
    }

    /// The character class of the glyph at `index` (an index of `all`).
    func kind(_ index: Int) -> CharacterKind {
        kinds[index]
    }
}
