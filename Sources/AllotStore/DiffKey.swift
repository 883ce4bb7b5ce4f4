/// How `diff` matches the rows of a table between two datasets, and how it names them.
struct DiffKey {
    /// Fields that make up the key (not compared as values).
    let fields: [String]
    /// Fields that only say where a row is printed: a change in them alone is a move.
    let position: Set<String>
    /// Field shown for an added or removed row.
    let valueField: String
    private let table: DatasetTable

    private typealias Cells = AllocationColumns
    private typealias Findings = FindingColumns

    init(_ table: DatasetTable) {
        self.table = table
        let (key, position, value): ([DatasetColumn], [DatasetColumn], DatasetColumn)
        switch table {
        case .notices:
            (key, position, value) = ([NoticeColumns.noticeID], [], NoticeColumns.title)
        case .allocations:
            // Region identifies a row across regenerations; the label stands in where no region is known.
            // parent_row is a row number: it shifts with the rows above, like row_no.
            (key, position, value) = ([Cells.noticeID, Cells.tableNo, Cells.region, Cells.columnName],
                                      [Cells.rowNo, Cells.columnNo, Cells.page, Cells.parentRow], Cells.amount)
        case .findings:
            (key, position, value) = ([Findings.noticeID, Findings.tableNo, Findings.name, Findings.columnName, Findings.checkName],
                                      [Findings.findingNo, Findings.rowNo, Findings.page], Findings.message)
        case .citations:
            (key, position, value) = ([CitationColumns.noticeID, CitationColumns.docNumber], [CitationColumns.citationNo],
                                      CitationColumns.title)
        case .sources:
            (key, position, value) = ([SourceColumns.noticeID, SourceColumns.file], [SourceColumns.sourceNo],
                                      SourceColumns.sha256)
        case .attachments:
            (key, position, value) = ([AttachmentColumns.noticeID, AttachmentColumns.url],
                                      [AttachmentColumns.attachmentNo], AttachmentColumns.fileName)
        case .relations:
            // A relation is its sum cell (row label and column path) and its kind; row numbers shift.
            (key, position, value) = ([RelationColumns.noticeID, RelationColumns.tableNo, RelationColumns.name,
                                       RelationColumns.columnPath, RelationColumns.relationKind],
                                      [RelationColumns.relationNo, RelationColumns.rowNo, RelationColumns.page,
                                       RelationColumns.columnNo, RelationColumns.partRows],
                                      RelationColumns.status)
        }
        (fields, self.position, valueField) = (key.map(\.name), Set(position.map(\.name)), value.name)
    }

    /// The key of a row.
    func parts(_ row: [String: String]) -> [String] {
        var parts = fields.map { row[$0] ?? "" }
        if table == .allocations, let region = fields.firstIndex(of: Cells.region.name), parts[region].isEmpty {
            parts[region] = "name:" + (row[Cells.name.name] ?? "")
        }
        // Earlier datasets wrote 0 for a notice-level finding's table; it is now empty.
        if table == .findings, let tableNo = fields.firstIndex(of: Findings.tableNo.name), parts[tableNo] == "0" {
            parts[tableNo] = ""
        }
        return parts
    }

    /// How the report names a row.
    func label(_ row: [String: String]) -> String {
        let id = row[NoticeColumns.noticeID.name] ?? ""
        let table = "table \(row[Cells.tableNo.name] ?? "")"
        let name = row[Cells.name.name] ?? ""
        switch self.table {
        case .notices:
            return id
        case .allocations:
            let region = row[Cells.region.name] ?? ""
            return [id, table, region.isEmpty ? name : region, row[Cells.columnName.name] ?? ""].joined(separator: " ")
        case .findings:
            return [id, table, name, row[Findings.columnName.name] ?? "", "[\(row[Findings.checkName.name] ?? "")]"]
                .filter { !$0.isEmpty }.joined(separator: " ")
        case .citations:
            return "\(id) cites \(row[CitationColumns.docNumber.name] ?? "")"
        case .sources:
            return "\(id) read from \(row[SourceColumns.file.name] ?? "")"
        case .attachments:
            return "\(id) links to \(row[AttachmentColumns.url.name] ?? "")"
        case .relations:
            return [id, table, name, row[RelationColumns.columnPath.name] ?? "",
                    "[\(row[RelationColumns.relationKind.name] ?? "")]"].joined(separator: " ")
        }
    }

    /// The value shown for an added or removed row.
    func value(_ row: [String: String]) -> String {
        row[valueField] ?? ""
    }
}
