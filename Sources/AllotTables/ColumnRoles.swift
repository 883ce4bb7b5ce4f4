import AllotModel
import AllotText

/// Confirms the role the header gave each column with what the column holds: an "amount" column
/// whose cells are all classification codes (201, 20106, 2010601 with a prefix among them) is a
/// code column; one whose cells all end in % is a percentage; a "code" column holding grouped or
/// decimal numbers (1,234.50) is an amount column after all.
public enum ColumnRoles {
    /// The table with its column roles confirmed by content.
    public static func confirmed(_ raw: RawTable) -> RawTable {
        var table = raw
        for column in table.columns.indices {
            let role = table.columns[column].role
            guard role == .amount || role == .code else { continue }
            // The column's texts are read as they are tested, not gathered: an array of a large
            // sheet's column, grown by doubling, was the peak of the whole run (6 MB at 100,000 rows).
            let cells = (0..<raw.rowCount).lazy.compactMap { row -> String? in
                guard let cell = raw.cell(row: row, column: column) else { return nil }
                let text = NameNormalizer.normalize(cell)
                return text.isEmpty ? nil : text
            }
            guard cells.prefix(2).count >= 2 else { continue }
            switch role {
            case .amount:
                if isCodeColumn(cells) {
                    table.columns[column].role = .code
                } else if cells.allSatisfy({ $0.hasSuffix("%") }) {
                    table.columns[column].role = .percentage
                }
            case .code:
                var money = 0
                var count = 0
                for cell in cells {
                    count += 1
                    if isMoney(cell) { money += 1 }
                }
                if money * 2 > count { table.columns[column].role = .amount }
            default:
                break
            }
        }
        return table
    }

    /// All cells are codes of 3/5/7 digits, and at least one is the child of another.
    static func isCodeColumn<Cells: Sequence<String>>(_ cells: Cells) -> Bool {
        // Read until the first cell that is no code: an amount column of a large sheet is not
        // turned into codes (80 bytes a row) only to be found no code column at its end.
        var codes: [ClassificationCode] = []
        for cell in cells {
            guard let code = ClassificationCode.fromCells([cell]) else { return false }
            codes.append(code)
        }
        let known = Set(codes.map(\.normalized))
        return codes.contains { code in code.parentCode.map { known.contains($0) } ?? false }
    }

    /// A number printed as money: with a thousands separator or decimals.
    private static func isMoney(_ text: String) -> Bool {
        guard TableFurniture.isAmount(text) else { return false }
        return text.contains(",") || text.contains(".")
    }
}
