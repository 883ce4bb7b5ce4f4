import Foundation

/// Reads RFC 4180 CSV text: quoted fields with doubled quotes, CRLF or LF record ends, optional BOM.
enum CSVParser {
    /// Parses `bytes` into a table whose first record is the header; `path` names the file in errors.
    static func parse(_ bytes: [UInt8], path: String) throws(StoreError) -> CSVTable {
        var records: [(line: Int, fields: [String])] = []
        var record: [String] = []
        var field: [UInt8] = []
        var quoted = false        // inside a quoted field
        var wasQuoted = false     // the current field was quoted and its closing quote has been read
        var line = 1
        var recordLine = 1        // line the current record starts on
        var index = bytes.starts(with: CSVTable.byteOrderMark) ? CSVTable.byteOrderMark.count : 0

        func endField() {
            record.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            wasQuoted = false
        }
        func endRecord() {
            endField()
            records.append((recordLine, record))
            record = []
        }

        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 1
                    } else {
                        quoted = false
                        wasQuoted = true
                    }
                } else {
                    if byte == UInt8(ascii: "\n") { line += 1 }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case UInt8(ascii: ","):
                endField()
            case UInt8(ascii: "\r") where index < bytes.count && bytes[index] == UInt8(ascii: "\n"):
                break  // the LF that follows ends the record
            case UInt8(ascii: "\n"):
                endRecord()
                line += 1
                recordLine = line
            case UInt8(ascii: "\""):
                guard field.isEmpty, !wasQuoted else {
                    throw .malformedCSV(path: path, line: line, reason: "quote inside an unquoted field")
                }
                quoted = true
            default:
                guard !wasQuoted else {
                    throw .malformedCSV(path: path, line: line, reason: "text after the closing quote of a field")
                }
                field.append(byte)
            }
        }
        if quoted { throw .malformedCSV(path: path, line: line, reason: "unterminated quoted field") }
        if !field.isEmpty || !record.isEmpty || wasQuoted { endRecord() }

        guard let header = records.first?.fields else {
            throw .malformedCSV(path: path, line: 1, reason: "no header row")
        }
        for record in records.dropFirst() where record.fields.count != header.count {
            throw .malformedCSV(path: path, line: record.line,
                                reason: "\(record.fields.count) fields where the header has \(header.count)")
        }
        var table = CSVTable(header: header, rows: records.dropFirst().map(\.fields))
        table.path = path
        table.lines = records.dropFirst().map(\.line)
        return table
    }
}
