import AllotStore
import Foundation

/// A dataset as JSON Lines: one object per row of every table (notices, allocations, findings,
/// citations, in that order), its table named in `"table"`. Whole numbers are JSON numbers; amounts
/// stay exact decimal strings (a JSON number would be read as a binary float by most parsers); an
/// empty cell is null. Keys are sorted, so the same dataset gives the same bytes.
public enum JSONLExport {
    /// The lines of `dataset`.
    public static func render(_ dataset: DatasetCSV) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var text = ""
        for table in DatasetTable.allCases {
            let csv = dataset[table]
            let kinds = Dictionary(table.columns.map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first })
            for row in csv.rows {
                var object: [String: JSONValue] = ["table": .string(table.name)]
                for (name, field) in zip(csv.header, row) {
                    object[name] = value(field, kind: kinds[name] ?? .string)
                }
                // Encoding strings, integers and null cannot fail.
                if let data = try? encoder.encode(JSONValue.object(object)) {
                    text += String(decoding: data, as: UTF8.self) + "\n"
                }
            }
        }
        return text
    }

    private static func value(_ field: String, kind: DatasetColumn.Kind) -> JSONValue {
        if field.isEmpty { return .null }
        if kind == .integer, let number = Int(field) { return .integer(number) }
        return .string(field)
    }
}
