/// Text cells a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) are neutralized
/// in files meant for spreadsheets (`--excel`) the way OWASP recommends: prefixed with an apostrophe,
/// which spreadsheets show as text. A cell starting with an apostrophe gets one more, so the original
/// text is always recovered by dropping the first apostrophe. Plain CSV keeps every cell exact.
public enum FormulaGuard {
    /// First characters that make a spreadsheet treat a cell as a formula, and the apostrophe itself.
    static let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "'"]

    /// The cell as written to a spreadsheet file.
    public static func neutralized(_ field: String) -> String {
        guard let first = field.unicodeScalars.first, triggers.contains(first) else { return field }
        return "'" + field
    }

    /// The cell as it was before `neutralized`.
    public static func restored(_ field: String) -> String {
        field.unicodeScalars.first == "'" ? String(field.unicodeScalars.dropFirst()) : field
    }

    /// The fields of a row of `table` for a spreadsheet: text columns neutralized; numbers, which the
    /// schema types as exact decimals or whole numbers, are left as they are.
    static func fields(_ fields: [String], of table: DatasetTable) -> [String] {
        zip(table.columns, fields).map { column, field in column.isText ? neutralized(field) : field }
    }
}

extension DatasetColumn {
    /// Free text (not a number, whole number or date): what a spreadsheet could take for a formula.
    var isText: Bool { kind == .string }
}
