import AllotModel

/// What each amount column of a table gives every row's cells, and the order its rows are written
/// in, worked out once per table (not once per cell) for the `allocations` rows.
///
/// A cell's id names its table, row label, column path and which occurrence of that label and
/// column it is (a name printed twice), not its row number: a row inserted above it leaves it
/// unchanged. Counted per row label (`LabelCounter`: one entry a label, not a string a cell): a cell
/// is the label's n-th occurrence in its column path over the rows before it (each gives one cell
/// per column printing that path), plus the columns of that path before it in its own row.
struct CellLayout {
    /// Each column's full header path.
    let paths: [String]
    /// Each column's fund source.
    let sources: [String]
    /// How many columns print each column's path.
    private let pathCount: [Int]
    /// How many columns before each print its path.
    private let pathRank: [Int]
    /// Row positions in number order; empty when the rows are in number order already (as tables
    /// are built), so no copy of them is made.
    private let order: [Int]

    /// The layout of `table`.
    init(_ table: AllocationTable) {
        let paths = table.amountColumns.map(\.pathText)
        self.paths = paths
        pathCount = paths.map { path in paths.filter { $0 == path }.count }
        pathRank = paths.indices.map { index in paths[..<index].filter { $0 == paths[index] }.count }
        sources = table.amountColumns.map(\.fundSource.rawValue)
        let inOrder = zip(table.rows, table.rows.dropFirst()).allSatisfy { $0.number < $1.number }
        order = inOrder ? [] : table.rows.indices.sorted { table.rows[$0].number < table.rows[$1].number }
    }

    /// The position in the table's rows of the row written `step`-th.
    func position(_ step: Int) -> Int {
        order.isEmpty ? step : order[step]
    }

    /// Which occurrence of its label and path the cell of column `column` is, in a row whose label
    /// `earlierRows` rows before it printed.
    func occurrence(_ column: Int, earlierRows: Int) -> Int {
        earlierRows * pathCount[column] + pathRank[column] + 1
    }
}
