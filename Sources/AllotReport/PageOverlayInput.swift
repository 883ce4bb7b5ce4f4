import AllotModel

/// What one page's overlay and text grid are drawn from, as plain values: the processed notice, its
/// tables as found on the pages, and the furniture lines dropped from them.
public struct PageOverlayInput: Sendable {
    /// 1-based page number.
    public var page: Int
    /// The processed notice: levels of the rows and findings.
    public var notice: Notice
    /// Tables as found on the pages; row `n` of table `t` is row `n` of `notice.tables[t-1]`.
    public var tables: [RawTable]
    /// Furniture lines dropped while reading the tables, on every page.
    public var dropped: [DroppedLine]
    /// The body lines (outside tables) of every page: where a finding's sentence is printed.
    public var bodyLines: [TextLine] = []
    /// The glyphs of this page read by OCR (with their confidence); empty for a text-layer page.
    public var recognized: [Glyph] = []

    /// Creates an input.
    public init(page: Int, notice: Notice, tables: [RawTable], dropped: [DroppedLine]) {
        self.page = page
        self.notice = notice
        self.tables = tables
        self.dropped = dropped
    }

    /// The input for `page` from a notice and what the table stage found on its pages.
    public init(page: Int, notice: Notice, scan: TableScan) {
        self.init(page: page, notice: notice, tables: scan.tables, dropped: scan.dropped)
        bodyLines = scan.bodyLines
    }

    /// The tables with rows printed on this page: each row the normalize stage read, on the printed
    /// row it was read from (a printed row of a two-sided table holds a row of each half, each with
    /// its half's columns).
    public var pageTables: [PageTable] {
        tables.enumerated().compactMap { offset, raw in
            let normalized = offset < notice.tables.count ? notice.tables[offset] : nil
            let read = normalized.flatMap(Self.rowsByPrinted)
            let sides = TableSides.of(raw.columns)
            var rows: [PageTable.Row] = []
            for (index, row) in raw.rows.enumerated() where row.page == page {
                guard let read else {
                    // Raw and normalized rows correspond one to one; should they not, the row still shows, as an item.
                    let level = normalized.flatMap { index < $0.rows.count ? $0.rows[index].level : nil } ?? .item
                    rows.append(PageTable.Row(number: index + 1, level: level, raw: row, printed: index + 1))
                    continue
                }
                for allocation in read[index + 1] ?? [] {
                    let columns = sides.count > 1 && sides.indices.contains(allocation.side) ? sides[allocation.side] : []
                    rows.append(PageTable.Row(number: allocation.number, level: allocation.level, raw: row,
                                              printed: index + 1, columns: columns))
                }
            }
            guard !rows.isEmpty else { return nil }
            return PageTable(index: offset + 1, raw: raw, rows: rows, rowCount: read == nil ? raw.rows.count : normalized?.rows.count ?? 0)
        }
    }

    /// The table's rows by the printed row they were read from; nil when that is not known.
    private static func rowsByPrinted(_ table: AllocationTable) -> [Int: [AllocationRow]]? {
        guard !table.printedRows.isEmpty, table.printedRows.count == table.rows.count else { return nil }
        return Dictionary(grouping: zip(table.printedRows, table.rows), by: \.0).mapValues { $0.map(\.1) }
    }

    /// The findings about rows printed on this page, or whose second place (`Finding.related`) is.
    public var findings: [Finding] {
        notice.findings.filter { $0.page == page || $0.related?.page == page }
    }

    /// The dropped lines of this page.
    public var pageDropped: [DroppedLine] {
        dropped.filter { $0.line.page == page }
    }
}
