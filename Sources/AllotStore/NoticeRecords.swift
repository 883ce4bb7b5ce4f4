import AllotModel

/// One notice flattened into the rows of each dataset table, in printed order.
struct NoticeRecords: Sendable {
    /// The notice's rows, per table.
    let rows: [DatasetTable: [DatasetRecord]]

    /// Flattens `notice`.
    init(_ notice: Notice) {
        rows = Dictionary(uniqueKeysWithValues: DatasetTable.allCases.map { ($0, Self.records($0, of: notice)) })
    }

    /// The rows `notice` gives `table`.
    static func records(_ table: DatasetTable, of notice: Notice) -> [DatasetRecord] {
        switch table {
        case .notices: [NoticeColumns.record(notice)]
        case .allocations: AllocationColumns.records(notice)
        case .findings: FindingColumns.records(notice)
        case .citations: CitationColumns.records(notice)
        case .sources: SourceColumns.records(notice)
        case .attachments: AttachmentColumns.records(notice)
        case .relations: RelationColumns.records(notice)
        }
    }

    /// The rows of one table.
    subscript(table: DatasetTable) -> [DatasetRecord] { rows[table] ?? [] }
}
