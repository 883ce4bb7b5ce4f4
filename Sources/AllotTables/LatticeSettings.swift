/// Tunables of the lattice reader (tables read from their ruling lines). Rule geometry is in
/// points, as the rules are; text distances are in em of the glyphs.
public struct LatticeSettings: Sendable, Hashable {
    /// Read ruled grids from their rules at all; off, every page is read from its text lines.
    public var enabled = true
    /// Rules whose lines lie this close are one grid line; a rule's end this close to a crossing
    /// rule meets it.
    public var snap: Double = 2
    /// A grid has at least this many rows and columns of cells.
    public var minimumRows = 2
    public var minimumColumns = 2
    /// A grid on the next page whose column lines all lie this close to a ruled table's continues
    /// it, even when its first rows read like a header (a group row without amounts).
    public var sameColumns: Double = 4
    /// Inside a cell, glyphs further apart than this many em are two words (a space between).
    public var wordGap: Double = 0.6

    /// The defaults.
    public init() {}
}
