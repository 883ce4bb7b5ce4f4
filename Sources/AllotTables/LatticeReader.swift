import AllotLayout
import AllotModel
import AllotText

/// A ruled grid of one page with the page's text put into its cells.
struct LatticeGrid {
    /// The grid's rules and cells.
    var rules: RuleGrid
    /// The cells' text, as every grid reader hands it to `GridTableReader`.
    var cells: CellGrid
    /// Indices (in the page's lines) of the lines whose text the grid holds, in order.
    var lines: [Int]
    /// Where each cell's text begins and ends (its first visual line), by index in `rules.cells`,
    /// with the text's font size: a label's indentation.
    var extents: [Int: (x0: Double, x1: Double, fontSize: Double)]
}

/// Puts a page's text into the cells of its ruled grids: every glyph goes to the cell whose
/// rectangle holds its centre, so a wrapped label stays in its cell, a blank cell stays blank and
/// a vertically centred label belongs to its cell however far from the cells' text lines it sits.
/// A grid whose rules cut through a line of text (some glyphs inside, some outside) does not frame
/// that text: it is not used, and the page is read from its lines.
struct LatticeReader {
    let settings: LatticeSettings

    /// The page's usable grids, top to bottom.
    func grids(on page: PageLayout) -> [LatticeGrid] {
        guard settings.enabled, !page.rules.isEmpty else { return [] }
        return RuleGrid.grids(page.rules, settings: settings).compactMap { fill($0, lines: page.lines) }
    }

    private func fill(_ grid: RuleGrid, lines: [TextLine]) -> LatticeGrid? {
        let frame = grid.frame
        // The glyphs placed in cells, in page order, with their cells; then laid out cell by cell
        // (in page order within a cell) in one array, not an array a cell.
        var placed: [Glyph] = []
        var cellOfPlaced: [Int] = []
        var taken: [Int] = []
        for (index, line) in lines.enumerated() {
            guard line.box.verticalOverlap(frame) > 0, line.box.horizontalOverlap(frame) > 0 else { continue }
            var inside = 0, outside = 0
            // By position: a glyph is copied once, into `placed`, not first into a loop variable.
            for position in line.glyphs.indices where !line.glyphs[position].isSpace {
                let box = line.glyphs[position].box
                if let cell = grid.cellIndex(x: box.midX, y: box.midY), grid.cells.indices.contains(cell) {
                    placed.append(line.glyphs[position])
                    cellOfPlaced.append(cell)
                    inside += 1
                } else {
                    outside += 1
                }
            }
            if inside > 0, outside > 0 { return nil }
            if inside > 0 { taken.append(index) }
        }
        // Positions in `placed`, cell after cell (in page order within a cell): a counting sort.
        var starts = [Int](repeating: 0, count: grid.cells.count + 1)
        for cell in cellOfPlaced { starts[cell + 1] += 1 }
        for cell in grid.cells.indices { starts[cell + 1] += starts[cell] }
        var byCell = [Int](repeating: 0, count: placed.count)
        var next = starts
        for (position, cell) in cellOfPlaced.enumerated() {
            byCell[next[cell]] = position
            next[cell] += 1
        }
        // A merged cell whose text stands apart on both sides of an inner column line, with
        // figures, holds two columns the rules do not separate (an amount and a page number):
        // the rules do not frame the cells.
        for (index, rect) in grid.cells.enumerated()
        where rect.columnSpan > 1 && Self.splits(byCell[starts[index]..<starts[index + 1]].map { placed[$0] }, rect, grid) {
            return nil
        }
        var cells = CellGrid(rowCount: grid.rowCount)
        cells.reserveCapacity(cells: grid.cells.count)
        var extents: [Int: (x0: Double, x1: Double, fontSize: Double)] = [:]
        // Looked up by cell only (never walked), so the room made at once changes no order.
        extents.reserveCapacity(grid.cells.count)
        var filled = 0
        var scratch = CellTextScratch()
        for (index, rect) in grid.cells.enumerated() {
            let content = Self.cellContent(placed, at: byCell[starts[index]..<starts[index + 1]], wordGap: settings.wordGap,
                                           scratch: &scratch)
            if let extent = content.extent {
                extents[index] = extent
                filled += 1
            }
            cells.add(GridCell(text: content.text, row: rect.row, column: rect.column, rowSpan: rect.rowSpan,
                               columnSpan: rect.columnSpan))
        }
        // A grid holding the text of fewer than two cells is a frame around text, not a table.
        guard filled >= 2 else { return nil }
        return LatticeGrid(rules: grid, cells: cells, lines: taken, extents: extents)
    }

