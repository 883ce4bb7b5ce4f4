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
        fields.map(quote).joined(separator: ",") + "\n"
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
