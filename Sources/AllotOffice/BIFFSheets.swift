import AllotModel

/// What freexl does not report of an xls workbook's worksheets, read from the Workbook stream's
/// own records: each sheet's merged ranges (MERGEDCELLS: first row, last row, first column, last
/// column, 0-based) and, per column, the most decimals the number formats of its number cells
/// show (NUMBER, RK, MULRK, FORMULA cells → their XF record → its FORMAT, built-in or stated).
/// The globals' BOUNDSHEET records name the sheets and where each begins. By sheet name, 1-based
/// rows and columns, as SheetCells keeps them.
enum BIFFSheets {
    struct Sheet: Equatable {
        var merges: [CellRange] = []
        /// Column (1-based) → most decimals a number format in it shows.
        var shownDecimals: [Int: Int] = [:]
    }

    private static let boundSheet: UInt16 = 0x0085
    private static let mergedCells: UInt16 = 0x00E5
    private static let endOfFile: UInt16 = 0x000A
    private static let format: UInt16 = 0x041E
    private static let extendedFormat: UInt16 = 0x00E0
    private static let number: UInt16 = 0x0203
    private static let rk: UInt16 = 0x027E
    private static let multipleRK: UInt16 = 0x00BD
    private static let formula: UInt16 = 0x0006

    /// The sheets by name; empty when the file is no compound file or its stream cannot be read.
    static func read(_ bytes: [UInt8]) -> [String: Sheet] {
        guard let file = CompoundFile(bytes), let stream = file.stream(named: "Workbook") else { return [:] }
        var sheets: [(name: String, start: Int)] = []
        var formats = NumberStyles.builtInFormats
        var styles: [Int?] = []  // decimals shown by each XF record, in order
        var position = 0
        while let (type, body, next) = record(stream, at: position) {
            let data = Array(body)
            switch type {
            case boundSheet where data.count >= 8:
                if let start = CompoundFile.u32(data, 0) { sheets.append((shortString(Array(data.dropFirst(6))), Int(start))) }
            case format:
                if let id = CompoundFile.u16(data, 0) { formats[Int(id)] = longString(Array(data.dropFirst(2))) }
            case extendedFormat:
                styles.append(CompoundFile.u16(data, 2).flatMap { formats[Int($0)] }.flatMap(NumberStyles.shownDecimals))
            default:
                break
            }
            position = next
            if type == endOfFile { break }
        }
        var result: [String: Sheet] = [:]
        for entry in sheets {
            var sheet = Sheet()
            var at = entry.start
            func shown(column: UInt16?, style: UInt16?) {
                guard let column, let style, styles.indices.contains(Int(style)), let places = styles[Int(style)] else { return }
                sheet.shownDecimals[Int(column) + 1] = max(sheet.shownDecimals[Int(column) + 1] ?? 0, places)
            }
            while let (type, body, next) = record(stream, at: at) {
                let data = Array(body)
                switch type {
                case mergedCells: sheet.merges += merges(data)
                case number, rk, formula: shown(column: CompoundFile.u16(data, 2), style: CompoundFile.u16(data, 4))
                case multipleRK:
                    if let first = CompoundFile.u16(data, 2), data.count >= 6 {
                        for index in 0..<((data.count - 6) / 6) {
                            shown(column: first &+ UInt16(truncatingIfNeeded: index), style: CompoundFile.u16(data, 4 + 6 * index))
                        }
                    }
                default: break
                }
                at = next
                if type == endOfFile { break }
            }
            if sheet != Sheet() { result[entry.name] = sheet }
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

    /// A BIFF8 short string: an 8-bit character count, option flags, then the characters.
    private static func shortString(_ body: [UInt8]) -> String {
        guard body.count >= 2 else { return "" }
        return characters(Array(body.dropFirst(2)), count: Int(body[0]), wide: body[1] & 1 == 1)
    }

    /// A BIFF8 string with a 16-bit character count (FORMAT's format code).
    private static func longString(_ body: [UInt8]) -> String {
        guard body.count >= 3, let count = CompoundFile.u16(body, 0) else { return "" }
        return characters(Array(body.dropFirst(3)), count: Int(count), wide: body[2] & 1 == 1)
    }

    /// Latin-1 or UTF-16LE characters.
    private static func characters(_ data: [UInt8], count: Int, wide: Bool) -> String {
        if wide {
            let units = (0..<min(count, data.count / 2)).compactMap { CompoundFile.u16(data, 2 * $0) }
            return String(decoding: units, as: UTF16.self)
        }
        return String(data.prefix(count).map { Character(Unicode.Scalar($0)) })
    }
}
