import AllotStore

/// The row hierarchy in the HTML report: each name indented by its depth (one em per level) with
/// its classification code in brackets in front of it (a code, never an amount).
public enum HierarchyHTML {
    /// Where a row sits: depth and classification code as printed.
    public struct Place: Sendable, Equatable {
        /// 0 for a total or a top row, 1 for what it sums, and so on.
        public var depth = 0
        /// The code as printed (201 06 01), empty when none.
        public var code = ""

        /// No place: a row at the top.
        public init() {}

        /// The place a dataset row records (allocations.csv depth, printed_code).
        init(_ record: DatasetRow) {
            depth = max(0, Int(record[AllocationColumns.depth]) ?? 0)
            code = record[AllocationColumns.printedCode]
        }
    }

    /// Deepest indentation drawn, in em: deeper rows line up with it.
    static let maximumIndent = 8

    /// The name as the report shows it: the printed code in brackets in front.
    static func label(_ row: ReportNotice.Row) -> String {
        let code = row.place.code.isEmpty ? "" : "[\(row.place.code)] "
        return code + row.name
    }

    /// The cell style indenting a row of `depth`: one em per level.
    static func indentStyle(_ depth: Int) -> String {
        "padding-left:\(min(max(depth, 0), maximumIndent))em"
    }
}
