import AllotModel
import Foundation

/// Cross-footing: each row identity the header states (合计 = 中央 + 省级, 合计 = 基本支出 + 项目支出;
/// see `HorizontalIdentity`) checked on every row: the sum cell against the sum of its part cells.
enum CrossfootCheck {
    static func findings(_ table: AllocationTable) -> [Finding] {
        let columns = table.amountColumns
        var result: [Finding] = []
        for relation in HorizontalIdentity.relations(table) {
            for row in table.rows {
                guard let stated = row.rowAmounts[relation.total]?.value else { continue }
                let parts = relation.parts.compactMap { row.rowAmounts[$0]?.value }
                guard !parts.isEmpty else { continue }
                let computed = DecimalSum.of(parts)
                guard computed != stated else { continue }
                let named = HorizontalIdentity.names(relation, columns)
                result.append(Finding(.crossfoot, table: table.index, row: row.number, page: row.page, name: row.name,
                                      column: named.total, stated: stated, computed: computed,
                                      [.parts: named.parts.joined(separator: " + ")]))
            }
        }
        return result
    }
}
