/// The sides of a two-sided table (收支总表: 收入 | 支出; 基本支出决算表: 人员经费 | 公用经费) side by
/// side: each side is a column group that repeats the first one's layout, its code columns (科目编码,
/// 类 | 款, 序号) before its label column and its amount columns after it. A side starts at its first code
/// column in front of its label column (or at the label column when it has none) and ends where the
/// next side starts. A table with one label column has one side.
public enum TableSides {
    /// Column indices of each side, left to right; one side (all columns) for an ordinary table.
    public static func of(_ columns: [TableColumn]) -> [[Int]] {
        let labels = columns.indices.filter { columns[$0].role == .label }
        guard labels.count >= 2 else { return [Array(columns.indices)] }
        var starts = [0]
        for position in labels.indices.dropFirst() {
            starts.append(start(of: labels[position], after: labels[position - 1], in: columns))
        }
        let sides = starts.indices.map { position in
            Array(starts[position]..<(position + 1 < starts.count ? starts[position + 1] : columns.count))
        }
        // Every side must carry money, or the second "label" is a text column of one table.
        let hasAmounts = sides.allSatisfy { side in side.contains { columns[$0].role == .amount } }
        return hasAmounts ? sides : [Array(columns.indices)]
    }

    /// Where the side whose label column is `label` starts: its code columns printed in front of
    /// the label belong to it, not to the amounts of the side before (whose columns end with its
    /// last amount column).
    private static func start(of label: Int, after previousLabel: Int, in columns: [TableColumn]) -> Int {
        var start = label
        while start - 1 > previousLabel, columns[start - 1].role == .code {
            start -= 1
        }
        // The columns moved must leave the side before an amount column of its own.
        let before = (previousLabel + 1)..<start
        return before.contains(where: { columns[$0].role == .amount }) ? start : label
    }
}
