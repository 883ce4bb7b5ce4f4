import AllotModel

/// The row identities a table's header states: a sum column (合计, 小计, 总计) equals the other
/// columns of its header group (合计 = 基本支出 + 项目支出; 其中 › 中央资金 | 省级资金 under 合计),
/// where a nested group with a sum column of its own counts once, by that column (小计 for 购置费 +
/// 运行费). Each side of a two-sided table is its own group; only amount columns take part. Where
/// the same measures are printed under every heading (预算数 | 决算数 under 合计, 因公出国(境)费 …,
/// a 三公 决算表), the headings over one measure relate so, measure by measure.
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
        let paths = columns.map(\.path)
        var result = relations(paths: paths, sides: sides)
        // A measure (a leaf that sums nothing) printed under three headings or more: the headings'
        // paths above it, one measure at a time.
        var measures: [String] = []
        for path in paths where path.count >= 2 {
            if let leaf = path.last, !isSum(leaf), !measures.contains(leaf) { measures.append(leaf) }
        }
        for measure in measures {
            let members = paths.indices.filter { paths[$0].count >= 2 && paths[$0].last == measure }
            guard members.count >= 3 else { continue }
            result += relations(paths: members.map { Array(paths[$0].dropLast()) }, sides: members.map { sides[$0] })
                .map { Relation(total: members[$0.total], parts: $0.parts.map { members[$0] }) }
        }
        return result
    }

    /// The identities among columns whose header paths are `paths` (the last part names the column).
    private static func relations(paths: [[String]], sides: [Int]) -> [Relation] {
        let sums = paths.indices.filter { paths[$0].last.map(isSum) ?? false }
        var result: [Relation] = []
        for total in sums {
            let prefix = Array(paths[total].dropLast())
            let inGroup = paths.indices.filter { index in
                index != total && sides[index] == sides[total] && isInside(paths[index], below: prefix)
            }
            // Another sum column of the same group: the header does not say which is the sum.
            if inGroup.contains(where: { sums.contains($0) && paths[$0].count == prefix.count + 1 }) { continue }
            let nestedSums = inGroup.filter { sums.contains($0) }
            let parts = inGroup.filter { index in
                !nestedSums.contains { nested in
                    nested != index && isInside(paths[index], below: Array(paths[nested].dropLast()))
                }
            }
            if parts.count >= 2 { result.append(Relation(total: total, parts: parts)) }
        }
        return result
    }

    /// How a relation names its columns: by their names, or where names repeat (预算数 under every
    /// heading) by their header paths below what all of them share (合计 › 预算数).
    static func names(_ relation: Relation, _ columns: [TableColumn]) -> (total: String, parts: [String]) {
        let indices = [relation.total] + relation.parts
        guard indices.allSatisfy(columns.indices.contains) else { return ("", []) }
        var named = indices.map { columns[$0].name }
        if Set(named).count < named.count {
            let paths = indices.map { columns[$0].path }
            var shared = 0
            while let first = paths.first, shared < first.count - 1,
                  paths.allSatisfy({ $0.count > shared + 1 && $0[shared] == first[shared] }) {
                shared += 1
            }
            named = paths.map { $0.dropFirst(shared).joined(separator: " › ") }
        }
        return (named[0], Array(named.dropFirst()))
    }

    /// True when the name holds a sum word, as Foundation's `contains` says; answered by bytes
    /// where the name is plain (`foundationContains`: most header names of a Chinese table).
    static func isSum(_ name: String) -> Bool {
        sumWords.contains { name.foundationContains($0) }
    }

    /// True when `path` lies in the header group under `prefix` (a sum's parent path).
    private static func isInside(_ path: [String], below prefix: [String]) -> Bool {
        path.count > prefix.count && Array(path.prefix(prefix.count)) == prefix
    }
}
