import AllotModel

/// The part of a table printed on one page: its rows there, with their levels, and its column zones.
public struct PageTable: Sendable {
    /// A data row printed on the page.
    public struct Row: Sendable {
        /// 1-based row number in the table.
        public var number: Int
        /// Level in the hierarchy, from the normalized table.
        public var level: RowLevel
        /// The row as found: cells and box.
        public var raw: RawTableRow
        /// 1-based row of the table as found; the two halves of a two-sided table share it.
        public var printed: Int = 0
        /// The columns of the half of a two-sided table the row belongs to; empty: every column.
        public var columns: [Int] = []
    }

    /// 1-based table number in the notice.
    public var index: Int
    /// The whole table as found.
    public var raw: RawTable
    /// Rows printed on the page, in order.
    public var rows: [Row]
    /// Number of rows of the whole table.
    public var rowCount: Int

    /// Left and right edge of the table: its column zones and its rows on this page.
    public var horizontalExtent: (x0: Double, x1: Double) {
        let zones = raw.columns.filter { $0.x1 > $0.x0 }
        let x0 = (zones.map(\.x0) + rows.map(\.raw.box.x0)).min() ?? 0
        let x1 = (zones.map(\.x1) + rows.map(\.raw.box.x1)).max() ?? 0
        return (x0, x1)
    }

    /// The box around the table's rows on this page, as wide as its column zones.
    public var outline: Box? {
        guard let first = rows.first?.raw.box else { return nil }
        let band = rows.dropFirst().reduce(first) { $0.union($1.raw.box) }
        let (x0, x1) = horizontalExtent
        return Box(x0: x0, y0: band.y0, x1: x1, y1: band.y1)
    }

    /// The row with this number, if it is printed on the page.
    public func row(_ number: Int) -> Row? {
        rows.first { $0.number == number }
    }

    /// A column's zone: the part of the table's width whose text goes to that column.
    public struct Zone: Sendable {
        /// The column.
        public var column: TableColumn
        /// Its index in the table's columns.
        public var index: Int
        /// Left edge, in points.
        public var x0: Double
        /// Right edge, in points.
        public var x1: Double
    }

    /// Column zones as the table stage assigns cells (`TableColumn.zones`), the outer zones ending at
    /// the table's edges. Columns without a measured header extent get no zone.
    public var zones: [Zone] {
        let measured = raw.columns.indices.filter { raw.columns[$0].x1 > raw.columns[$0].x0 }
        let (left, right) = horizontalExtent
        let extents = TableColumn.zones(measured.map { raw.columns[$0] }, left: left, right: right)
        return zip(measured, extents).map { index, zone in
            Zone(column: raw.columns[index], index: index, x0: zone.x0, x1: zone.x1)
        }
    }

    /// The zone of the column with this (leaf) name, if it has one; with a row, among the columns
    /// of its half (both halves of a two-sided table may name a column alike: 决算数 | 决算数).
    public func zone(named name: String, of row: Row? = nil) -> Zone? {
        let columns = row?.columns ?? []
        return zones.first { zone in zone.column.name == name && (columns.isEmpty || columns.contains(zone.index)) }
    }

    /// Left and right edge of a row's half of a two-sided table; nil for a row across the table.
    public func halfExtent(of row: Row) -> (x0: Double, x1: Double)? {
        let own = zones.filter { row.columns.contains($0.index) }
        guard let x0 = own.map(\.x0).min(), let x1 = own.map(\.x1).max() else { return nil }
        return (x0, x1)
    }
}
