import AllotModel

/// The merged ranges of each worksheet of an xls workbook, which freexl does not report: the
/// Workbook stream's BOUNDSHEET records name the sheets and where each begins, and each sheet's
/// MERGEDCELLS records (type 0x00E5: a count, then first row, last row, first column, last column,
/// 0-based) list its ranges. Returned 1-based, by sheet name, as SheetCells keeps them.
enum BIFFMerges {
    private static let boundSheet: UInt16 = 0x0085
    private static let mergedCells: UInt16 = 0x00E5
    private static let endOfFile: UInt16 = 0x000A

    /// Ranges by sheet name; empty when the file is no compound file or has no merges.
    static func ranges(in bytes: [UInt8]) -> [String: [CellRange]] {
        guard let file = CompoundFile(bytes), let stream = file.stream(named: "Workbook") else { return [:] }
        var sheets: [(name: String, start: Int)] = []
        var position = 0
        // The globals substream: every BOUNDSHEET up to its EOF.
        while let (type, body, next) = record(stream, at: position) {
            if type == boundSheet, body.count >= 8, let start = CompoundFile.u32(Array(body), 0) {
                sheets.append((name(Array(body.dropFirst(6))), Int(start)))
            }
            position = next
            if type == endOfFile { break }
        }
        var result: [String: [CellRange]] = [:]
        for sheet in sheets {
            var ranges: [CellRange] = []
            var at = sheet.start
            while let (type, body, next) = record(stream, at: at) {
                if type == mergedCells { ranges += merges(Array(body)) }
                at = next
                if type == endOfFile { break }
            }
            if !ranges.isEmpty { result[sheet.name, default: []] += ranges }
        }
        return result
    }

    /// The record at `offset`: type, body and the next record's offset; nil past the end.
    private static func record(_ stream: [UInt8], at offset: Int) -> (UInt16, ArraySlice<UInt8>, Int)? {
        guard let type = CompoundFile.u16(stream, offset), let length = CompoundFile.u16(stream, offset + 2),
              offset + 4 + Int(length) <= stream.count else { return nil }
        return (type, stream[(offset + 4)..<(offset + 4 + Int(length))], offset + 4 + Int(length))
    }

    /// A MERGEDCELLS body's ranges, 1-based.
    private static func merges(_ body: [UInt8]) -> [CellRange] {
        let count = Int(CompoundFile.u16(body, 0) ?? 0)
        return (0..<count).compactMap { index in
            let at = 2 + 8 * index
            guard let firstRow = CompoundFile.u16(body, at), let lastRow = CompoundFile.u16(body, at + 2),
                  let firstColumn = CompoundFile.u16(body, at + 4), let lastColumn = CompoundFile.u16(body, at + 6),
                  firstRow <= lastRow, firstColumn <= lastColumn else { return nil }
            return CellRange(firstRow: Int(firstRow) + 1, firstColumn: Int(firstColumn) + 1,
                             lastRow: Int(lastRow) + 1, lastColumn: Int(lastColumn) + 1)
        }
    }

    /// A BIFF8 short string (character count, option flags, Latin-1 or UTF-16LE characters).
    private static func name(_ body: [UInt8]) -> String {
        guard body.count >= 2 else { return "" }
        let count = Int(body[0])
        let characters = Array(body.dropFirst(2))
        if body[1] & 1 == 1 {
            let units = (0..<min(count, characters.count / 2)).compactMap { CompoundFile.u16(characters, 2 * $0) }
            return String(decoding: units, as: UTF16.self)
        }
        return String(characters.prefix(count).map { Character(Unicode.Scalar($0)) })
    }
}
