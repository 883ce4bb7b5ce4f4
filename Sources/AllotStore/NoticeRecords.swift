import AllotModel

/// One notice flattened into the rows of each dataset table, in printed order.
struct NoticeRecords: Sendable {
    /// The notice's rows, per table.
    let rows: [DatasetTable: [DatasetRecord]]

    /// Flattens `notice`.
    init(_ notice: Notice) {
        rows = [
            .notices: [NoticeColumns.record(notice)],
            .allocations: AllocationColumns.records(notice),
            .findings: FindingColumns.records(notice),
            .citations: CitationColumns.records(notice),
            .sources: SourceColumns.records(notice),
            .attachments: AttachmentColumns.records(notice),
            .relations: RelationColumns.records(notice),
        ]
    }

    /// The rows of one table.
    subscript(table: DatasetTable) -> [DatasetRecord] { rows[table] ?? [] }
}