    /// Buffers `cellContent` reuses from one cell to the next.
    struct CellTextScratch {
        var text: [UInt8] = []
        var line: [UInt8] = []
        var rows: [Int] = []
        var bounds: [Int] = []
    }

    /// The text of the cell holding `glyphs[positions]` (in page order), and where its first visual
    /// line begins and ends with its font size, nil for a cell without glyphs: what `visualLines`
    /// gives, each line's text (`lineText`) joined (`joined`), built as UTF-8 bytes over the glyphs'
    /// positions, without an array of glyphs a line or a String a glyph. The sorts put positions in
    /// the order they would put the glyphs (the same comparisons of the same boxes).
    /// `cellContentByLines` is the general path it is held to.
    static func cellContent(_ glyphs: [Glyph], at positions: ArraySlice<Int>, wordGap: Double,
                            scratch: inout CellTextScratch)
        -> (text: String, extent: (x0: Double, x1: Double, fontSize: Double)?) {
        guard !positions.isEmpty else { return ("", nil) }
        let byRow: (Box, Box) -> Bool = { ($0.midY, $0.x0) < ($1.midY, $1.x0) }
        let byX: (Box, Box) -> Bool = { $0.x0 < $1.x0 }
        scratch.rows.removeAll(keepingCapacity: true)
        if ordered(glyphs, positions, byRow) {
            scratch.rows.append(contentsOf: positions)
        } else {
            scratch.rows.append(contentsOf: positions.sorted { byRow(glyphs[$0].box, glyphs[$1].box) })
        }
        // Where each visual line starts in `rows` (`grouped`), and its end.
        scratch.bounds.removeAll(keepingCapacity: true)
        var centre = 0.0, height = 0.0, count = 0
        for (offset, position) in scratch.rows.enumerated() {
            let box = glyphs[position].box
            if count > 0, abs(box.midY - centre) <= max(height, box.height) / 2 {
                count += 1
                centre += (box.midY - centre) / Double(count)
                height += (box.height - height) / Double(count)
            } else {
                scratch.bounds.append(offset)
                centre = box.midY
                height = box.height
                count = 1
            }
        }
        scratch.bounds.append(scratch.rows.count)
        scratch.text.removeAll(keepingCapacity: true)
        var extent: (x0: Double, x1: Double, fontSize: Double)?
        for line in 0..<(scratch.bounds.count - 1) {
            let unordered = scratch.rows[scratch.bounds[line]..<scratch.bounds[line + 1]]
            let line = ordered(glyphs, unordered, byX) ? unordered
                : unordered.sorted { byX(glyphs[$0].box, glyphs[$1].box) }[...]
            if extent == nil, let left = line.first, let right = line.last {
                extent = (glyphs[left].box.x0, glyphs[right].box.x1, fontSize(line.lazy.map { glyphs[$0] }))
            }
            scratch.line.removeAll(keepingCapacity: true)
            lineText(glyphs, at: line, wordGap: wordGap, into: &scratch.line)
            if let last = lastScalar(scratch.text), let first = firstScalar(scratch.line),
               !CharacterKind.isIdeographic(last), !CharacterKind.isIdeographic(first) {
                scratch.text.append(0x20)
            }
            scratch.text.append(contentsOf: scratch.line)
        }
        return (String(decoding: scratch.text, as: UTF8.self), extent)
    }

