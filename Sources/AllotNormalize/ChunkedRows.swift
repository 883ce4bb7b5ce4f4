/// Values of one row each, held in chunks of 4,096 so that they can be let go a chunk at a time
/// while what is built from them grows (`drain`): a large sheet's drafts then go as its rows are
/// built instead of being held whole beside them. A chunk of drafts (96 bytes each) is above
/// glibc's mmap threshold (`mallopt` in `allot`), so each chunk let go goes back to the system.
struct ChunkedRows<Element>: RandomAccessCollection, MutableCollection, ExpressibleByArrayLiteral {
    /// Rows per chunk (a power of two: a position splits by shift and mask).
    static var chunkSize: Int { 1 << chunkShift }
    private static var chunkShift: Int { 12 }

    private var chunks: [[Element]] = []
    /// Number of rows.
    private(set) var count = 0
    /// Rows the list is expected to hold: each chunk is reserved at its size up to them, so that a
    /// large table's chunks are not grown by doubling (the arrays let go on the way leave holes
    /// in the heap that the rows built later do not all fill).
    private var expected = 0

    /// An empty list.
    init() {}

    /// An empty list that expects `expectedCount` rows.
    init(expectedCount: Int) {
        expected = expectedCount
    }

    /// The rows of `elements`, in order.
    init<Source: Sequence>(_ elements: Source) where Source.Element == Element {
        for element in elements { append(element) }
    }

    /// The rows of the literal, in order.
    init(arrayLiteral elements: Element...) {
        self.init(elements)
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(position: Int) -> Element {
        get { chunks[position >> Self.chunkShift][position & (Self.chunkSize - 1)] }
        set { chunks[position >> Self.chunkShift][position & (Self.chunkSize - 1)] = newValue }
    }

    /// Adds a row at the end (a chunk is reserved up to the rows expected, else grows as an array
    /// does: a small table holds no whole chunk).
    mutating func append(_ element: Element) {
        if count & (Self.chunkSize - 1) == 0 {
            var chunk: [Element] = []
            chunk.reserveCapacity(Swift.min(Self.chunkSize, Swift.max(expected - count, 0)))
            chunks.append(chunk)
        }
        chunks[chunks.count - 1].append(element)
        count += 1
    }

    /// Visits every row in order, each chunk let go once its last row has been visited.
    consuming func drain(_ body: (Int, Element) -> Void) {
        var position = 0
        for chunk in chunks.indices {
            var rows: [Element] = []
            swap(&rows, &chunks[chunk])
            for row in rows {
                body(position, row)
                position += 1
            }
        }
    }
}

extension ChunkedRows: Sendable where Element: Sendable {}
