import AllotModel
import AllotText

/// The sides of a two-sided table (收支总表: 收入 | 支出 side by side): each side starts at a label
/// column and holds the amount columns up to the next label column. A table with one label column
/// has one side.
public enum TableSides {
    /// Column indices of each side, left to right; one side (all columns) for an ordinary table.
    public static func of(_ columns: [TableColumn]) -> [[Int]] {
        let labels = columns.indices.filter { columns[$0].role == .label }
        guard labels.count >= 2 else { return [Array(columns.indices)] }
        var sides: [[Int]] = []
        for (position, start) in labels.enumerated() {
            let end = position + 1 < labels.count ? labels[position + 1] : columns.count
            let lead = position == 0 ? 0 : start
            sides.append(Array(lead..<end))
        }
        // Every side must carry money, or the second "label" is a text column of one table.
        let hasAmounts = sides.allSatisfy { side in side.contains { columns[$0].role == .amount } }
        return hasAmounts ? sides : [Array(columns.indices)]
    }
}
