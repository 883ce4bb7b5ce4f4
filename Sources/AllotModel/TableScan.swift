/// Why a line inside a table's extent was left out of its rows.
public enum DroppedReason: String, Sendable, Hashable {
    /// Official page number.
    case pageNumber = "page_number"
    /// The table title printed again on a continuation page.
    case repeatedTitle = "repeated_title"
    /// The unit line printed again.
    case repeatedUnit = "repeated_unit"
    /// The column header printed again.
    case repeatedHeader = "repeated_header"
    /// A running header or footer in the page margin (date, URL, document title).
    case runningHeader = "running_header"
}

/// A line the table stage recognized as page furniture and dropped.
public struct DroppedLine: Hashable, Sendable {
    /// The line.
    public var line: TextLine
    /// Why it was dropped.
    public var reason: DroppedReason

    /// Creates a dropped line.
    public init(line: TextLine, reason: DroppedReason) {
        self.line = line
        self.reason = reason
    }
}

/// What the table stage found in a document.
public struct TableScan: Sendable {
    /// Tables in order, merged across pages.
    public var tables: [RawTable]
    /// Furniture lines dropped while reading the tables.
    public var dropped: [DroppedLine]
    /// Lines that are not part of any table (the notice body), in reading order.
    public var bodyLines: [TextLine]

    /// Creates a scan result.
    public init(tables: [RawTable], dropped: [DroppedLine], bodyLines: [TextLine]) {
        self.tables = tables
        self.dropped = dropped
        self.bodyLines = bodyLines
    }
}
