import Foundation

/// A CSV document built in memory: RFC 4180 quoting, LF line ends, UTF-8.
public struct CSVTable: Sendable, Equatable {
    /// Column names.
    public var header: [String]
    /// Rows; each has as many fields as the header.
    public var rows: [[String]]

    /// Creates a table.
    public init(header: [String], rows: [[String]] = []) {
        self.header = header
        self.rows = rows
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

    /// Quotes a field when it holds a comma, a quote, a line break or leading/trailing spaces.
    public static func quote(_ field: String) -> String {
        let needsQuotes = field.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || field.first == " " || field.last == " "
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
