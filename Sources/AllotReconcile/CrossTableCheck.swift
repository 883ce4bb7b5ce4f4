import AllotModel
import Foundation

/// 表间勾稽: a figure printed in two tables of one document carries the same amount. Which figures
/// are the same comes from the tables themselves: the same classification code (科目编码) in columns
/// of the same meaning (`ColumnMeaning`: fund scope, income or spending, quantity), and the grand
/// totals of columns of the same meaning (一般公共预算支出 合计 of the 功能分类 table and of the 财政拨款
/// 支出表; 基本支出 of the 支出表 and 合计 of the 基本支出 table; 人员经费 in both), and the 类 a 收支总表
/// lists by name on its spending side against the same 类 in the classification tables. Only confirmed
/// tables take part (`ConfirmedTables`); amounts are compared after unit conversion at the printed
/// precision, and one unit of the last place is rounding, not a finding.
public enum CrossTableCheck {
    /// One printing of a figure.
    struct Printing {
        var table: AllocationTable
        var row: AllocationRow
        var column: Int
        var amount: Amount

        var unit: String { table.unit }
        var decimals: Int { PrintedPrecision.decimals(amount) }

        /// This printing against another, in the coarser unit at its printed precision.
        func compare(with other: Printing) -> PrintedPrecision.Outcome {
            guard let mine = PrintedPrecision.factor(unit), let theirs = PrintedPrecision.factor(other.unit) else {
                return .agrees
            }
            if mine == theirs {
                if amount.value == other.amount.value { return .agrees }
                let difference = amount.value - other.amount.value
                let magnitude = difference < 0 ? -difference : difference
                return mine > 1 && magnitude <= PrintedPrecision.lastPlace(min(decimals, other.decimals))
                    ? .withinRounding : .differs
            }
            let (coarse, fine) = mine > theirs ? (self, other) : (other, self)
            guard let exact = PrintedPrecision.convert(fine.amount.value, from: fine.unit, to: coarse.unit) else {
                return .agrees
            }
            return PrintedPrecision.compare(printed: coarse.amount.value, decimals: coarse.decimals, exact: exact)
        }
    }

    /// What makes two cells the same figure.
    struct Key: Hashable, Comparable {
        /// "code 2010601" or "total".
        var row: String
        var meaning: ColumnMeaning

        static func < (lhs: Key, rhs: Key) -> Bool { (lhs.row, lhs.meaning) < (rhs.row, rhs.meaning) }
    }

    /// What the comparison came to: how many figures were printed in two tables or more, and the findings.
    public struct Tally: Sendable, Hashable {
        /// Figures (a code or a grand total in one column meaning) printed in two tables or more.
        public var compared = 0
        /// The `cross_table` findings.
        public var findings: [Finding] = []
    }

    /// The `cross_table` findings of a notice's tables, given the findings of each table on its own.
    public static func findings(_ tables: [AllocationTable], findings: [Finding]) -> [Finding] {
        tally(tables, findings: findings).findings
    }

    /// The comparison of a notice's tables, with how many figures were compared.
    public static func tally(_ tables: [AllocationTable], findings: [Finding]) -> Tally {
        tally(ConfirmedTables(tables, findings: findings))
    }

    /// `tally` over tables whose confirmation is already worked out.
    static func tally(_ confirmed: ConfirmedTables) -> Tally {
        let classes = classCodes(confirmed.tables)
        var printings: [Key: [Printing]] = [:]
        for table in confirmed.tables {
            let grandTotals = table.rows.filter { $0.level == .total && $0.parent == nil }
            var seen: Set<Key> = []
            for column in table.amountColumns.indices {
                guard let meaning = ColumnMeaning(table, column: column) else { continue }
                let side = table.columnSides.indices.contains(column) ? table.columnSides[column] : 0
                for row in table.rows {
                    let rowKey: String
                    if table.kind.hasSides {
                        // A 收支总表 lists the 类 by name (一、一般公共服务支出) on its spending side.
                        guard row.side == side, row.level != .total, meaning.spending,
                              let code = classes[NarrativeText.label(row.name)] else { continue }
                        rowKey = "code " + code
                    } else if !row.code.isEmpty {
                        rowKey = "code " + row.code
                    } else if grandTotals.count == 1, row.number == grandTotals.first?.number {
                        rowKey = "total"
                    } else {
                        continue
                    }
                    let key = Key(row: rowKey, meaning: meaning)
                    // A code printed twice in one table, or two columns of one meaning: not one figure.
                    guard seen.insert(key).inserted else {
                        printings[key]?.removeAll { $0.table.index == table.index }
                        continue
                    }
                    guard let amount = confirmed.amount(table, row, column) else { continue }
                    printings[key, default: []].append(Printing(table: table, row: row, column: column, amount: amount))
                }
            }
        }
        var tally = Tally()
        for key in printings.keys.sorted() {
            guard let group = printings[key], group.count >= 2 else { continue }
            tally.compared += 1
            tally.findings += disagreements(group)
        }
        return tally
    }

    /// The 类 (three-digit functional codes) by name, from the classification tables: a name two
    /// codes carry is left out.
    static func classCodes(_ tables: [AllocationTable]) -> [String: String] {
        var codes: [String: Set<String>] = [:]
        for table in tables where table.kind == .classification {
            for row in table.rows where row.code.count == 3 && row.code.hasPrefix("2") {
                codes[NarrativeText.label(row.name), default: []].insert(row.code)
            }
        }
        return codes.compactMapValues { $0.count == 1 ? $0.first : nil }
    }

    /// The printings that disagree with the others: with three or more, the one against the
    /// agreeing rest; with two, the later against the earlier.
    static func disagreements(_ group: [Printing]) -> [Finding] {
        if group.count >= 3 {
            for (index, odd) in group.enumerated() {
                let rest = group.enumerated().filter { $0.offset != index }.map(\.element)
                let restAgrees = rest.allSatisfy { rest[0].compare(with: $0) != .differs }
                if restAgrees, rest.allSatisfy({ odd.compare(with: $0) == .differs }) {
                    return [finding(odd, against: rest[0])]
                }
            }
        }
        var result: [Finding] = []
        let reference = group[0]
        for later in group.dropFirst() where later.compare(with: reference) == .differs {
            result.append(finding(later, against: reference))
        }
        return result
    }

    static func finding(_ printing: Printing, against other: Printing) -> Finding {
        let column = printing.table.amountColumns[printing.column]
        let otherColumn = other.table.amountColumns[other.column]
        let converted = PrintedPrecision.convert(other.amount.value, from: other.unit, to: printing.unit)
            ?? other.amount.value
        var finding = Finding(.crossTable, table: printing.table.index, row: printing.row.number, page: printing.row.page,
                              name: printing.row.name, column: column.name, stated: printing.amount.value,
                              computed: converted, [
                                  .text: "\(printing.amount.text) \(printing.unit)",
                                  .other: "table \(other.table.index) (\(other.table.title), page \(other.row.page)) "
                                      + "\(other.row.name) \(otherColumn.pathText)",
                                  .otherZH: "表 \(other.table.index)（\(other.table.title)，第 \(other.row.page) 页）"
                                      + "\(other.row.name) \(otherColumn.pathText)",
                                  .detail: "\(other.amount.text) \(other.unit)",
                                  .reason: printing.unit,
                              ])
        finding.related = ConfirmedTables.location(other.table, other.row, other.column)
        return finding
    }
}
