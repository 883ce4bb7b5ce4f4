/// A row of a dataset table as the row builders make it: values keyed by column, not by position, so a
/// column added to the schema needs its value set in one place. Columns never set are NULL (empty in CSV);
/// `SchemaTests` checks that every builder sets exactly its table's columns.
public struct DatasetRecord: Hashable, Sendable {
    /// The table the row belongs to.
    public let table: DatasetTable
    /// Values by column position (`table.columns`); nil for a column never set.
    private var slots: [DatasetValue?]
    /// Where the column set next lies.
    private var cursor: ColumnCursor

    /// An empty row of `table`.
    init(_ table: DatasetTable) {
        self.table = table
        cursor = ColumnCursor(table)
        slots = Array(repeating: nil, count: cursor.width)
    }

    /// The value of `column` (null when never set or not a column of the table; setting such a column is ignored,
    /// and `SchemaTests` catches the builder that tries).
    subscript(column: DatasetColumn) -> DatasetValue {
        get { table.position(of: column.name).flatMap { slots[$0] } ?? .null }
        // Inlined: called as a function, each set copied the whole column (ten or so references
        // retained and released, about 28,000 sets for 1,500 cells); inlined, only its name is read.
        @inline(__always) set {
            guard let position = cursor.position(of: column.name) else { return }
            slots[position] = newValue
        }
    }

    /// Records are equal when they are rows of one table with the same values.
    public static func == (lhs: DatasetRecord, rhs: DatasetRecord) -> Bool {
        lhs.table == rhs.table && lhs.slots == rhs.slots
    }

    /// Hashes the table and the values.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(table)
        hasher.combine(slots)
    }

    /// Calls `body` with each value in column order (NULL for a column never set), without an array of them.
    func forEachValue<Failure: Error>(_ body: (DatasetValue) throws(Failure) -> Void) throws(Failure) {
        for slot in slots {
            if let slot { try body(slot) } else { try body(.null) }
        }
    }

    /// Names of the columns given a value.
    var keys: Set<String> {
        Set(zip(table.columns, slots).compactMap { column, value in value == nil ? nil : column.name })
    }

    /// Values in column order.
    var ordered: [DatasetValue] { slots.map { $0 ?? .null } }

    /// CSV fields in column order.
    public var fields: [String] { ordered.map(\.csv) }

    /// The row as a JSON object keyed by column name (numbers as exact decimal strings, absent ones null).
    public var json: JSONValue {
        .object(Dictionary(uniqueKeysWithValues: table.columns.map { column in
            switch self[column] {
            case let .text(text): (column.name, JSONValue.string(text))
            case let .integer(number): (column.name, JSONValue.integer(number))
            case .null: (column.name, JSONValue.null)
            }
        }))
    }
}
