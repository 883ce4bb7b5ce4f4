import AllotText

/// Tolerances and vocabulary of the table stage. Distances are in font-size units (em).
public struct TableSettings: Sendable, Hashable {
    /// Header lines of one header block lie within this many em of each other, top to top.
    public var headerBlockGap: Double = 3.0
    /// A line holding only a label or a remark joins a row whose centre is within this many em.
    public var wrapDistance: Double = 1.3
    /// ... and only when it is at most this share of the distance to the row on its other side.
    public var wrapDominance: Double = 0.75
    /// Lines of one wrapped cell lie at most this many em apart, box to box (`OpenTable` joins a
    /// label-only line left without a row to the line next to it within this gap).
    public var wrapGap: Double = 0.5
    /// Title lines above a header lie within this many em of each other.
    public var titleLineGap: Double = 2.5
    /// Lines of one title differ in font size by at most this share of the lower line's size.
    public var titleSizeChange: Double = 0.2
    /// At most this many lines above the header make up the title.
    public var maxTitleLines: Int = 3
    /// A header line has at most this many characters (longer lines are prose).
    public var maxHeaderLength: Int = 60
    /// Inside a header cell, a gap of at least this many em between two parts that each hold a
    /// header word separates two column names ("序号 地区" in a compact table).
    public var headerWordGap: Double = 0.15
    /// A header cell has at most this many characters.
    public var maxHeaderCellLength: Int = 16

    /// At the top of a continuation page, furniture (a title printed again, a unit line) and the
    /// column header are looked for within this many lines before the first row.
    public var continuationFurnitureLines: Int = 6
    /// A header printed over several lines has at most this many.
    public var maxHeaderLines: Int = 3
    /// A header line above the header in words outside the vocabulary (本年决算) is a level of it
    /// only centred over the amount columns it heads: its centre within this many em of theirs.
    public var headingCentring: Double = 1.0
    /// A header found by its shape alone (no vocabulary word) needs this many rows with amounts
    /// in its amount columns among the next `headerSampleLines` lines.
    public var structuralHeaderRows: Int = 2
    /// Lines under a header sampled to tell the name column from amount columns by content.
    public var headerSampleLines: Int = 4
    /// A line at the top of a continuation page made of at least this share of the table title's
    /// characters is the title printed again (reworded).
    public var titleAgainShare: Double = 0.8
    /// ... and puts at most this many characters in place of the title's (a misread character);
    /// a longer substitution, or any numeral added or changed, names another table (`TitleAgain`).
    public var titleAgainSubstitution: Int = 1
    /// Characters a line ending in 表 must have to be taken for a title printed again where the
    /// table's own title was not read (TableContinuation): shorter (明细表) may be a row's name.
    public var titleNamesTableLength = 8
    /// A scan's title printed again with one numeral read as another continues the table only when
    /// the table's last row on the page before ends below this share of that page's height (the
    /// table ran out of room there; one that stopped higher up ended).
    public var misreadTitlePageFill: Double = 0.75
    /// Title pairs whose alignment would take more cells than this are judged by the share alone.
    public var titleAgainAlignmentCells: Int = 10_000

    /// Header vocabulary (shared with the HTML reader).
    public var vocabulary = TableVocabulary()
    /// Ruled grids read from their rules (`LatticeReader`).
    public var lattice = LatticeSettings()

    /// The defaults.
    public init() {}
}
