import AllotStore

/// Chinese labels of the report, with the English kept beside them where a reader may need it.
enum ReportLabels {
    /// The label of a notices.csv field (文号 doc_number); the field name itself when unknown.
    static func field(_ name: String) -> String {
        let label = ColumnLabel.zh(name)
        return label == name ? name : "\(label) \(name)"
    }

    /// The Chinese label of a row level (合计, 小计, 明细, 分组标题).
    static func level(_ level: String) -> String {
        AllocationColumns.level.labels.first { $0.value == level }?.zh ?? level
    }
}
