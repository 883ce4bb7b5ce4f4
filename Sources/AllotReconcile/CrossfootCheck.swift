import AllotModel
import Foundation

/// Cross-footing: in a table with a total column and component columns (合计 = 中央 + 省级),
/// each row's total cell must equal the sum of its component cells.
enum CrossfootCheck {
    /// Header words that mark a column as the row total of the others.
    static let totalWords = ["合计", "总计", "小计", "总额", "汇总"]

    static func findings(_ table: AllocationTable) -> [Finding] {
        let columns = table.amountColumns
        let totals = columns.indices.filter { index in
            totalWords.contains { columns[index].name.contains($0) }
        }
        guard totals.count == 1, let totalColumn = totals.first else { return [] }
        let components = columns.indices.filter { $0 != totalColumn }
        guard components.count >= 2 else { return [] }
        var result: [Finding] = []
        for row in table.rows {
            guard totalColumn < row.amounts.count, let stated = row.amounts[totalColumn]?.value else { continue }
            let parts = components.compactMap { $0 < row.amounts.count ? row.amounts[$0]?.value : nil }
            guard !parts.isEmpty else { continue }
            let computed = parts.reduce(Decimal(0), +)
            guard computed != stated else { continue }
            let names = components.map { columns[$0].name }.joined(separator: " + ")
            result.append(Finding(.crossfoot, table: table.index, row: row.number, page: row.page, name: row.name,
                                  column: columns[totalColumn].name, stated: stated, computed: computed,
                                  [.parts: names]))
        }
        return result
    }
}
