/// One notice of a dataset as the HTML report shows it: metadata, tables and findings, all as the
/// dataset's text (amounts stay exact decimal strings).
public struct ReportNotice: Sendable, Equatable {
    /// A finding as in findings.csv.
    public struct Finding: Sendable, Equatable {
        public var table: Int
        public var row: Int
        public var page: Int
        public var name: String
        public var column: String
        public var check: String
        public var stated: String
        public var computed: String
        public var difference: String
        public var message: String
    }

    /// One data row: its amount cells by column name.
    public struct Row: Sendable, Equatable {
        public var number: Int
        public var page: Int
        public var level: String
        public var name: String
        public var region: String
        public var remark: String
        /// Amount text by column name, "" for an empty cell.
        public var amounts: [String: String]
    }

    /// An allocation table, rows in printed order.
    public struct Table: Sendable, Equatable {
        public var number: Int
        public var unit: String
        /// Amount columns in printed order.
        public var columns: [String]
        public var rows: [Row]
    }

    /// Notice identifier (the doc number, or sha256:…).
    public var id: String
    /// Every field of notices.csv in file order, as (name, value).
    public var metadata: [Metadata]
    public var tables: [Table]
    public var findings: [Finding]

    /// A named metadata value.
    public struct Metadata: Sendable, Equatable {
        public var name: String
        public var value: String
    }

    /// The value of a metadata field, "" when absent.
    public func value(_ name: String) -> String {
        metadata.first { $0.name == name }?.value ?? ""
    }

    /// The findings about a cell; a finding without a column (or with one the table lacks) is about the row.
    public func findings(table: Int, row: Int, column: String?) -> [Finding] {
        let columns = tables.first { $0.number == table }?.columns ?? []
        return findings.filter { finding in
            guard finding.table == table, finding.row == row else { return false }
            let rowWide = finding.column.isEmpty || !columns.contains(finding.column)
            return column.map { !rowWide && finding.column == $0 } ?? rowWide
        }
    }
}
