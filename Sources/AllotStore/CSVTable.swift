import Foundation

/// A CSV document in memory: RFC 4180 quoting, LF line ends, UTF-8. The one CSV reader and writer of
/// the dataset, the report and the tests.
public struct CSVTable: Sendable, Equatable {
    /// The UTF-8 byte order mark written by `--excel`.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Column names.
    public var header: [String]
    /// Rows; each has as many fields as the header.
    public var rows: [[String]]
    /// The file a parsed table was read from ("" when built in memory); not compared.
    public var path = ""
    /// 1-based line each row of a parsed table starts on (empty when built in memory); not compared.
    public var lines: [Int] = []

    /// Creates a table.
    public init(header: [String], rows: [[String]] = []) {
        self.header = header
        self.rows = rows
    }

    /// Tables are equal when their header and rows are.
    public static func == (lhs: CSVTable, rhs: CSVTable) -> Bool {
        lhs.header == rhs.header && lhs.rows == rhs.rows
    }

    /// Parses RFC 4180 text (CRLF or LF record ends, optional BOM); the first record is the header.
    public static func parse(_ data: Data, path: String) throws(StoreError) -> CSVTable {
        try CSVParser.parse(Array(data), path: path)
    }

    /// Reads and parses the file at `url`.
    public static func read(_ url: URL) throws(StoreError) -> CSVTable {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .read(path: url.path, reason: (error as NSError).localizedDescription)
        }
        return try parse(data, path: url.path)
    }

    /// The rows with their lines, fields keyed by header name.
    public var keyedRows: [DatasetRow] {
        rows.enumerated().map { index, fields in
            DatasetRow(path: path, line: index < lines.count ? lines[index] : index + 2,
                       fields: Dictionary(zip(header, fields).map { ($0, $1) }, uniquingKeysWith: { first, _ in first }))
        }
    }

    /// The first of `columns` the header lacks.
    public func missing(_ columns: [DatasetColumn]) -> DatasetColumn? {
        columns.first { !header.contains($0.name) }
    }

    /// The document text, header first.
    public func render() -> String {
        var out = ""
        for fields in [header] + rows {
            out += Self.line(fields)
        }
        return out
    }

    /// One record: the fields quoted where needed, joined by commas, ended by LF.
    public static func line(_ fields: [String]) -> String {
        var bytes: [UInt8] = []
        appendLine(fields, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the UTF-8 bytes of `line(fields)` to `bytes` (the export writes rows this way, without
    /// building a String per row).
    static func appendLine(_ fields: [String], to bytes: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            appendField(field, to: &bytes)
        }
        bytes.append(UInt8(ascii: "\n"))
    }

    /// Quotes a field when it holds a comma, a quote, a line break or leading/trailing spaces
    /// (RFC 4180 requires the first three; the spaces are quoted so spreadsheets keep them).
    public static func quote(_ field: String) -> String {
        var bytes: [UInt8] = []
        appendField(field, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func appendField(_ field: String, to bytes: inout [UInt8]) {
        // Bytes, not Characters: "\r\n" is a single Character equal to neither "\r" nor "\n", and the
        // four special characters are ASCII, so they never occur inside a longer UTF-8 sequence.
        let utf8 = field.utf8
        let special = utf8.contains { byte in
            switch byte {
            case 0x2C, 0x22, 0x0A, 0x0D: true  // , " LF CR
            default: false
            }
        }
        // A space byte at either end is a space Character unless it belongs to a longer grapheme
        // cluster (a combining mark after it, a prepended mark before it): ask Character then.
        let padded = (utf8.first == 0x20 && field.first == " ") || (utf8.last == 0x20 && field.last == " ")
        guard special || padded else {
            bytes.append(contentsOf: utf8)
            return
        }
        appendQuoted(utf8, to: &bytes)
    }

    /// A field's UTF-8 bytes between double quotes, each quote doubled.
    static func appendQuoted<Field: Sequence>(_ field: Field, to bytes: inout [UInt8]) where Field.Element == UInt8 {
        bytes.append(UInt8(ascii: "\""))
        for byte in field {
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
            bytes.append(byte)
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
