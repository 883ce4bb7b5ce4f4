import AllotModel

/// Places lines and table rows one under another on a synthetic page 1, so that stages that
/// sort or group by position keep the page's reading order. Boxes carry no other meaning.
struct SyntheticLayout {
    let settings: HTMLSettings
    /// Top of the next line, in points.
    private(set) var top = 0.0

    private var size: Double { settings.fontSize }

    /// A body line with one cell per text and one glyph per Unicode scalar.
    mutating func line(_ texts: [String]) -> TextLine {
        defer { advance() }
        var cells: [TextCell] = []
        var glyphs: [Glyph] = []
        var x = 0.0
        for (index, text) in texts.enumerated() {
            if index > 0 { x += settings.cellGap * size }
            let left = x
            for scalar in text.unicodeScalars {
                glyphs.append(Glyph(text: String(scalar), box: box(x, x + size), fontSize: size))
                x += size
            }
            cells.append(TextCell(text: text, box: box(left, x)))
        }
        return TextLine(page: 1, box: box(0, x), fontSize: size, cells: cells, glyphs: glyphs)
    }

    /// A table row spanning `columnCount` synthetic columns.
    mutating func row(_ cells: [String], columnCount: Int) -> RawTableRow {
        defer { advance() }
        return RawTableRow(page: 1, cells: cells, box: box(0, Double(columnCount) * settings.columnWidth * size))
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
