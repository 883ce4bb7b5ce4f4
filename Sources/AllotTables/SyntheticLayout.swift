import AllotModel

/// Places lines and table rows one under another on a synthetic page 1, so that stages that
/// sort or group by position keep the page's reading order. Horizontally, a line sits in a text
/// column as its block is aligned (right-aligned signature and date, centred title), as on paper.
struct SyntheticLayout {
    let settings: GridSettings
    /// Top of the next line, in points.
    private(set) var top = 0.0

    private var size: Double { settings.fontSize }

    /// A body line with one cell per text and one glyph per Unicode scalar, each glyph one em
    /// wide, squeezed to fit the text column when longer, and placed as the block is aligned.
    mutating func line(_ texts: [String], alignment: LineAlignment) -> TextLine {
        defer { advance() }
        let column = settings.textColumnWidth * size
        let natural = texts.reduce(0.0) { $0 + Double($1.unicodeScalars.count) * size }
            + Double(max(texts.count - 1, 0)) * settings.cellGap * size
        let scale = natural > column ? column / natural : 1
        let width = natural * scale
        var x: Double = switch alignment {
        case .left: 0
        case .center: (column - width) / 2
        case .right: column - width
        }
        let left = x
        var cells: [TextCell] = []
        var glyphs: [Glyph] = []
        for (index, text) in texts.enumerated() {
            if index > 0 { x += settings.cellGap * size * scale }
            let start = x
            for scalar in text.unicodeScalars {
                glyphs.append(Glyph(scalar: scalar, box: box(x, x + size * scale), fontSize: size))
                x += size * scale
            }
            cells.append(TextCell(text: text, box: box(start, x)))
        }
        return TextLine(page: 1, box: box(left, x), fontSize: size, cells: cells, glyphs: glyphs)
    }

    /// A table row spanning `columnCount` synthetic columns.
    mutating func row(_ cells: [String], columnCount: Int) -> RawTableRow {
        defer { advance() }
        return RawTableRow(page: 1, cells: cells, box: box(0, Double(columnCount) * settings.columnWidth * size))
    }

    /// `texts` as table rows spanning `columnCount` synthetic columns, placed one under another as
    /// `row` places them (the layout moves past them) and held as read, not built; nil, nothing
    /// placed, when their tops could not be read back exactly (`SyntheticRows`).
    mutating func rows(_ texts: GridRows, extents: LabelExtents, columnCount: Int) -> SyntheticRows? {
        let first = box(0, Double(columnCount) * settings.columnWidth * size)
        guard let rows = SyntheticRows(texts: texts, extents: extents, page: 1, firstTop: top,
                                       advance: settings.lineAdvance * size, height: size, x0: first.x0, x1: first.x1)
        else { return nil }
        for _ in 0..<rows.count { advance() }
        return rows
    }

    /// The columns with synthetic horizontal extents, one column width each.
    func placing(_ columns: [TableColumn]) -> [TableColumn] {
        columns.enumerated().map { index, column in
            var placed = column
            placed.x0 = Double(index) * settings.columnWidth * size
            placed.x1 = Double(index + 1) * settings.columnWidth * size
            return placed
        }
    }

    /// Leaves one line of space (a table header).
    mutating func advance() {
        top += settings.lineAdvance * size
    }

    private func box(_ x0: Double, _ x1: Double) -> Box {
        Box(x0: x0, y0: top, x1: x1, y1: top + size)
    }
}
