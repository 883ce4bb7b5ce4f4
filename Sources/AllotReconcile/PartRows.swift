import AllotModel

/// The rows under one parent, as positions in the table's own rows (4 bytes a row, the rows'
/// storage shared with the table) rather than copies of them: a table's one total over 100,000
/// rows held each row's 104 bytes again for as long as its relations were checked.
struct PartRows: RandomAccessCollection, ExpressibleByArrayLiteral {
    private let rows: [AllocationRow]
    private let positions: [Int32]

    /// `positions` index `rows`; each must be one of its indices (`Reconciler.parts` makes them so).
    init(rows: [AllocationRow], positions: [Int32]) {
        self.rows = rows
        self.positions = positions
    }

    /// Rows of their own, in order.
    init(arrayLiteral elements: AllocationRow...) {
        rows = elements
        positions = elements.indices.map { Int32(truncatingIfNeeded: $0) }
    }

    var startIndex: Int { 0 }
    var endIndex: Int { positions.count }

    subscript(position: Int) -> AllocationRow { rows[Int(positions[position])] }
}

/// Rows by the number of the parent whose sum they are parts of (`Reconciler.parts`).
typealias Parts = [Int: PartRows]
