/// For each row of a normalized table, the 1-based row of the table as found that it was read from
/// (`AllocationTable.printedRows`). Held as a count when the rows are 1, 2, 3 … (a table of one
/// side whose every row was read, a large sheet's among them: an array of them was 8 bytes a row,
/// held to the end of the run); any other list as given. Which form depends only on the rows, so
/// equal lists are held alike.
public struct PrintedRows: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral {
    private enum Storage: Hashable, Sendable {
        /// 1 through the count.
        case counting(Int)
        /// Any other list.
        case listed([Int])
    }

    private var storage: Storage

    /// No rows.
    public init() {
        storage = .counting(0)
    }

    /// The rows of `rows`, in order.
    public init<Source: Sequence>(_ rows: Source) where Source.Element == Int {
        self.init()
        for row in rows { append(row) }
    }

    /// Adds a row at the end (not generic: a stage in another module builds the list without
    /// generic code instantiated at run time).
    public mutating func append(_ row: Int) {
        switch storage {
        case let .counting(count) where row == count + 1:
            storage = .counting(row)
        case let .counting(count):
            storage = .listed(Array(1..<(count + 1)) + [row])
        case var .listed(rows):
            // the list is taken out of the storage so that it is appended to in place
            storage = .counting(0)
            rows.append(row)
            storage = .listed(rows)
        }
    }

    /// The rows of the literal, in order.
    public init(arrayLiteral rows: Int...) {
        self.init(rows)
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case let .counting(count): count
        case let .listed(rows): rows.count
        }
    }

    public subscript(position: Int) -> Int {
        switch storage {
        case .counting: position + 1
        case let .listed(rows): rows[position]
        }
    }
}
