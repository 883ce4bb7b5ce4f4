import AllotLayout
import AllotModel

/// Text lines drawn by hand for the table-stage tests: each cell's text starts at its x, one em per
/// CJK character and half an em per ASCII one, as `LineBuilder` would cut them.
enum LineSketch {
    static let size = 12.0

    /// A line at `y` on `page` with the given cells (text, left edge).
    static func line(_ cells: [(String, Double)], y: Double, page: Int = 1, size: Double = size) -> TextLine {
        var glyphs: [Glyph] = []
        var textCells: [TextCell] = []
        for (text, x) in cells {
            let cellGlyphs = Self.glyphs(text, x: x, y: y, size: size)
            glyphs += cellGlyphs
            if let box = cellGlyphs.filter({ !$0.isSpace }).boundingBox {
                textCells.append(TextCell(text: text, box: box))
            }
        }
        let box = glyphs.boundingBox ?? Box(x0: 0, y0: y, x1: 0, y1: y + size)
        return TextLine(page: page, box: box, fontSize: size, cells: textCells, glyphs: glyphs)
    }

    /// Glyphs of `text` from `x`.
    static func glyphs(_ text: String, x: Double, y: Double, size: Double = size) -> [Glyph] {
        var result: [Glyph] = []
        var cursor = x
        for scalar in text.unicodeScalars {
            let width = scalar.isASCII ? size / 2 : size
            result.append(Glyph(text: String(scalar), box: Box(x0: cursor, y0: y, x1: cursor + width, y1: y + size),
                                fontSize: size))
            cursor += width
        }
        return result
    }

    /// A page of lines (A4 in points).
    static func page(_ number: Int, _ lines: [TextLine]) -> PageLayout {
        PageLayout(page: number, width: 595, height: 842, lines: lines)
    }

    /// The header used throughout: 市县名 at 100, 中央资金 at 250, 备注 at 400.
    static func header(y: Double, page: Int = 1) -> TextLine {
        line([("市县名", 100), ("中央资金", 250), ("备注", 400)], y: y, page: page)
    }

    /// A data row under `header`: label at 100, amount right-aligned to 298, remark at 400.
    static func row(_ label: String, _ amount: String, remark: String = "", y: Double, page: Int = 1) -> TextLine {
        var cells: [(String, Double)] = [(label, 100)]
        if !amount.isEmpty { cells.append((amount, 298 - Double(amount.count) * size / 2)) }
        if !remark.isEmpty { cells.append((remark, 400)) }
        return line(cells, y: y, page: page)
    }
}
