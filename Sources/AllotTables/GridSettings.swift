import AllotText

/// Tunables of the grid → table reader and of the synthetic page that documents without page
/// geometry (HTML, spreadsheets, docx) are laid out on. Synthetic geometry is in font-size units.
public struct GridSettings: Sendable, Hashable {
    /// Font size given to every synthetic line and row, in points.
    public var fontSize: Double = 12
    /// Distance between the tops of consecutive lines or rows, in em.
    public var lineAdvance: Double = 1.5
    /// Width of the synthetic text column, in em (GB/T 9704 sets 28 characters per line); longer
    /// lines are squeezed into it so that alignment stays meaningful.
    public var textColumnWidth: Double = 28
    /// Width of one synthetic table column, in em.
    public var columnWidth: Double = 8
    /// Gap between the cells of one body line (a row of a table that is not an allocation table), in em.
    public var cellGap: Double = 1

    /// At most this many rows make up a table header.
    public var maximumHeaderRows: Int = 4
    /// Columns beyond this many are dropped (guards against hostile spans).
    public var maximumColumns: Int = 256
    /// A title line has at most this many characters (longer lines are prose).
    public var maximumTitleLength: Int = 60

    /// Header words, shared in meaning with the PDF path.
    public var words = TableVocabulary()

    /// The defaults.
    public init() {}
}
