import AllotModel

extension RelationColumns {
    /// The checked relations of `notice` encoded for the store: the rows `records(_:)` gives, value for
    /// value, in its order (`PreparedRowsTests` holds the two to each other), without a record of
    /// Strings a row; columns set by slot (`Slot`), the notice id's bytes stored once for every row,
    /// the rows and columns summed written as digits straight into the buffer.
    static func encoded(_ notice: Notice) -> EncodedRows {
        var rows = EncodedRows(.relations)
        // About 64 bytes of text a relation: its kind, label, parts, figures and status.
        let count = notice.tables.reduce(0) { $0 + min($1.relationChecks.count, 1 << 20) }
        rows.reserve(rows: count, bytes: count * 64)
        let id = rows.text(notice.id)
        // One row reused for every relation: each sets every column below.
        var record = EncodedRow(.relations)
        for table in notice.tables.sorted(by: { $0.index < $1.index }) {
            let paths = table.amountColumns.map { rows.text($0.pathText) }
            for (index, check) in table.relationChecks.enumerated() {
                record[at: Slot.noticeID] = id
                record[at: Slot.tableNo] = .integer(table.index)
                record[at: Slot.relationNo] = .integer(index + 1)
                record[at: Slot.relationKind] = rows.text(check.kind.rawValue)
                record[at: Slot.rowNo] = .integer(check.row)
                record[at: Slot.page] = .integer(check.page)
                record[at: Slot.name] = rows.text(check.name)
                record[at: Slot.columnNo] = .integer(check.column + 1)
                record[at: Slot.columnName] = rows.text(check.columnName)
                record[at: Slot.columnPath] = paths.indices.contains(check.column) ? paths[check.column]
                    : rows.text(check.columnName)
                record[at: Slot.partRows] = rows.numbers(check.partRows)
                record[at: Slot.partColumns] = rows.numbers(check.partColumns.lazy.map { $0 + 1 })
                record[at: Slot.stated] = check.stated.map { rows.decimal($0) } ?? .null
                record[at: Slot.computed] = check.computed.map { rows.decimal($0) } ?? .null
                let difference = check.stated.flatMap { stated in check.computed.map { stated - $0 } }
                record[at: Slot.difference] = difference.map { rows.decimal($0) } ?? .null
                record[at: Slot.status] = rows.text(check.status.rawValue)
                record[at: Slot.reason] = rows.text(check.reason)
                rows.append(record)
            }
        }
        return rows
    }

    /// The position of each column in the table's rows, looked up once (not by name for every row).
    private enum Slot {
        static let noticeID = slot(RelationColumns.noticeID), tableNo = slot(RelationColumns.tableNo)
        static let relationNo = slot(RelationColumns.relationNo), relationKind = slot(RelationColumns.relationKind)
        static let rowNo = slot(RelationColumns.rowNo), page = slot(RelationColumns.page)
        static let name = slot(RelationColumns.name), columnNo = slot(RelationColumns.columnNo)
        static let columnName = slot(RelationColumns.columnName), columnPath = slot(RelationColumns.columnPath)
        static let partRows = slot(RelationColumns.partRows), partColumns = slot(RelationColumns.partColumns)
        static let stated = slot(RelationColumns.stated), computed = slot(RelationColumns.computed)
        static let difference = slot(RelationColumns.difference), status = slot(RelationColumns.status)
        static let reason = slot(RelationColumns.reason)

        private static func slot(_ column: DatasetColumn) -> Int {
            DatasetTable.relations.slot(of: column)
        }
    }
}
