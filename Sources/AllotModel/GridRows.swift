/// A grid table's data rows, one text per column, held flat in chunks of 4,096 rows instead of an
/// array per row (48 bytes a row of three columns, was 96 with the array's header; a large
/// sheet's rows are held beside its grid), and let go a chunk at a time as they are read
/// (`drain`, `releaseRows(before:)`). A row read is an array of the table's width; a row set is
/// cut or padded with empty texts to that width (every row of a grid table is as wide as its columns).
public struct GridRows: RandomAccessCollection, MutableCollection, Equatable, ExpressibleByArrayLiteral, Sendable {
    /// Rows per chunk.
    public static let chunkRows = 4_096

    private var chunks: [[String]] = []
    /// Chunks before this one have been let go (`releaseRows(before:)`).
    private var released = 0
    /// Texts per row.
    public private(set) var width: Int
    /// Number of rows.
    public private(set) var count = 0
    /// Rows expected: each chunk is reserved at its size up to them (not grown by doubling, which
    /// leaves holes in the heap).
    private var expected = 0

    /// No rows, each `width` texts wide; `expectedRows` rows to come.
    public init(width: Int, expectedRows: Int = 0) {
        self.width = Swift.max(width, 0)
        expected = expectedRows
    }

    /// The rows of the literal, as wide as the widest.
    public init(arrayLiteral rows: [String]...) {
        self.init(width: rows.map(\.count).max() ?? 0)
        for row in rows { append(row) }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    /// A row; a row let go (`releaseRows(before:)`) reads as empty texts.
    public subscript(position: Int) -> [String] {
        get {
            guard position / Self.chunkRows >= released else { return Array(repeating: "", count: width) }
            let start = (position % Self.chunkRows) * width
            return Array(chunks[position / Self.chunkRows][start..<start + width])
        }
        set {
            guard position / Self.chunkRows >= released else { return }
            let start = (position % Self.chunkRows) * width
            for column in 0..<width {
                chunks[position / Self.chunkRows][start + column] = column < newValue.count ? newValue[column] : ""
            }
        }
    }

    /// The text of one cell, nil outside the rows or the width, or let go: no array is built.
    public func text(row position: Int, column: Int) -> String? {
        guard position >= 0, position < count, column >= 0, column < width else { return nil }
        let (chunk, row) = position.quotientAndRemainder(dividingBy: Self.chunkRows)
        guard chunk >= released, chunks.indices.contains(chunk) else { return nil }
        let index = row * width + column
        return chunks[chunk].indices.contains(index) ? chunks[chunk][index] : nil
    }

    /// The same rows (chunks split at the same rows whatever was expected).
    public static func == (lhs: GridRows, rhs: GridRows) -> Bool {
        lhs.width == rhs.width && lhs.count == rhs.count && lhs.released == rhs.released && lhs.chunks == rhs.chunks
    }

    /// Adds a row at the end, cut or padded to the width.
    public mutating func append(_ row: [String]) {
        if count % Self.chunkRows == 0 {
            var chunk: [String] = []
            chunk.reserveCapacity(Swift.min(Self.chunkRows, Swift.max(expected - count, 0)) * width)
            chunks.append(chunk)
        }
        let last = chunks.count - 1
        for column in 0..<width { chunks[last].append(column < row.count ? row[column] : "") }
        count += 1
    }

    /// Lets go of the chunks that hold only rows before `position`: a reader that visits the rows
    /// once, in order, lets each chunk go once it is past it.
    public mutating func releaseRows(before position: Int) {
        let chunk = Swift.min(Swift.max(position, 0) / Self.chunkRows, chunks.count)
        while released < chunk {
            chunks[released] = []
            released += 1
        }
    }

    /// Visits every row in order, each chunk let go once its last row has been visited.
    public consuming func drain(_ body: (Int, [String]) -> Void) {
        for chunk in chunks.indices where chunk >= released {
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
