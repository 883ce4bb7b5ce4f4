import Foundation

/// A row read back from a dataset CSV file, with typed access by column and errors naming file and line.
public struct DatasetRow: Sendable {
    /// The file it was read from.
    public let path: String
    /// 1-based line the row starts on.
    public let line: Int
    /// Every field, keyed by column name.
    public let fields: [String: String]

    /// The text of `column`, "" when the file has no such column.
    public subscript(column: DatasetColumn) -> String { fields[column.name] ?? "" }

    /// The text of the column called `name`, "" when the file has none.
    public func value(named name: String) -> String { fields[name] ?? "" }

    /// A whole number.
    public func integer(_ column: DatasetColumn) throws(StoreError) -> Int {
        guard let value = Int(self[column]) else {
            throw malformed("\(column.name) is not a whole number: \(self[column])")
        }
        return value
    }

    /// A whole number, 0 when the field is empty (a column whose "none" is empty, or was 0).
    public func integerOrZero(_ column: DatasetColumn) throws(StoreError) -> Int {
        self[column].isEmpty ? 0 : try integer(column)
    }

    /// An exact decimal; nil when the field is empty.
    public func decimal(_ column: DatasetColumn) throws(StoreError) -> Decimal? {
        let text = self[column]
        guard !text.isEmpty else { return nil }
        guard DatasetRow.isDecimal(text), let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
        else { throw malformed("\(column.name) is not an exact decimal: \(text)") }
        return value
    }

    /// An error about this row.
    func malformed(_ reason: String) -> StoreError {
        .invalid(path: path, line: line, reason: reason)
    }

    /// The row as the store holds it, each field checked against its column: types, required values,
    /// minimums, patterns and enumerations.
    func record(_ table: DatasetTable) throws(StoreError) -> DatasetRecord {
        var record = DatasetRecord(table)
        for column in table.columns {
            let text = self[column]
            if column.required && text.isEmpty { throw malformed("\(column.name) is empty") }
            switch column.kind {
            case .integer:
                if text.isEmpty {
                    // Required columns were refused above; an optional integer without a value is NULL.
                    record[column] = .null
                    continue
                }
                let value = try integer(column)
                if column.zeroIsEmpty, value == 0 {
                    record[column] = .null
                    continue
                }
                if let minimum = column.minimum, value < minimum {
                    throw malformed("\(column.name) is below \(minimum): \(value)")
                }
                record[column] = .integer(value)
            case .number:
                _ = try decimal(column)
                record[column] = text.isEmpty ? .null : .text(text)
            case .string, .date:
                if column.isEnumeration, !text.isEmpty,
                   !column.labels.contains(where: { $0.value == text }) {
                    throw malformed("\(column.name) is not one of \(column.labels.map(\.value).joined(separator: ", ")): \(text)")
                }
                if let pattern = column.pattern, !text.isEmpty,
                   text.range(of: "^(?:\(pattern))$", options: .regularExpression) == nil {
                    throw malformed("\(column.name) does not match \(pattern): \(text)")
                }
                if column.kind == .date, !text.isEmpty,
                   text.range(of: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", options: .regularExpression) == nil {
                    throw malformed("\(column.name) is not an ISO 8601 date: \(text)")
                }
                record[column] = .text(text)
            }
        }
        return record
    }

    /// Optional minus, digits, optional fraction: the exact decimal text the dataset writes.
    static func isDecimal(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        if scalars.first == "-" { scalars = scalars.dropFirst() }
        let parts = scalars.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, !whole.isEmpty else { return false }
        return parts.allSatisfy { part in !part.isEmpty && part.allSatisfy { $0.properties.numericType != nil && $0.isASCII } }
    }
}
