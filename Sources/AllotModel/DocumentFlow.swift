/// Horizontal alignment of a line of text as the document declares it.
public enum LineAlignment: Sendable, Equatable {
    case left, center, right
}

/// A line of a document read in order (a paragraph, a row of a table that is not an allocation
/// table): one text per cell. Lines of one paragraph (split by line breaks) share `block`.
public struct FlowLine: Sendable, Equatable {
    /// One text per cell (one for a paragraph line).
    public var cells: [String]
    /// Number of the block (paragraph) the line belongs to.
    public var block: Int
    /// Declared alignment.
    public var alignment: LineAlignment

    /// Creates a line.
    public init(cells: [String], block: Int, alignment: LineAlignment = .left) {
        self.cells = cells
        self.block = block
        self.alignment = alignment
    }
}

/// One item of a document without page geometry (HTML, xlsx, xls, docx), in reading order.
public enum FlowItem: Sendable, Equatable {
    /// A line of text.
    case line(FlowLine)
    /// A table grid, and the lines it reads as if the table stage finds no allocation table in it;
    /// nil: each row with text is one line, its cells in order (spreadsheets, docx), derived only
    /// when needed so that a large sheet is not held twice.
    case grid(CellGrid, otherwise: [FlowLine]?)
}
