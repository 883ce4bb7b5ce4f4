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
    public var dropped: [DroppedMark]

    /// Creates an input.
    public init(page: Int, notice: Notice, tables: [RawTable], dropped: [DroppedMark]) {
        self.page = page
        self.notice = notice
        self.tables = tables
        self.dropped = dropped
    }

    /// The tables with rows printed on this page.
    public var pageTables: [PageTable] {
        tables.enumerated().compactMap { offset, raw in
            let normalized = offset < notice.tables.count ? notice.tables[offset] : nil
            let rows = raw.rows.enumerated().compactMap { index, row -> PageTable.Row? in
                guard row.page == page else { return nil }
                // Raw and normalized rows correspond one to one; should they not, the row still shows, as an item.
                let level = normalized.flatMap { index < $0.rows.count ? $0.rows[index].level : nil } ?? .item
                return PageTable.Row(number: index + 1, level: level, raw: row)
            }
            guard !rows.isEmpty else { return nil }
            return PageTable(index: offset + 1, raw: raw, rows: rows, rowCount: raw.rows.count)
        }
    }

    /// The findings about rows printed on this page.
    public var findings: [Finding] {
        notice.findings.filter { $0.page == page }
    }

    /// The dropped lines of this page.
    public var pageDropped: [DroppedMark] {
        dropped.filter { $0.page == page }
    }
}

/// A line the table stage dropped as page furniture (a repeated header, a page number …).
public struct DroppedMark: Hashable, Sendable {
    /// 1-based page.
    public var page: Int
    /// Where the line is printed, in page points.
    public var box: Box
    /// The line's text.
    public var text: String
    /// Why it was dropped (page_number, repeated_title, repeated_unit, repeated_header).
    public var reason: String

    /// Creates a mark.
    public init(page: Int, box: Box, text: String, reason: String) {
        self.page = page
        self.box = box
        self.text = text
        self.reason = reason
    }
}
