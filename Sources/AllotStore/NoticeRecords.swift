import AllotModel

/// One notice flattened into the rows of each dataset table, in CSV field order and printed order.
struct NoticeRecords: Sendable {
    /// A row of one table: its values in CSV field order, and its SQLite ordinal when the table has one.
    struct Record: Hashable, Sendable {
        /// 1-based ordinal within the notice (amount column, finding or citation number).
        var ordinal: Int?
        /// Values in the order of `DatasetTable.fields`.
        var values: [DatasetValue]
    }

    /// The notice's rows, per table.
    private(set) var rows: [DatasetTable: [Record]] = [:]

    /// Flattens `notice`; tables are taken in index order and rows in number order.
    init(_ notice: Notice) {
        let id = DatasetValue.text(notice.id)
        let meta = notice.metadata
        let tables = notice.tables.sorted { $0.index < $1.index }
        let rowCount = tables.reduce(0) { $0 + $1.rows.count }
        rows[.notices] = [Record(ordinal: nil, values: [
            id, .text(meta.docNumber), .text(meta.issuer), .text(meta.title), .text(meta.date),
            .text(notice.sourceFile), .text(notice.sha256), .integer(notice.pageCount), .integer(tables.count),
            .integer(rowCount), .integer(notice.findings.count), .text(meta.agencyCode), .text(meta.docYear),
            .text(meta.docSerial), .text(meta.signature), .text(meta.addressees), .text(meta.fundYear),
            .text(meta.fundName), .text(Self.attachmentText(meta.attachments)), .text(meta.disclosure),
            .text(meta.copyTo), .text(meta.printLine),
        ])]
        var allocations: [Record] = []
        for table in tables {
            for row in table.rows.sorted(by: { $0.number < $1.number }) {
                for (index, column) in table.amountColumns.enumerated() {
                    let amount = index < row.amounts.count ? row.amounts[index] : nil
                    allocations.append(Record(ordinal: index + 1, values: [
                        id, .integer(table.index), .integer(row.number), .integer(row.page), .text(row.level.rawValue),
                        .text(row.name), .text(row.region), .text(row.divisionCode), .text(row.parentCode),
                        .text(column.name), amount.map { .text($0.text) } ?? .null, .text(table.unit),
                        .text(row.remark), .text(row.divisionMatch?.description ?? ""), .text(row.rawName), .text(table.title), .text(table.attachment),
                    ]))
                }
            }
        }
        rows[.allocations] = allocations
        rows[.findings] = notice.findings.enumerated().map { index, finding in
            Record(ordinal: index + 1, values: [
                id, .integer(finding.table), .integer(finding.row), .integer(finding.page), .text(finding.name),
                .text(finding.column), .text(finding.check.rawValue), DatasetValue(finding.stated),
                DatasetValue(finding.computed), DatasetValue(finding.difference), .text(finding.message),
            ])
        }
        rows[.references] = meta.references.enumerated().map { index, cited in
            Record(ordinal: index + 1, values: [id, .text(cited.docNumber), .text(cited.title)])
        }
    }

    /// The rows of one table.
    subscript(table: DatasetTable) -> [Record] { rows[table] ?? [] }

    /// Attachment list as one field: `label：title` entries joined by `；` (label alone when untitled).
    static func attachmentText(_ entries: [AttachmentEntry]) -> String {
        entries.map { $0.title.isEmpty ? $0.label : "\($0.label)：\($0.title)" }.joined(separator: "；")
    }
}
