import AllotText

/// A minimal reader for the bundled CSV files: one record per line, `"quoted"` fields with `""`.
enum CSVReader {
    /// One record and the 1-based line it came from.
    struct Record: Hashable, Sendable {
        var line: Int
        var fields: [String]
    }

    /// Splits text into records, skipping blank lines; a BOM and CR line ends are tolerated.
    /// Works on UTF-8 bytes (the data files are read by tests and by callers with their own data).
    static func records(_ text: String, file: String) throws(NormalizeError) -> [Record] {
        var records: [Record] = []
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var lineNumber = 0
        var start = 0
        while start <= bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            lineNumber += 1
            var line = bytes[start..<end]
            if line.last == 0x0D { line = line.dropLast() }
            start = end + 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            guard let fields = fields(of: line) else {
                throw .malformedData(file: file, line: lineNumber, reason: "unbalanced quotes")
            }
            records.append(Record(line: lineNumber, fields: fields))
        }
        return records
    }

    /// The fields of one line, or nil when a quote is left open or text follows a closing quote.
    static func fields(of line: Substring) -> [String]? {
        fields(of: ArraySlice(Array(line.utf8)))
    }

    /// The fields of one line of UTF-8 bytes.
    static func fields(of line: ArraySlice<UInt8>) -> [String]? {
        let quote: UInt8 = 0x22
        let comma: UInt8 = 0x2C
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var wasQuoted = false
        for byte in line {
            if quoted {
                if byte == quote {
                    quoted = false
                } else {
                    field.append(byte)
                }
            } else if byte == comma {
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                wasQuoted = false
            } else if byte == quote {
                if wasQuoted {
                    field.append(quote)  // "" inside a quoted field
                } else if !field.isEmpty {
                    return nil
                }
                quoted = true
                wasQuoted = true
            } else {
                if wasQuoted { return nil }
                field.append(byte)
            }
        }
        guard !quoted else { return nil }
        fields.append(String(decoding: field, as: UTF8.self))
        return fields
    }
}
