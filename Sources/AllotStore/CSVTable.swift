import Foundation

/// A CSV document built in memory: RFC 4180 quoting, LF line ends, UTF-8.
public struct CSVTable: Sendable, Equatable {
    /// The UTF-8 byte order mark written by `--excel`.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Column names.
    public var header: [String]
    /// Rows; each has as many fields as the header.
    public var rows: [[String]]

    /// Creates a table.
    public init(header: [String], rows: [[String]] = []) {
        self.header = header
        self.rows = rows
    }

    /// Parses RFC 4180 text (CRLF or LF record ends, optional BOM); the first record is the header.
    public static func parse(_ data: Data, path: String) throws(StoreError) -> CSVTable {
        try CSVParser.parse(Array(data), path: path)
    }

    /// The document text, header first.
    public func render() -> String {
        var out = ""
        for fields in [header] + rows {
            out += fields.map(Self.quote).joined(separator: ",")
            out += "\n"
        }
        return out
    }

    /// Quotes a field when it holds a comma, a quote, a line break or leading/trailing spaces
    /// (RFC 4180 requires the first three; the spaces are quoted so spreadsheets keep them).
    public static func quote(_ field: String) -> String {
        // Scalars, not Characters: "\r\n" is a single Character equal to neither "\r" nor "\n".
        let needsQuotes = field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || field.first == " " || field.last == " "
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
