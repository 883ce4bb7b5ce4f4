/// Where each data row's label begins and ends (`LabelExtent`), nil where not measured: 16 bytes a
/// row (an optional extent took 24), since a large sheet's extents are held beside its grid.
///
/// A row without an extent is held as the pair (0, NaN), which no measured extent is: its end is
/// its start plus a finite width, so the end is NaN only when the start is.
public struct LabelExtents: Sendable {
    private var extents: [LabelExtent] = []

    private static let none = LabelExtent(start: 0, end: .nan)

    /// No extents.
    public init() {}

    /// The extent of each of `rows`, in order.
    public init(_ rows: [Int], _ extent: (Int) -> LabelExtent?) {
        extents.reserveCapacity(rows.count)
        for row in rows { extents.append(extent(row) ?? Self.none) }
    }

    /// The extent of data row `index`, nil when not measured or beyond the rows.
    public subscript(index: Int) -> LabelExtent? {
        guard extents.indices.contains(index) else { return nil }
        let extent = extents[index]
        return extent.end.isNaN && !extent.start.isNaN ? nil : extent
    }
}

/// Where a label's text begins and ends within its cell, in em.
public struct LabelExtent: Sendable, Hashable {
    public var start: Double
    public var end: Double

    /// An extent from `start` to `end`.
    public init(start: Double, end: Double) {
        self.start = start
        self.end = end
    }
}
