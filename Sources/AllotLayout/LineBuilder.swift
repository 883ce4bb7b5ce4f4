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

    /// The lines of a page, top to bottom.
    public func lines(of page: PageText) -> [TextLine] {
        let placed = page.glyphs.filter {
            $0.box.width > settings.minimumGlyphSize || $0.box.height > settings.minimumGlyphSize
        }
        let ink = placed.filter { !$0.isSpace }.sorted { ($0.box.midY, $0.box.x0) < ($1.box.midY, $1.box.x0) }
        var groups: [[Glyph]] = []
        var bands: [Box] = []
        // Each line is judged by the running mean of its glyphs' centres and heights, not by the
        // union of their boxes, which would let closely stacked lines (a two-level header, a unit
        // line above it) chain into one.
        var centre = 0.0
        var height = 0.0
        for glyph in ink {
            if let last = bands.last, let count = groups.last?.count, sharesLine(glyph.box, centre: centre, height: height) {
                groups[groups.count - 1].append(glyph)
                bands[bands.count - 1] = last.union(glyph.box)
                centre += (glyph.box.midY - centre) / Double(count + 1)
                height += (glyph.box.height - height) / Double(count + 1)
            } else {
                groups.append([glyph])
                bands.append(glyph.box)
                centre = glyph.box.midY
                height = glyph.box.height
            }
        }
        let spaces = placed.filter(\.isSpace)
        let verticals = (page.rules ?? []).filter { $0.axis == .vertical }
        return zip(groups, bands).map { group, band in
            let padding = spaces.filter { band.verticalOverlap($0.box) >= settings.lineOverlap * $0.box.height
                && $0.box.midX > band.x0 && $0.box.midX < band.x1 }
            let borders = verticals.filter { $0.start <= band.midY && band.midY <= $0.end }.map(\.position)
            return line(page: page.number, ink: group, padding: padding, band: band, borders: borders)
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
    private func line(page: Int, ink: [Glyph], padding: [Glyph], band: Box, borders: [Double]) -> TextLine {
        let sortedInk = ink.sorted { $0.box.x0 < $1.box.x0 }
        let all = (sortedInk + padding).sorted { $0.box.x0 < $1.box.x0 }
        let fontSize = Self.dominantSize(sortedInk)
        var cells: [TextCell] = []
        var current: [Glyph] = []
        var previous: Glyph?
        for glyph in all {
            if glyph.isSpace {
                if !current.isEmpty { current.append(glyph) }
                continue
            }
            if let previous, startsCell(after: previous, next: glyph, em: fontSize)
                || borders.contains(where: { previous.box.midX < $0 && $0 < glyph.box.midX }) {
                cells.append(Self.cell(current))
                current = []
            }
            current.append(glyph)
            previous = glyph
        }
        if !current.isEmpty { cells.append(Self.cell(current)) }
        return TextLine(page: page, box: band, fontSize: fontSize, cells: cells, glyphs: all)
    }

    private func startsCell(after previous: Glyph, next: Glyph, em: Double) -> Bool {
        let gap = next.box.x0 - previous.box.x1
        if gap > settings.cellGap * em { return true }
        // A number never has a gap inside it: a gap next to a digit ends a label or an amount,
        // even when two wide amounts in neighbouring columns nearly touch.
        let kinds = (CharacterKind(previous.text), CharacterKind(next.text))
        return (kinds.0 == .digit || kinds.1 == .digit) && gap > settings.labelNumberGap * em
    }

    private static func cell(_ glyphs: [Glyph]) -> TextCell {
        var trimmed = glyphs
        while let last = trimmed.last, last.isSpace { trimmed.removeLast() }
        let ink = trimmed.filter { !$0.isSpace }
        let box = ink.boundingBox ?? Box(x0: 0, y0: 0, x1: 0, y1: 0)
        return TextCell(text: trimmed.map(\.text).joined(), box: box)
    }

    /// The most common font size among the glyphs, falling back to the glyph height.
    static func dominantSize(_ glyphs: [Glyph]) -> Double {
        var counts: [Double: Int] = [:]
        for glyph in glyphs {
            let size = glyph.fontSize > 0 ? glyph.fontSize : glyph.box.height
            counts[(size * 10).rounded() / 10, default: 0] += 1
        }
        let best = counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key ?? 0
        return best > 0 ? best : 10
    }
}

/// Coarse character classes used to split a label from an adjacent number.
public enum CharacterKind: Equatable, Sendable {
    /// Digits (ASCII or full-width) and the separators inside numbers.
    case digit
    /// CJK ideographs and radicals.
    case ideograph
    /// Anything else.
    case other

    /// The class of a one-character text.
    public init(_ text: String) {
        let scalars = text.unicodeScalars
        if scalars.allSatisfy({
            ("0"..."9").contains($0) || ("\u{FF10}"..."\u{FF19}").contains($0) || $0 == "." || $0 == ","
                || $0 == "\u{FF0E}" || $0 == "\u{FF0C}"
        }) {
            self = .digit
        } else if scalars.allSatisfy({ $0.properties.isIdeographic || $0.properties.isRadical }) {
            self = .ideograph
        } else {
            self = .other
        }
    }
}
