/// An RFC 4180 CSV file read into records: quoted fields with doubled quotes, CRLF or LF record
/// ends, an optional UTF-8 byte order mark. The first record is the header.
struct CSVRecords {
    /// Field names of the header record.
    var header: [String]
    /// Data records with the 1-based line each starts on.
    var rows: [(line: Int, fields: [String])]

    /// A parse failure with the 1-based line it was found on.
    struct Failure: Error {
        var line: Int
        var reason: String
    }

    /// Parses CSV text.
    init(parsing text: String) throws(Failure) {
        var records: [(line: Int, fields: [String])] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var closedQuote = false
        var line = 1
        var recordLine = 1
        var scalars = Substring(text).unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var iterator = scalars.makeIterator()
        var pending: Unicode.Scalar? = nil

        func endRecord() {
            record.append(field)
            records.append((recordLine, record))
            record = []
            field = ""
            closedQuote = false
        }

        while let scalar = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if scalar == "\"" {
                    let next = iterator.next()
                    if next == "\"" {
                        field.unicodeScalars.append("\"")
                    } else {
                        quoted = false
                        closedQuote = true
                        pending = next
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case ",":
                record.append(field)
                field = ""
                closedQuote = false
            case "\r":
                let next = iterator.next()
                guard next == "\n" else { throw Failure(line: line, reason: "carriage return outside a quoted field") }
                pending = next
            case "\n":
                endRecord()
                line += 1
                recordLine = line
            case "\"":
                guard field.isEmpty, !closedQuote else { throw Failure(line: line, reason: "quote inside an unquoted field") }
                quoted = true
            default:
                guard !closedQuote else { throw Failure(line: line, reason: "text after the closing quote of a field") }
                field.unicodeScalars.append(scalar)
            }
        }
        if quoted { throw Failure(line: line, reason: "unterminated quoted field") }
        if !field.isEmpty || !record.isEmpty || closedQuote { endRecord() }
        guard let header = records.first?.fields else { throw Failure(line: 1, reason: "no header row") }
        for record in records.dropFirst() where record.fields.count != header.count {
            throw Failure(line: record.line, reason: "\(record.fields.count) fields where the header has \(header.count)")
        }
        self.header = header
        rows = Array(records.dropFirst())
    }

    /// Rows as dictionaries from field name to value, with their lines.
    var dictionaries: [(line: Int, values: [String: String])] {
        rows.map { row in
            (row.line, Dictionary(zip(header, row.fields), uniquingKeysWith: { first, _ in first }))
        }
    }
}
