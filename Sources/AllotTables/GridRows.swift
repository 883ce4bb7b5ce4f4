/// A grid table's data rows, one text per column, held flat in chunks of 4,096 rows instead of an
/// array per row (48 bytes a row of three columns, was 96 with the array's header; a large
/// sheet's rows are held beside its grid), and let go a chunk at a time as the raw rows are
/// built from them (`drain`). A row read is an array of the table's width; a row set is cut or
/// padded with empty texts to that width (every row of a grid table is as wide as its columns).
struct GridRows: RandomAccessCollection, MutableCollection, Equatable, ExpressibleByArrayLiteral, Sendable {
    /// Rows per chunk.
    static let chunkRows = 4_096

    private var chunks: [[String]] = []
    /// Texts per row.
    private(set) var width: Int
    /// Number of rows.
    private(set) var count = 0
    /// Rows expected: each chunk is reserved at its size up to them (not grown by doubling, which
    /// leaves holes in the heap).
    private var expected = 0

    /// No rows, each `width` texts wide; `expectedRows` rows to come.
    init(width: Int, expectedRows: Int = 0) {
        self.width = Swift.max(width, 0)
        expected = expectedRows
    }

    /// The rows of the literal, as wide as the widest.
    init(arrayLiteral rows: [String]...) {
        self.init(width: rows.map(\.count).max() ?? 0)
        for row in rows { append(row) }
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(position: Int) -> [String] {
        get {
            let start = (position % Self.chunkRows) * width
            return Array(chunks[position / Self.chunkRows][start..<start + width])
        }
        set {
            let start = (position % Self.chunkRows) * width
            for column in 0..<width {
                chunks[position / Self.chunkRows][start + column] = column < newValue.count ? newValue[column] : ""
            }
        }
    }

    /// The same rows (chunks split at the same rows whatever was expected).
    static func == (lhs: GridRows, rhs: GridRows) -> Bool {
        lhs.width == rhs.width && lhs.count == rhs.count && lhs.chunks == rhs.chunks
    }

    /// Adds a row at the end, cut or padded to the width.
    mutating func append(_ row: [String]) {
        if count % Self.chunkRows == 0 {
            var chunk: [String] = []
            chunk.reserveCapacity(Swift.min(Self.chunkRows, Swift.max(expected - count, 0)) * width)
            chunks.append(chunk)
        }
        let last = chunks.count - 1
        for column in 0..<width { chunks[last].append(column < row.count ? row[column] : "") }
        count += 1
    }

    /// Visits every row in order, each chunk let go once its last row has been visited.
    consuming func drain(_ body: (Int, [String]) -> Void) {
        for chunk in chunks.indices {
            var texts: [String] = []
            swap(&texts, &chunks[chunk])
            // Every chunk but the last holds `chunkRows` rows, each `width` texts (`append`).
            let rows = Swift.min(Self.chunkRows, count - chunk * Self.chunkRows)
            for row in 0..<Swift.max(rows, 0) where (row + 1) * width <= texts.count {
                body(chunk * Self.chunkRows + row, Array(texts[row * width..<(row + 1) * width]))
            }
        }
    }
}
