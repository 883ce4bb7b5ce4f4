import AllotModel
import AllotReconcile
import Foundation

/// The region figures of every notice a batch has read, for a later notice that cites it
/// (`CitationStep`), kept out of memory: each notice's figures are encoded compactly and appended
/// to a scratch file, and only an index (notice id → where its figures are) stays in memory, so
/// memory stays flat however many notices the batch holds (as dictionaries of figures they cost
/// ~31 KB a notice of 60 rows, #19). The few bytes not yet flushed are read from memory; when no
/// scratch file can be made or written, everything stays in memory: slower to grow, never lost.
/// Figures come back exactly as stored (the Decimal's own bytes), so findings do not change.
struct CitationArchive {
    /// Bytes collected before they are appended to the scratch file.
    static let flushSize = 1 << 16

    private var index: [String: Range<Int>] = [:]
    /// Bytes not yet in the scratch file; they start at offset `flushed`.
    private var pending: [UInt8] = []
    private var flushed = 0
    private var scratch: ScratchFile?
    private let flushSize: Int

    /// An empty archive; `scratch` nil keeps everything in memory.
    init(scratch: ScratchFile? = ScratchFile(), flushSize: Int = Self.flushSize) {
        self.scratch = scratch
        self.flushSize = flushSize
    }

    /// Whether figures of `id` are stored.
    func contains(_ id: String) -> Bool {
        index[id] != nil
    }

    /// Stores the regions and names of `facts` (replacing what `facts.id` had); `encoded`, when
    /// given, is what `FiguresCoder.encode` made of them already (on a worker thread).
    mutating func store(_ facts: CitationCheck.Facts, encoded: [UInt8]? = nil) {
        let start = flushed + pending.count
        if let encoded {
            pending.append(contentsOf: encoded)
        } else {
            FiguresCoder.encode(facts, into: &pending)
        }
        index[facts.id] = start..<(flushed + pending.count)
        guard pending.count >= flushSize, let file = scratch else { return }
        if file.append(pending) {
            flushed += pending.count
            pending.removeAll(keepingCapacity: true)
        } else {
            scratch = nil
        }
    }

    /// The stored facts of `id`: its id, regions and names (what a citing notice looks up).
    func facts(_ id: String) -> CitationCheck.Facts? {
        guard let range = index[id] else { return nil }
        let bytes: ArraySlice<UInt8>
        if range.lowerBound >= flushed {
            let start = range.lowerBound - flushed, end = range.upperBound - flushed
            guard end <= pending.count else { return nil }
            bytes = pending[start..<end]
        } else {
            guard let read = scratch?.read(at: range.lowerBound, count: range.count) else { return nil }
            bytes = read[...]
        }
        return FiguresCoder.decode(id: id, bytes)
    }
}

/// The byte form of a notice's region figures: a count, then per figure a flag byte (bit 0: it is
/// `regions`' entry under its code, bit 1: `names`' entry under its region, bit 2: under the key
/// that follows instead) and its fields (strings as a length and UTF-8, integers as zigzag
/// varints, the amount's value as the Decimal's own bytes, so it comes back exactly). A figure in
/// both is stored once.
enum FiguresCoder {
    /// Writes `facts`: each figure written as it is met, into a buffer of its own (not first listed
    /// with its key and flags, each figure copied), then their count and that buffer.
    static func encode(_ facts: CitationCheck.Facts, into bytes: inout [UInt8]) {
        var figures: [UInt8] = []
        var count = 0
        for (code, figure) in facts.regions {
            if figure.code != code {
                entry(5, key: code, figure, &figures)
            } else {
                entry(facts.names[figure.region] == figure ? 3 : 1, key: nil, figure, &figures)
            }
            count += 1
        }
        for (region, figure) in facts.names {
            if figure.region != region {
                entry(6, key: region, figure, &figures)
            } else if facts.regions[figure.code] != figure {
                entry(2, key: nil, figure, &figures)
            } else {
                continue
            }
            count += 1
        }
        integer(count, &bytes)
        bytes.append(contentsOf: figures)
    }

    /// One figure: its flags, the key it is stored under when not its own, and its fields.
    private static func entry(_ flags: UInt8, key: String?, _ figure: CitationCheck.Figure, _ bytes: inout [UInt8]) {
        bytes.append(flags)
        if let key { string(key, &bytes) }
        string(figure.code, &bytes)
        string(figure.name, &bytes)
        string(figure.region, &bytes)
        string(figure.amount.text, &bytes)
        withUnsafeBytes(of: figure.amount.value) { bytes.append(contentsOf: $0) }
        string(figure.unit, &bytes)
        integer(figure.table, &bytes)
        integer(figure.row, &bytes)
        integer(figure.page, &bytes)
        string(figure.column, &bytes)
    }

    /// The facts encoded in `bytes` (nil when they are cut short).
    static func decode(id: String, _ bytes: ArraySlice<UInt8>) -> CitationCheck.Facts? {
        var reader = Reader(bytes: bytes)
        guard let count = reader.integer(), count >= 0 else { return nil }
        var regions: [String: CitationCheck.Figure] = [:]
        var names: [String: CitationCheck.Figure] = [:]
        for _ in 0..<count {
            guard let flags = reader.byte() else { return nil }
            var key: String?
            if flags & 4 != 0 {
                guard let explicit = reader.string() else { return nil }
                key = explicit
            }
            guard let code = reader.string(), let name = reader.string(), let region = reader.string(),
                  let text = reader.string(), let value = reader.decimal(), let unit = reader.string(),
                  let table = reader.integer(), let row = reader.integer(), let page = reader.integer(),
                  let column = reader.string() else { return nil }
            let figure = CitationCheck.Figure(code: code, name: name, region: region,
                                              amount: Amount(value: value, text: text), unit: unit, table: table,
                                              row: row, page: page, column: column)
            if flags & 1 != 0 { regions[key ?? code] = figure }
            if flags & 2 != 0 { names[key ?? region] = figure }
        }
        guard reader.atEnd else { return nil }
        return CitationCheck.Facts(id: id, references: [], province: nil, regions: regions, names: names, stated: [])
    }

    private static func string(_ text: String, _ bytes: inout [UInt8]) {
        integer(text.utf8.count, &bytes)
        bytes.append(contentsOf: text.utf8)
    }

    private static func integer(_ number: Int, _ bytes: inout [UInt8]) {
        var rest = UInt64(bitPattern: Int64(number) << 1 ^ Int64(number) >> 63)
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Reads the fields back; every read checks the bytes left.
    private struct Reader {
        var bytes: ArraySlice<UInt8>

        var atEnd: Bool { bytes.isEmpty }

        mutating func byte() -> UInt8? {
            bytes.popFirst()
        }

        mutating func integer() -> Int? {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while let next = bytes.popFirst() {
                guard shift < 64 else { return nil }
                value |= UInt64(next & 0x7F) << shift
                if next < 0x80 {
                    let signed = Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1)
                    return Int(exactly: signed)
                }
                shift += 7
            }
            return nil
        }

        mutating func string() -> String? {
            guard let count = integer(), count >= 0, count <= bytes.count else { return nil }
            defer { bytes.removeFirst(count) }
            return String(decoding: bytes.prefix(count), as: UTF8.self)
        }

        mutating func decimal() -> Decimal? {
            let size = MemoryLayout<Decimal>.size
            guard bytes.count >= size else { return nil }
            var value = Decimal()
            withUnsafeMutableBytes(of: &value) { target in
                target.copyBytes(from: bytes.prefix(size))
            }
            bytes.removeFirst(size)
            return value
        }
    }
}
