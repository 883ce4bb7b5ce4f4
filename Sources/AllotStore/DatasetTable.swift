/// The tables of the dataset: one CSV file, one SQLite table and one data package resource each.
public enum DatasetTable: String, CaseIterable, Hashable, Sendable {
    /// One row per notice.
    case notices
    /// One row per amount cell.
    case allocations
    /// One row per finding.
    case findings
    /// One row per document cited in a notice's body.
    case references

    /// File name in the dataset folder.
    public var file: String { "\(rawValue).csv" }

    /// Column names of the CSV file, in order.
    public var header: [String] { fields.map(\.name) }

    /// Fields in CSV order.
    public var fields: [DatasetField] {
        switch self {
        case .notices: Self.noticeFields
        case .allocations: Self.allocationFields
        case .findings: Self.findingFields
        case .references: Self.referenceFields
        }
    }

    /// CSV fields that identify a row (Table Schema primaryKey).
    public var primaryKey: [String] {
        switch self {
        case .notices: ["notice_id"]
        case .allocations: ["notice_id", "table", "row", "column"]
        case .findings: ["notice_id", "table", "row", "column", "check"]
        case .references: ["notice_id", "doc_number"]
        }
    }

    /// SQLite column numbering a notice's rows where no CSV field does (amount column, finding, citation).
    var ordinalColumn: String? {
        switch self {
        case .notices: nil
        case .allocations: "column_no"
        case .findings: "finding_no"
        case .references: "reference_no"
        }
    }

    /// SQLite ORDER BY of the canonical export: by notice id (bytewise), then printed order.
    var exportOrder: String {
        switch self {
        case .notices: "notice_id"
        case .allocations: "notice_id, table_no, row_no, column_no"
        case .findings: "notice_id, finding_no"
        case .references: "notice_id, reference_no"
        }
    }

    /// Title of the data package resource, Chinese and English.
    public var title: String {
        switch self {
        case .notices: "资金分配通知 Notices"
        case .allocations: "分配金额 Allocations"
        case .findings: "核对发现 Findings"
        case .references: "引用文件 Cited documents"
        }
    }

    /// Description of the data package resource, Chinese then English.
    public var summary: (zh: String, en: String) {
        switch self {
        case .notices:
            ("资金分配通知，每份通知一行：公文要素（GB/T 9704-2012）、源文件及计数。",
             "Fund-allocation notices, one row per notice: document elements (GB/T 9704-2012), source file and counts.")
        case .allocations:
            ("分配表金额，每个金额单元格一行，按通知、表、行、列的印刷顺序排列。",
             "Allocation amounts, one row per amount cell, in printed order by notice, table, row and column.")
        case .findings:
            ("核对发现，每项一行：小计、合计、横向合计不符及结构问题。",
             "Findings, one row each: subtotal, total and cross-foot mismatches and structural problems.")
        case .references:
            ("通知正文引用的文件，每个被引文件一行，按首次引用顺序排列。",
             "Documents cited in the notice body, one row per cited document, in order of first citation.")
        }
    }
}
