/// The records of an xls Workbook stream (BIFF8): a 16-bit type, a 16-bit length, the body. A
/// walk goes from an offset to a limit and ends at the stream's end, at a record that does not
/// fit, at the limit, or at the EOF closing the substream it began in (a chart embedded in a
/// worksheet opens its own BOF … EOF inside it). Every step moves forward by at least the
/// 4-byte header, so a walk without an EOF, or over absurd lengths, ends within the bytes given.
enum BIFFRecords {
    static let beginningOfFile: UInt16 = 0x0809
    static let endOfFile: UInt16 = 0x000A

    /// A record: its type, body and where the next one starts.
    struct Record {
        var type: UInt16
        var body: ArraySlice<UInt8>
        var next: Int
    }

    /// The record at `offset`; nil past the end or when its body runs past `limit`.
    static func record(_ stream: [UInt8], at offset: Int, limit: Int) -> Record? {
        guard offset >= 0, let type = CompoundFile.u16(stream, offset), let length = CompoundFile.u16(stream, offset + 2)
        else { return nil }
        let end = offset + 4 + Int(length)
        guard end <= min(stream.count, limit) else { return nil }
        return Record(type: type, body: stream[(offset + 4)..<end], next: end)
    }

    /// Calls `visit` with each record of the substream starting at `start` (its BOF included)
    /// until its EOF, the stream's end or `limit`, whichever comes first.
    static func walk(_ stream: [UInt8], from start: Int, limit: Int, _ visit: (Record) -> Void) {
        var at = start
        var depth = 0
        while let record = record(stream, at: at, limit: limit) {
            visit(record)
            at = record.next
            if record.type == beginningOfFile {
                depth += 1
            } else if record.type == endOfFile {
                depth -= 1
                if depth <= 0 { return }
            }
        }
    }

    /// A BIFF8 short string: an 8-bit character count, option flags, then the characters.
    static func shortString(_ body: ArraySlice<UInt8>) -> String {
        let body = Array(body)
        guard body.count >= 2 else { return "" }
        return characters(Array(body.dropFirst(2)), count: Int(body[0]), wide: body[1] & 1 == 1)
    }

    /// A BIFF8 string with a 16-bit character count (FORMAT's format code, STRING's text).
    static func longString(_ body: ArraySlice<UInt8>) -> String {
        let body = Array(body)
        guard body.count >= 3, let count = CompoundFile.u16(body, 0) else { return "" }
        return characters(Array(body.dropFirst(3)), count: Int(count), wide: body[2] & 1 == 1)
    }

    /// Latin-1 or UTF-16LE characters, at most `count` and at most what `data` holds.
    static func characters(_ data: [UInt8], count: Int, wide: Bool) -> String {
        if wide {
            let units = (0..<min(count, data.count / 2)).compactMap { CompoundFile.u16(data, 2 * $0) }
            return String(decoding: units, as: UTF16.self)
        }
        return String(data.prefix(count).map { Character(Unicode.Scalar($0)) })
    }
}