    /// The general path of `cellContent`: the cell's visual lines as arrays, each line's text a
    /// String, joined line by line.
    static func cellContentByLines(_ glyphs: [Glyph], wordGap: Double)
        -> (text: String, extent: (x0: Double, x1: Double, fontSize: Double)?) {
        let visualLines = visualLines(glyphs)
        let text = visualLines.map { line in
            var bytes: [UInt8] = []
            lineText(line, at: Array(line.indices)[...], wordGap: wordGap, into: &bytes)
            return String(decoding: bytes, as: UTF8.self)
        }.reduce("") { joined($0, $1) }
        guard let first = visualLines.first, let left = first.first, let right = first.last else { return (text, nil) }
        return (text, (left.box.x0, right.box.x1, fontSize(first)))
    }

    /// The first scalar of well-formed UTF-8 bytes, nil when empty.
    private static func firstScalar(_ bytes: [UInt8]) -> Unicode.Scalar? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        if case let .scalarValue(scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }

    /// The last scalar of well-formed UTF-8 bytes, nil when empty.
    private static func lastScalar(_ bytes: [UInt8]) -> Unicode.Scalar? {
        guard let lead = bytes.lastIndex(where: { $0 & 0xC0 != 0x80 }) else { return nil }
        var iterator = bytes[lead...].makeIterator()
        var decoder = UTF8()
        if case let .scalarValue(scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }

    /// The glyphs of a cell as visual lines, top to bottom, each left to right. Glyphs already in
    /// that order (a cell of one glyph, a line of one height) are not sorted again: the sort keeps
    /// the order of equal glyphs, so an ordered array is what it would give.
    static func visualLines(_ glyphs: [Glyph]) -> [[Glyph]] {
        if glyphs.count <= 1 { return glyphs.isEmpty ? [] : [glyphs] }
        let byRow: (Glyph, Glyph) -> Bool = { ($0.box.midY, $0.box.x0) < ($1.box.midY, $1.box.x0) }
        let byX: (Glyph, Glyph) -> Bool = { $0.box.x0 < $1.box.x0 }
        let lines = grouped(ordered(glyphs, byRow) ? glyphs : glyphs.sorted(by: byRow))
        return lines.map { ordered($0, byX) ? $0 : $0.sorted(by: byX) }
    }

    /// True when no glyph comes before the one ahead of it.
    private static func ordered(_ glyphs: [Glyph], _ before: (Glyph, Glyph) -> Bool) -> Bool {
        glyphs.indices.dropFirst().allSatisfy { !before(glyphs[$0], glyphs[$0 - 1]) }
    }

    /// True when no glyph at `positions` comes before the one ahead of it, by their boxes.
    private static func ordered(_ glyphs: [Glyph], _ positions: ArraySlice<Int>, _ before: (Box, Box) -> Bool) -> Bool {
        var previous: Int?
        for position in positions {
            if let previous, before(glyphs[position].box, glyphs[previous].box) { return false }
            previous = position
        }
        return true
    }

    /// The general path of `visualLines`: both sorts always made.
    static func visualLinesSorted(_ glyphs: [Glyph]) -> [[Glyph]] {
        grouped(glyphs.sorted(by: { ($0.box.midY, $0.box.x0) < ($1.box.midY, $1.box.x0) }))
            .map { $0.sorted { $0.box.x0 < $1.box.x0 } }
    }

    /// Glyphs in reading order grouped into visual lines (a glyph whose centre lies within half
    /// the line's height of its running centre joins it).
    private static func grouped(_ sorted: [Glyph]) -> [[Glyph]] {
        var lines: [[Glyph]] = []
        var centre = 0.0, height = 0.0
        for glyph in sorted {
            if !lines.isEmpty, abs(glyph.box.midY - centre) <= max(height, glyph.box.height) / 2 {
                lines[lines.count - 1].append(glyph)
                let count = Double(lines[lines.count - 1].count)
                centre += (glyph.box.midY - centre) / count
                height += (glyph.box.height - height) / count
            } else {
                lines.append([glyph])
                centre = glyph.box.midY
                height = glyph.box.height
            }
        }
        return lines
    }

    /// One visual line's text (the glyphs at `positions`, in order), as UTF-8 appended to `bytes`:
    /// a space where glyphs stand a word gap apart. Two ideographs far apart are one letter-spaced
    /// word (盂　县), as the line reader reads them.
    private static func lineText(_ glyphs: [Glyph], at positions: ArraySlice<Int>, wordGap: Double,
                                 into bytes: inout [UInt8]) {
        var previous: Int?
        for position in positions {
            if let previous, !(isIdeograph(glyphs[previous]) && isIdeograph(glyphs[position])) {
                let size = max(glyphs[previous].fontSize, glyphs[position].fontSize, 1)
                if glyphs[position].box.x0 - glyphs[previous].box.x1 > wordGap * size { bytes.append(0x20) }
            }
            glyphs[position].appendUTF8(to: &bytes)
            previous = position
        }
    }

    /// Visual lines of one cell joined: a wrapped ideographic label runs on without a space;
    /// words of other scripts keep one between them.
    private static func joined(_ head: String, _ tail: String) -> String {
        guard let last = head.unicodeScalars.last, let first = tail.unicodeScalars.first else { return head + tail }
        return CharacterKind.isIdeographic(last) || CharacterKind.isIdeographic(first) ? head + tail : head + " " + tail
    }

    /// True when some inner column line of a merged cell has glyphs on both sides, none across
    /// it, and a digit among them.
    private static func splits(_ glyphs: [Glyph], _ rect: RuleGrid.Cell, _ grid: RuleGrid) -> Bool {
        guard glyphs.contains(where: isDigit) else { return false }
        let inner = (rect.column + 1)..<(rect.column + rect.columnSpan)
        return inner.contains { column in
            guard grid.xs.indices.contains(column) else { return false }
            let x = grid.xs[column]
            return glyphs.contains { $0.box.x1 <= x } && glyphs.contains { $0.box.x0 >= x }
                && !glyphs.contains { $0.box.x0 < x && x < $0.box.x1 }
        }
    }

    /// Appends the glyph's text: a text layer's glyph (one scalar) as its scalar, without making a
    /// String of it; any other as its text.
    static func append(_ glyph: Glyph, to text: inout String) {
        if let scalar = glyph.scalar { text.unicodeScalars.append(scalar) } else { text += glyph.text }
    }

    static func isDigit(_ glyph: Glyph) -> Bool {
        if let scalar = glyph.scalar { return isDigit(scalar) }
        return glyph.text.unicodeScalars.contains(where: isDigit)
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || ("\u{FF10}"..."\u{FF19}").contains(scalar)
    }

    /// True when the glyph holds an ideograph; a one-scalar glyph asks its scalar without a String.
    static func isIdeograph(_ glyph: Glyph) -> Bool {
        if let scalar = glyph.scalar { return CharacterKind.isIdeographic(scalar) }
        return glyph.text.unicodeScalars.contains(where: CharacterKind.isIdeographic)
    }

    /// The median of the glyphs' font sizes (0 when none is given). A line of one font size (the
    /// usual cell) answers that size without gathering and sorting the sizes.
    static func fontSize<Glyphs: Collection<Glyph>>(_ glyphs: Glyphs) -> Double {
        var shared: Double?
        for glyph in glyphs where glyph.fontSize > 0 {
            if let size = shared, size != glyph.fontSize { return medianFontSize(glyphs) }
            shared = glyph.fontSize
        }
        return shared ?? 0
    }

    /// The median of the glyphs' font sizes over 0, the upper one of an even count; 0 when none.
    static func medianFontSize<Glyphs: Collection<Glyph>>(_ glyphs: Glyphs) -> Double {
        let sizes = glyphs.map(\.fontSize).filter { $0 > 0 }.sorted()
        return sizes.isEmpty ? 0 : sizes[sizes.count / 2]
    }
}
