import AllotModel

extension RelationColumns {
    /// The checked relations of `notice` encoded for the store: the rows `records(_:)` gives, value for
    /// value, in its order (`PreparedRowsTests` holds the two to each other), without a record of
    /// Strings a row; the notice id's bytes stored once for every row, the rows and columns summed
    /// written as digits straight into the buffer.
    static func encoded(_ notice: Notice) -> EncodedRows {
        var rows = EncodedRows(.relations)
        let id = rows.text(notice.id)
        for table in notice.tables.sorted(by: { $0.index < $1.index }) {
            let paths = table.amountColumns.map { rows.text($0.pathText) }
            for (index, check) in table.relationChecks.enumerated() {
                var record = EncodedRow(.relations)
                record[noticeID] = id
                record[tableNo] = .integer(table.index)
                record[relationNo] = .integer(index + 1)
                record[relationKind] = rows.text(check.kind.rawValue)
                record[rowNo] = .integer(check.row)
                record[page] = .integer(check.page)
                record[name] = rows.text(check.name)
                record[columnNo] = .integer(check.column + 1)
                record[columnName] = rows.text(check.columnName)
                record[columnPath] = paths.indices.contains(check.column) ? paths[check.column] : rows.text(check.columnName)
                record[partRows] = rows.numbers(check.partRows)
                record[partColumns] = rows.numbers(check.partColumns.lazy.map { $0 + 1 })
                record[stated] = check.stated.map { rows.decimal($0) } ?? .null
                record[computed] = check.computed.map { rows.decimal($0) } ?? .null
                let difference = check.stated.flatMap { stated in check.computed.map { stated - $0 } }
                record[self.difference] = difference.map { rows.decimal($0) } ?? .null
                record[status] = rows.text(check.status.rawValue)
                record[reason] = rows.text(check.reason)
                rows.append(record)
            }
        }
        return rows
    }
}
