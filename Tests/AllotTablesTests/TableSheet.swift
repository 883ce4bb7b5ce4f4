import AllotLayout
import AllotModel

/// Builds table pages line by line: each line's cells at given left edges, CJK one em wide and
/// ASCII half an em, lines stacked at 1.6 em (A4, 11 pt).
struct TableSheet {
    static let size = 11.0
    private(set) var pages: [PageLayout] = []
    private var lines: [TextLine] = []
    private var y = 60.0

    /// Adds a line with one cell per (text, left edge); a cell starting at a negative edge is
    /// right-aligned to minus that edge (amounts).
    mutating func add(_ cells: [(String, Double)]) {
        let size = Self.size
        var textCells: [TextCell] = []
        var glyphs: [Glyph] = []
        for (text, edge) in cells {
            let width = text.reduce(0.0) { $0 + ($1.isASCII ? size / 2 : size) }
            let x0 = edge < 0 ? -edge - width : edge
            var x = x0
            for character in text {
                let advance = character.isASCII ? size / 2 : size
                glyphs.append(Glyph(text: String(character), box: Box(x0: x, y0: y, x1: x + advance, y1: y + size),
                                    fontSize: size))
                x += advance
            }
            textCells.append(TextCell(text: text, box: Box(x0: x0, y0: y, x1: x0 + width, y1: y + size)))
        }
        guard let first = textCells.first, let last = textCells.last else { return }
        lines.append(TextLine(page: pages.count + 1, box: Box(x0: first.box.x0, y0: y, x1: last.box.x1, y1: y + size),
                              fontSize: size, cells: textCells, glyphs: glyphs))
        y += 1.6 * size
    }

    /// Adds a line of one cell starting at `x`.
    mutating func add(_ text: String, at x: Double = 150) {
        add([(text, x)])
    }

    /// Ends the page (with a page number in the margin).
    mutating func endPage() {
        add("— \(pages.count + 1) —", at: 280)
        if var last = lines.popLast() {
            last.box.y0 = 800
            last.box.y1 = 811
            lines.append(last)
        }
        pages.append(PageLayout(page: pages.count + 1, width: 595, height: 842, lines: lines))
        lines = []
        y = 60
    }
}
