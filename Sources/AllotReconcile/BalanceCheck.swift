import AllotModel
import Foundation

/// The identity of a two-sided 收支总表: the grand total of the income side equals the grand total
/// of the expenditure side (收入总计 = 支出总计), in each side's first amount column. Checked only
/// when the table confirms its vertical sums (`RelationGate`), each side has a total with parts and
/// both totals name the same quantity, so a misread side, or two lists printed side by side
/// (人员经费合计 | 公用经费合计), is never reported as an imbalance.
enum BalanceCheck {
    /// One side's grand total: its row, the side's first amount column, and the printed value.
    struct SideTotal {
        let row: AllocationRow
        let column: Int
        let value: Decimal
    }

    static func findings(_ table: AllocationTable, children: Parts, confirmed: Bool) -> [Finding] {
        guard confirmed, let (income, spending) = totals(table, children: children), income.value != spending.value
        else { return [] }
        let column = table.amountColumns[spending.column].name
        return [Finding(.balance, table: table.index, row: spending.row.number, page: spending.row.page,
                        name: spending.row.name, column: column, stated: spending.value, computed: income.value,
                        [.subject: income.row.name])]
    }

    /// The two sides' grand totals of a two-sided table, when each side has one with printed parts.
    static func totals(_ table: AllocationTable, children: Parts) -> (SideTotal, SideTotal)? {
        guard table.kind == .twoSided else { return nil }
        let sides = Set(table.rows.map(\.side)).sorted()
        guard sides.count == 2 else { return nil }
        var totals: [SideTotal] = []
        for side in sides {
            guard let column = table.columnSides.firstIndex(of: side),
                  let total = table.rows.last(where: { $0.side == side && $0.level == .total && $0.parent == nil }),
                  let value = amount(total, column), hasParts(total, column, children) else { return nil }
            totals.append(SideTotal(row: total, column: column, value: value))
        }
        guard let income = totals.first, let spending = totals.last,
              TableSides.sameQuantity(income.row.name, spending.row.name) else { return nil }
        return (income, spending)
    }

    /// True when the total has printed parts in the column.
    private static func hasParts(_ row: AllocationRow, _ column: Int, _ children: Parts) -> Bool {
        (children[row.number] ?? []).contains { amount($0, column) != nil }
    }

    private static func amount(_ row: AllocationRow, _ column: Int) -> Decimal? {
        row.rowAmounts[column]?.value
    }
}
