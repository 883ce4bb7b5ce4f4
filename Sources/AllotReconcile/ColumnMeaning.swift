import AllotModel

/// What an amount column of a disclosure table holds, as far as comparing tables goes: the fund
/// scope, whether it is income or spending, and the quantity (合计, 基本支出, 人员经费 …). A generic
/// sum column (合计, 决算数) takes its quantity from the header above it or the table's title (the
/// 合计 of the 基本支出 table is 基本支出; a leaf naming a fund, 财政拨款支出 › 一般公共预算, is that
/// fund's 合计). A two-sided table's column is placed by its own header (本年支出 › 预算数). Nil when
/// the column cannot be placed (income and spending both named, or neither).
struct ColumnMeaning: Hashable, Comparable {
    var scope: FundScope
    var spending: Bool
    var quantity: String

    /// Leaf headers that only say "the amount" of the table or group.
    static let generic: Set<String> = ["合计", "小计", "总计", "金额", "预算数", "决算数", "预算金额", "决算金额",
                                       "本年预算数", "本年决算数", "本年预算", "支出", "预算", "决算", "支出决算",
                                       "支出预算", "本年支出", "合计数"]
    /// Quantities a title or parent header may name, most specific first.
    static let named = ["人员经费", "公用经费", "基本支出", "项目支出", "三公", "机关运行经费"]

    init?(_ table: AllocationTable, column: Int) {
        guard table.kind != .allocation,
              table.amountColumns.indices.contains(column), table.amountColumns[column].role == .amount else { return nil }
        let path = table.amountColumns[column].path
        // The fund scope and the quantity of a one-sided table's columns come from its title: a table
        // whose title was not read (none, or header words such as 项目 本年决算 taken for it: a title
        // names a 表) has columns of unknown scope, compared with nothing.
        guard table.kind.hasSides || table.title.contains("表") else { return nil }
        // A two-sided table's title names both income and spending: each column's header says which.
        let context = (table.kind.hasSides ? "" : table.title + " ") + path.joined(separator: " ")
        let income = context.contains("收入")
        let spending = context.contains("支出")
        guard income != spending else { return nil }
        self.spending = spending
        scope = FundScope.named(in: path.joined(separator: " ")) ?? FundScope.named(in: table.title) ?? .all
        let leaf = path.last ?? ""
        if FundScope.named(in: leaf) != nil {
            // 财政拨款支出 › 一般公共预算: the fund's whole amount.
            quantity = "合计"
        } else if !Self.generic.contains(leaf) {
            quantity = leaf
        } else if let word = Self.named.first(where: { word in path.dropLast().contains { $0.contains(word) } }) {
            quantity = word
        } else if let word = Self.named.first(where: { table.title.contains($0) }) {
            quantity = word
        } else {
            quantity = "合计"
        }
    }

    static func < (lhs: ColumnMeaning, rhs: ColumnMeaning) -> Bool {
        (lhs.scope, lhs.spending ? 1 : 0, lhs.quantity) < (rhs.scope, rhs.spending ? 1 : 0, rhs.quantity)
    }
}
