extension Finding {
    /// Where in its notice the finding is, in words: "table 2 row 5", "table 2" (the whole table),
    /// empty (the whole notice). Table and row 0 name no place and are never printed.
    public var place: String { Self.place(table: table, row: row, "table ", "row ") }

    /// The same in Chinese: "表2 行5", "表2", empty.
    public var placeZH: String { Self.place(table: table, row: row, "表", "行") }

    /// "table 2 row 5" with the given words; a 0 leaves its part out.
    static func place(table: Int, row: Int, _ tableWord: String, _ rowWord: String) -> String {
        guard table > 0 else { return "" }
        return "\(tableWord)\(table)" + (row > 0 ? " \(rowWord)\(row)" : "")
    }

    /// `file:page:` as compilers and linters print a place; `file:` when the page is not known
    /// (a finding about the whole notice).
    public func fileAndPage(_ file: String) -> String {
        page > 0 ? "\(file):\(page):" : "\(file):"
    }
}
