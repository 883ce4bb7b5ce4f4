import Foundation

/// The second place a finding concerns (a finding across tables, or between the text and a table):
/// the cell or sentence it is compared with. The first place stays in the finding's own fields.
public struct FindingLocation: Hashable, Sendable {
    /// 1-based table index in the notice (0 for a sentence of the body text).
    public var table: Int
    /// Row number in that table (0 for a sentence).
    public var row: Int
    /// 1-based page it is printed on (0 when unknown).
    public var page: Int
    /// Row label, or what the sentence is about.
    public var name: String
    /// Column header (the path's leaf), empty for a sentence.
    public var column: String
    /// The value printed there, in its own unit.
    public var value: Decimal?
    /// The sentence the value is printed in, empty for a table cell.
    public var quote: String

    /// Creates a location.
    public init(table: Int, row: Int = 0, page: Int, name: String = "", column: String = "",
                value: Decimal? = nil, quote: String = "") {
        self.table = table
        self.row = row
        self.page = page
        self.name = name
        self.column = column
        self.value = value
        self.quote = quote
    }

    /// "table 2 row 5", "table 2" for a whole table, empty for a sentence.
    public var place: String { Finding.place(table: table, row: row, "table ", "row ") }

    /// "table 2 row 5 (page 9) 基本支出 合计" or "page 8 「…sentence…」", for messages and listings;
    /// a row, page or table 0 (not known, or a sentence) is left out, never printed as 0.
    public var label: String {
        if table == 0 { return (page > 0 ? "page \(page) " : "") + "「\(quote)」" }
        let cell = [name, column].filter { !$0.isEmpty }.joined(separator: " ")
        return place + (page > 0 ? " (page \(page))" : "")
            + (cell.isEmpty ? "" : " " + cell)
    }
}
