/// The position of each column set in a row being built (`DatasetRecord`, `EncodedRow`), found by
/// name. The builders set a row's columns in their order, skipping some, so the next column set is
/// looked for from the position after the one set last (comparing a few short names costs less
/// than hashing one), and only then looked up by name.
struct ColumnCursor: Sendable {
    /// The table the row belongs to.
    let table: DatasetTable
    /// The table's column names, by position.
    private let names: [String]
    /// The position after the column set last.
    private var next = 0

    /// A cursor at the first column of `table`.
    init(_ table: DatasetTable) {
        self.table = table
        names = table.header
    }

    /// The table's number of columns.
    var width: Int { names.count }

    /// The position of the column called `name` (nil when the table has none); the cursor moves past it.
    @inline(__always) mutating func position(of name: String) -> Int? {
        var position = next
        while position < names.count, names[position] != name { position += 1 }
        if position == names.count {
            guard let found = table.position(of: name) else { return nil }
            position = found
        }
        next = position + 1
        return position
    }
}
