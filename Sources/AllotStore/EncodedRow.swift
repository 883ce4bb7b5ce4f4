/// One row of a dataset table being encoded (`EncodedRows`): its values by column position, set by
/// column as a `DatasetRecord`'s are, each text a value `EncodedRows.text(_:)` made (so the cells of
/// one printed row hold the bytes of what they share once). A plain value: copying a row copies no
/// strings and retains nothing.
struct EncodedRow: Sendable {
    /// Values by column position; nil for a column never set.
    private(set) var values: [EncodedRows.Value?]
    /// Where the column set next lies.
    private var cursor: ColumnCursor

    /// An empty row of `table`.
    init(_ table: DatasetTable) {
        cursor = ColumnCursor(table)
        values = Array(repeating: nil, count: cursor.width)
    }

    /// Sets the value of `column` (a column of another table is ignored, as `DatasetRecord` does).
    subscript(column: DatasetColumn) -> EncodedRows.Value {
        get { cursor.table.position(of: column.name).flatMap { values[$0] } ?? .null }
        @inline(__always) set {
            guard let position = cursor.position(of: column.name) else { return }
            values[position] = newValue
        }
    }

    /// Sets the value at column position `position` (`DatasetTable.position(of:)`, looked up once for
    /// many rows); a position outside the row is ignored.
    subscript(at position: Int) -> EncodedRows.Value {
        get { values.indices.contains(position) ? values[position] ?? .null : .null }
        set {
            guard values.indices.contains(position) else { return }
            values[position] = newValue
        }
    }
}
