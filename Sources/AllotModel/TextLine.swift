/// A run of glyphs on one baseline, separated from its neighbours on the line by a wide gap.
public struct TextCell: Hashable, Sendable {
    /// The text with inner padding kept as printed (spaces from the text layer, none for gaps).
    public var text: String
    /// Bounding box of the cell's non-space glyphs.
    public var box: Box

    /// Creates a cell.
    public init(text: String, box: Box) {
        self.text = text
        self.box = box
    }
}

/// One visual line of a page, split into cells by horizontal gaps.
public struct TextLine: Hashable, Sendable {
    /// 1-based page number.
    public var page: Int
    /// Bounding box of the whole line.
    public var box: Box
    /// Dominant font size on the line, in points.
    public var fontSize: Double
    /// Cells left to right.
    public var cells: [TextCell]
    /// The line's glyphs left to right, padding spaces included.
    public var glyphs: [Glyph]

    /// Creates a line.
    public init(page: Int, box: Box, fontSize: Double, cells: [TextCell], glyphs: [Glyph]) {
        self.page = page
        self.box = box
        self.fontSize = fontSize
        self.cells = cells
        self.glyphs = glyphs
    }

    /// The cells' texts joined by a single space.
    public var text: String { cells.map(\.text).joined(separator: " ") }
}
