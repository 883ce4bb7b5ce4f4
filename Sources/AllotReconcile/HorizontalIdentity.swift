import AllotModel

/// The row identities a table's header states: a sum column (合计, 小计, 总计) equals the other
/// columns of its header group (合计 = 基本支出 + 项目支出; 其中 › 中央资金 | 省级资金 under 合计),
/// where a nested group with a sum column of its own counts once, by that column (小计 for 购置费 +
/// 运行费). Each side of a two-sided table is its own group; only amount columns take part.
enum HorizontalIdentity {
    /// A sum column and the columns it adds up (indices into the table's amount columns).
    struct Relation: Hashable {
        var total: Int
        var parts: [Int]
    }

    /// Words that make a column a sum of its group.
    static let sumWords = ["合计", "总计", "小计", "总额", "汇总", "共计"]

    static func relations(_ table: AllocationTable) -> [Relation] {
        let columns = table.amountColumns
        let sides = columns.indices.map { table.columnSides.indices.contains($0) ? table.columnSides[$0] : 0 }
        let sums = columns.indices.filter { index in sumWords.contains { columns[index].name.contains($0) } }
        var result: [Relation] = []
        for total in sums {
            let prefix = Array(columns[total].path.dropLast())
            let inGroup = columns.indices.filter { index in
                index != total && sides[index] == sides[total] && columns[index].path.count > prefix.count
                    && Array(columns[index].path.prefix(prefix.count)) == prefix
            }
            // Another sum column of the same group: the header does not say which is the sum.
            if inGroup.contains(where: { sums.contains($0) && columns[$0].path.count == prefix.count + 1 }) { continue }
            let nestedSums = inGroup.filter { sums.contains($0) }
            let parts = inGroup.filter { index in
                !nestedSums.contains { nested in
                    nested != index && isInside(columns[index], groupOf: columns[nested])
                }
            }
            if parts.count >= 2 { result.append(Relation(total: total, parts: parts)) }
        }
        return result
    }

    /// True when `column` lies in the header group that `sum` totals (below the sum's parent).
    private static func isInside(_ column: TableColumn, groupOf sum: TableColumn) -> Bool {
        let prefix = Array(sum.path.dropLast())
        return column.path.count > prefix.count && Array(column.path.prefix(prefix.count)) == prefix
    }
}
