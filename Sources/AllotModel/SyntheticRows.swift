/// A grid table's data rows as the flow table stage lays them out on a synthetic page (HTML,
/// spreadsheets, docx), held as the grid reader read them: the texts flat (`GridRows`, 48 bytes a
/// row of three columns), the label extents (16 bytes) and the rows' place as a rule (row `i`
/// spans `x0`…`x1` from `firstTop + i × advance`, `height` high), not a `RawTableRow` and an
/// array of texts a row (160 bytes). A large sheet's rows were the peak of its run where the
/// table stage handed them to normalize; held this way, the normalize stage builds each row as
/// it drafts it and lets the texts go a chunk at a time (`RawTable.takeRows`).
///
/// A row reads back exactly as the layout placed it one line under another: the layout adds the
/// advance to the top row after row, and `firstTop + i × advance` is that sum exactly when the
/// top and the advance are whole numbers of points (every partial sum is then an integer below
/// 2⁵³, so no addition rounds); `init` refuses any other placement.
public struct SyntheticRows: Sendable {
    /// The rows' texts, one per column.
    public private(set) var texts: GridRows
    /// Where each row's label begins and ends.
    public let extents: LabelExtents
    /// 1-based page.
    public let page: Int
    /// The first row's top, the advance from one row's top to the next, a row's height.
    public let firstTop: Double
    public let advance: Double
    public let height: Double
    /// Left and right edges of every row.
    public let x0: Double
    public let x1: Double

    /// The rows `texts`, the first at `firstTop`, each `advance` under the one before; nil when the
    /// tops would not be exact (`firstTop` or `advance` not a whole number, or beyond 2⁵² points).
    public init?(texts: consuming GridRows, extents: LabelExtents, page: Int, firstTop: Double, advance: Double,
                 height: Double, x0: Double, x1: Double) {
        let limit = 4_503_599_627_370_496.0  // 2⁵²
        let last = abs(firstTop) + Double(texts.count) * abs(advance)
        guard firstTop.isFinite, advance.isFinite, firstTop.rounded() == firstTop, advance.rounded() == advance,
              last < limit else { return nil }
        self.texts = texts
        self.extents = extents
        self.page = page
        self.firstTop = firstTop
        self.advance = advance
        self.height = height
        self.x0 = x0
        self.x1 = x1
    }

    /// Number of rows.
    public var count: Int { texts.count }

    /// The row at `position` as the layout placed it (empty texts once let go).
    public func row(at position: Int) -> RawTableRow {
        let top = firstTop + Double(position) * advance
        var row = RawTableRow(page: page, cells: texts[position], box: Box(x0: x0, y0: top, x1: x1, y1: top + height))
        if let extent = extents[position] {
            row.labelIndent = extent.start
            row.labelEnd = extent.end
        }
        return row
    }

    /// The text of one cell, nil outside the rows or columns, or let go.
    public func text(row position: Int, column: Int) -> String? {
        texts.text(row: position, column: column)
    }

    /// Every row, in order.
    public var rows: [RawTableRow] {
        var rows: [RawTableRow] = []
        rows.reserveCapacity(count)
        for position in 0..<count { rows.append(row(at: position)) }
        return rows
    }

    /// Lets go of the texts of the chunks holding only rows before `position` (read in order).
    public mutating func releaseRows(before position: Int) {
        texts.releaseRows(before: position)
    }
}
