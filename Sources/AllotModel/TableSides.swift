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

    /// True when the halves repeat one another's columns (every column path alike, half by half):
    /// one quantity listed in halves (经济分类科目编码 | 科目名称 | 决算数 twice), not the 收入 | 支出
    /// halves of a 收支总表, whose headers say which half is which or differ in layout.
    public static func repeatLayout(_ sides: [[Int]], _ columns: [TableColumn]) -> Bool {
        guard sides.count > 1, let first = sides.first else { return false }
        let layout = { (side: [Int]) in side.map { columns.indices.contains($0) ? columns[$0].pathText : "" } }
        let head = layout(first)
        return sides.dropFirst().allSatisfy { layout($0) == head }
    }

    /// True when two halves' closing totals name one quantity on both sides of a balance (总计 |
    /// 总计, 收入总计 | 支出总计, 收入合计 | 支出合计). Totals naming different quantities (人员经费合计 |
    /// 公用经费合计) close two lists printed side by side: their parts, which add up to a figure
    /// elsewhere, never equal each other.
    public static func sameQuantity(_ left: String, _ right: String) -> Bool {
        quantity(left) == quantity(right)
    }

    /// A total's name without the side it closes (收入, 支出) and without spaces.
    private static func quantity(_ name: String) -> String {
        var text = name.filter { !$0.isWhitespace && $0 != "\u{3000}" }
        for side in ["收入", "支出"] {
            text = text.replacingOccurrences(of: side, with: "")
        }
        return text
    }
}
