/// How `diff` matches the rows of a table between two datasets, and how it names them.
struct DiffKey {
    /// Fields that make up the key (not compared as values).
    let fields: [String]
    /// Fields that only say where a row is printed: a change in them alone is a move.
    let position: Set<String>
    /// Field shown for an added or removed row.
    let valueField: String
    private let table: DatasetTable

    init(_ table: DatasetTable) {
        self.table = table
        switch table {
        case .notices:
            (fields, position, valueField) = (["notice_id"], [], "title")
        case .allocations:
            // Region identifies a row across regenerations; the label stands in where no region is known.
            (fields, position, valueField) = (["notice_id", "table", "region", "column"], ["row", "page"], "amount")
        case .findings:
            (fields, position, valueField) = (["notice_id", "table", "name", "column", "check"], ["row", "page"],
                                              "message")
        case .references:
            (fields, position, valueField) = (["notice_id", "doc_number"], [], "title")
        }
    }

    /// The key of a row.
    func parts(_ row: [String: String]) -> [String] {
        var parts = fields.map { row[$0] ?? "" }
        if table == .allocations, let region = fields.firstIndex(of: "region"), parts[region].isEmpty {
            parts[region] = "name:" + (row["name"] ?? "")
        }
        return parts
    }

    /// How the report names a row.
    func label(_ row: [String: String]) -> String {
        let id = row["notice_id"] ?? ""
        let table = "table \(row["table"] ?? "")"
        switch self.table {
        case .notices:
            return id
        case .allocations:
            let region = row["region"] ?? ""
            return [id, table, region.isEmpty ? row["name"] ?? "" : region, row["column"] ?? ""].joined(separator: " ")
        case .findings:
            return [id, table, row["name"] ?? "", row["column"] ?? "", "[\(row["check"] ?? "")]"]
                .filter { !$0.isEmpty }.joined(separator: " ")
        case .references:
            return "\(id) cites \(row["doc_number"] ?? "")"
        }
    }

    /// The value shown for an added or removed row.
    func value(_ row: [String: String]) -> String {
        row[valueField] ?? ""
    }
}
