/// The cells of one worksheet as read, 32 bytes each beside their text, held in chunks so that
/// whoever lays them out in order (the grid) can let each chunk go once its rows are laid out: a
/// large sheet's cells and its grid are then never held whole side by side.
///
/// A chunk is 4,096 cells (128 KiB): above glibc's mmap threshold (`mallopt` in `allot`), so a
/// chunk let go is given back to the system at once instead of pinning the heap.
struct PackedCells {
    /// One cell: position, text, whether the text is a stored number, formula index and indent
    /// steps (in the struct's padding: still 32 bytes).
    struct Cell {
        var row: Int32
        var column: Int32
        var text: String
        var formula: Int32  // index into the sheet's formulas, -1 for none
        var isNumber: Bool
        var indent: UInt8  // indent steps, `notLeft` when the text is not set from the left

        static let notLeft = UInt8.max

        /// Row then column, for ordering.
        var key: Int64 { Int64(row) << 32 | Int64(column) }
    }

    static let chunkCells = 4096

    private var chunks: [[Cell]] = []
    /// Chunks before this one have been let go.
    private var released = 0
    /// Number of cells added.
    private(set) var count = 0

    /// Adds a cell after the others.
    mutating func append(_ cell: Cell) {
        if chunks.last.map({ $0.count >= Self.chunkCells }) ?? true {
            var chunk: [Cell] = []
            chunk.reserveCapacity(Self.chunkCells)
            chunks.append(chunk)
        }
        chunks[chunks.count - 1].append(cell)
        count += 1
    }

    /// The last cell added, nil when none.
    var last: Cell? { chunks.last?.last }

    /// The cell at `index` (0-based, in the order added), nil outside or in a chunk let go.
    subscript(index: Int) -> Cell? {
        guard index >= 0, index < count else { return nil }
        let (chunk, offset) = index.quotientAndRemainder(dividingBy: Self.chunkCells)
        guard chunk >= released, chunks.indices.contains(chunk), chunks[chunk].indices.contains(offset) else {
            return nil
        }
        return chunks[chunk][offset]
    }

    /// Every cell in order (`body` is not called for cells let go).
    func forEach(_ body: (Int, Cell) -> Void) {
        var index = released * Self.chunkCells
        for chunk in chunks.dropFirst(released) {
            for cell in chunk {
                body(index, cell)
                index += 1
            }
        }
    }

    /// Lets go of the chunks that hold only cells before `index`.
    mutating func release(before index: Int) {
        let chunk = min(max(index, 0) / Self.chunkCells, chunks.count)
        while released < chunk {
            chunks[released] = []
            released += 1
        }
    }

    /// Lets go of every cell.
    mutating func removeAll() {
        chunks = []
        released = 0
        count = 0
    }

    /// Sorts the cells by row and column; of cells at one place the last added is kept.
    mutating func sortKeepingLast() {
        var all: [Cell] = []
        all.reserveCapacity(count)
        forEach { _, cell in all.append(cell) }
        let order = all.indices.sorted { all[$0].key != all[$1].key ? all[$0].key < all[$1].key : $0 < $1 }
        removeAll()
        var previous: Cell?
        for index in order {
            if let kept = previous, kept.key != all[index].key { append(kept) }
            previous = all[index]
        }
        if let previous { append(previous) }
    }
}
