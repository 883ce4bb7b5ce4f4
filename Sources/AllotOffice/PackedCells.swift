/// The cells of one worksheet as read, held in chunks so that whoever lays them out in order (the
/// grid) can let each chunk go once its rows are laid out: a large sheet's cells and its grid are
/// then never held whole side by side.
///
/// A cell is held as 16 bytes (`Slot`: position, where its text is, flags and indent steps) and
/// its text: a text of at most 15 UTF-8 bytes (a number, a short name: what Swift would hold inline
/// in a 16-byte `String` anyway) in the chunk's one byte buffer, a longer one as a `String` beside
/// (which shares the shared-string table's storage, so a repeated long shared string is not copied
/// each time); the rare formula index in a map. A large sheet's cells were 32 bytes each beside
/// their grid while it was built, the peak of the sheet stage.
///
/// A chunk is 8,192 cells (128 KiB of slots): above glibc's mmap threshold (`mallopt` in `allot`),
/// so a chunk let go is given back to the system at once instead of pinning the heap.
struct PackedCells {
    /// One cell as stored and read back: position, text, whether the text is a stored number,
    /// formula index and indent steps.
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

    static let chunkCells = 8_192

    private var chunks: [Chunk] = []
    /// Chunks before this one have been let go.
    private var released = 0
    /// Number of cells added.
    private(set) var count = 0
    /// Key of the last cell added (`Cell.key`), nil when none.
    private(set) var lastKey: Int64?

    /// Adds a cell after the others.
    mutating func append(_ cell: Cell) {
        if chunks.last.map({ $0.count >= Self.chunkCells }) ?? true {
            chunks.append(Chunk(reserving: Self.chunkCells))
        }
        chunks[chunks.count - 1].append(cell)
        count += 1
        lastKey = cell.key
    }

    /// The cell at `index` (0-based, in the order added), nil outside or in a chunk let go.
    subscript(index: Int) -> Cell? {
        guard index >= 0, index < count else { return nil }
        let (chunk, offset) = index.quotientAndRemainder(dividingBy: Self.chunkCells)
        guard chunk >= released, chunks.indices.contains(chunk) else { return nil }
        return chunks[chunk][offset]
    }

    /// The index of the cell at `key` (`Cell.key`) among cells added in key order, none let go; nil
    /// when no cell is there, or a chunk was let go. Binary search over the slots' positions only.
    func index(ofKey key: Int64) -> Int? {
        guard released == 0 else { return nil }
        var low = 0, high = count
        while low < high {
            let middle = low + (high - low) / 2
            let (chunk, offset) = middle.quotientAndRemainder(dividingBy: Self.chunkCells)
            guard chunks.indices.contains(chunk), let found = chunks[chunk].key(at: offset) else { return nil }
            if found == key { return middle }
            if found < key { low = middle + 1 } else { high = middle }
        }
        return nil
    }

    /// Puts `cell` in place of the cell at `index` (a chunk let go is left as it is). The text the
    /// cell had stays in its chunk's buffer unread: replacing is for the rare cell set twice.
    mutating func replace(at index: Int, with cell: Cell) {
        guard index >= 0, index < count else { return }
        let (chunk, offset) = index.quotientAndRemainder(dividingBy: Self.chunkCells)
        guard chunk >= released, chunks.indices.contains(chunk) else { return }
        chunks[chunk].replace(offset, with: cell)
    }

    /// Every cell in order (`body` is not called for cells let go).
    func forEach(_ body: (Int, Cell) -> Void) {
        var index = released * Self.chunkCells
        for chunk in chunks.dropFirst(released) {
            for offset in 0..<chunk.count {
                if let cell = chunk[offset] { body(index, cell) }
                index += 1
            }
        }
    }

    /// Lets go of the chunks that hold only cells before `index`.
    mutating func release(before index: Int) {
        let chunk = min(max(index, 0) / Self.chunkCells, chunks.count)
        while released < chunk {
            chunks[released] = Chunk(reserving: 0)
            released += 1
        }
    }

    /// Lets go of every cell.
    mutating func removeAll() {
        chunks = []
        released = 0
        count = 0
        lastKey = nil
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

extension PackedCells {
    /// Up to `chunkCells` cells: their slots, the short texts' bytes, the long texts and the formulas.
    private struct Chunk {
        /// A cell: position; the text's start in `bytes` (short) or its index in `long`; its length
        /// in bytes (short); flags; indent steps.
        struct Slot {
            var row: Int32
            var column: Int32
            var text: UInt32
            var length: UInt8
            var flags: UInt8
            var indent: UInt8
        }

        static let isNumber: UInt8 = 1
        static let isLong: UInt8 = 2
        /// Longest text held in `bytes` (a `String` holds up to 15 UTF-8 bytes inline).
        static let longestShort = 15

        private var slots: [Slot] = []
        private var bytes: [UInt8] = []
        private var long: [String] = []
        /// Formula index of the cells that have one, by position in the chunk.
        private var formulas: [Int: Int32] = [:]

        init(reserving cells: Int) {
            guard cells > 0 else { return }
            slots.reserveCapacity(cells)
            bytes.reserveCapacity(cells * 16)
        }

        var count: Int { slots.count }

        mutating func append(_ cell: Cell) {
            if cell.formula >= 0 { formulas[slots.count] = cell.formula }
            slots.append(stored(cell))
        }

        /// Puts `cell` in place of the one at `position`.
        mutating func replace(_ position: Int, with cell: Cell) {
            guard slots.indices.contains(position) else { return }
            slots[position] = stored(cell)
            formulas[position] = cell.formula >= 0 ? cell.formula : nil
        }

        /// The slot of `cell`, its text added to the bytes or the long texts.
        private mutating func stored(_ cell: Cell) -> Slot {
            var slot = Slot(row: cell.row, column: cell.column, text: 0, length: 0,
                            flags: cell.isNumber ? Self.isNumber : 0, indent: cell.indent)
            let utf8 = cell.text.utf8
            if utf8.count <= Self.longestShort, let start = UInt32(exactly: bytes.count) {
                slot.text = start
                slot.length = UInt8(utf8.count)
                bytes.append(contentsOf: utf8)
            } else {
                slot.text = UInt32(truncatingIfNeeded: long.count)
                slot.flags |= Self.isLong
                long.append(cell.text)
            }
            return slot
        }

        /// The key (`Cell.key`) of the cell at `position`, nil outside.
        func key(at position: Int) -> Int64? {
            guard slots.indices.contains(position) else { return nil }
            return Int64(slots[position].row) << 32 | Int64(slots[position].column)
        }

        /// The cell at `position`, nil outside.
        subscript(position: Int) -> Cell? {
            guard slots.indices.contains(position) else { return nil }
            let slot = slots[position]
            let text: String
            if slot.flags & Self.isLong != 0 {
                guard long.indices.contains(Int(slot.text)) else { return nil }
                text = long[Int(slot.text)]
            } else {
                let start = Int(slot.text), end = start + Int(slot.length)
                guard end <= bytes.count else { return nil }
                text = bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]),
                                                              as: UTF8.self) }
            }
            return Cell(row: slot.row, column: slot.column, text: text,
                        formula: formulas.isEmpty ? -1 : formulas[position] ?? -1,
                        isNumber: slot.flags & Self.isNumber != 0, indent: slot.indent)
        }
    }
}
