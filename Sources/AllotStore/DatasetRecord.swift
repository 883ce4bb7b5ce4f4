/// A row of a dataset table as the row builders make it: values keyed by column, not by position, so a
/// column added to the schema needs its value set in one place. Columns never set are NULL (empty in CSV);
/// `SchemaTests` checks that every builder sets exactly its table's columns.
public struct DatasetRecord: Hashable, Sendable {
    /// The table the row belongs to.
    public let table: DatasetTable
    private(set) var values: [String: DatasetValue] = [:]

    /// An empty row of `table`.
    init(_ table: DatasetTable) {
        self.table = table
    }

    /// The value of `column`.
    subscript(column: DatasetColumn) -> DatasetValue {
        get { values[column.name] ?? .null }
        set { values[column.name] = newValue }
    }

    /// Names of the columns given a value.
    var keys: Set<String> { Set(values.keys) }

    /// Values in column order.
    var ordered: [DatasetValue] { table.columns.map { values[$0.name] ?? .null } }

    /// CSV fields in column order.
    public var fields: [String] { ordered.map(\.csv) }

    /// The row as a JSON object keyed by column name (numbers as exact decimal strings, absent ones null).
    public var json: JSONValue {
        .object(Dictionary(uniqueKeysWithValues: table.columns.map { column in
            switch values[column.name] ?? .null {
            case let .text(text): (column.name, JSONValue.string(text))
            case let .integer(number): (column.name, JSONValue.integer(number))
            case .null: (column.name, JSONValue.null)
            }
        }))
    }
}
