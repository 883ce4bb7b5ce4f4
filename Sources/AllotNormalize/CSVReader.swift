/// A minimal reader for the bundled CSV files: one record per line, `"quoted"` fields with `""`.
enum CSVReader {
    /// One record and the 1-based line it came from.
    struct Record: Hashable, Sendable {
        var line: Int
        var fields: [String]
    }

    /// Splits text into records, skipping blank lines; a BOM and CR line ends are tolerated.
    static func records(_ text: String, file: String) throws(NormalizeError) -> [Record] {
        var records: [Record] = []
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        for (offset, rawLine) in body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            if rawLine.allSatisfy(\.isWhitespace) { continue }
            guard let fields = fields(of: rawLine) else {
                throw .malformedData(file: file, line: offset + 1, reason: "unbalanced quotes")
            }
            records.append(Record(line: offset + 1, fields: fields))
        }
        return records
    }

    /// The fields of one line, or nil when a quote is left open or text follows a closing quote.
    static func fields(of line: Substring) -> [String]? {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var wasQuoted = false
        var iterator = line.makeIterator()
        while let character = iterator.next() {
            if quoted {
                if character == "\"" {
                    quoted = false
                } else {
                    field.append(character)
                }
            } else if character == "," {
                fields.append(field)
                field = ""
                wasQuoted = false
            } else if character == "\"" {
                if wasQuoted {
                    field.append("\"")  // "" inside a quoted field
                } else if !field.isEmpty {
                    return nil
                }
                quoted = true
                wasQuoted = true
            } else {
                if wasQuoted { return nil }
                field.append(character)
            }
        }
        guard !quoted else { return nil }
        fields.append(field)
        return fields
    }
}
