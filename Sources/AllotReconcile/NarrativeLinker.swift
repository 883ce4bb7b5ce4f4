import AllotModel
import Foundation

/// Links the words before a stated figure to the table cells they name, among the confirmed tables
/// of the notice: a row label the words end with (行政运行, 机关事业单位职业年金缴费支出), told apart
/// by the parent labels the words also name (财政事务 › 行政运行), in the row's whole-amount column;
/// or a column the words end with (基本支出, 人员经费) at the table's grand total; a sum row printed
/// with 合计 (人员经费合计) is named without it. Only tables of the
/// fund the sentence or its section names (一般公共预算 …) are looked at.
struct NarrativeLinker {
    /// A cell a figure may restate.
    struct Cell {
        var table: AllocationTable
        var row: AllocationRow
        var column: Int
        var amount: Amount
        /// The label the words matched.
        var label: String
    }

    private let confirmed: ConfirmedTables
    /// Rows by matchable label.
    private var rows: [String: [(AllocationTable, AllocationRow)]] = [:]
    /// Grand-total cells by the quantity of their column (基本支出, 人员经费).
    private var quantities: [String: [(AllocationTable, AllocationRow, Int)]] = [:]
    /// Labels that say nothing of their own.
    static let generic: Set<String> = ["合计", "总计", "小计", "其中", "其他", "本年", "金额", "项目", "支出", "收入"]

    /// Grand totals of allocation tables: what "共计下达…万元" restates.
    private var allocationTotals: [(AllocationTable, AllocationRow)] = []
    /// Words before an amount that make it the whole allocation (共计, 合计, 总计).
    static let totalWords = ["共计", "合计", "总计", "总额", "共"]

    init(_ confirmed: ConfirmedTables) {
        self.confirmed = confirmed
        for table in confirmed.tables {
            for row in table.rows {
                // An allocation table's rows are places: the text names the region (太原市), not the
                // printed label (太原市小计).
                let label = table.kind.isRegional && row.level != .total && !row.region.isEmpty
                    ? row.region : NarrativeText.label(row.name)
                guard label.count >= 2, !Self.generic.contains(label) else { continue }
                rows[label, default: []].append((table, row))
                // A sum printed as 人员经费合计 is what the text calls 人员经费.
                if row.level != .item, label.hasSuffix("合计"), label.count >= 4 {
                    rows[String(label.dropLast(2)), default: []].append((table, row))
                }
            }
            let totals = table.rows.filter { $0.level == .total && $0.parent == nil }
            guard totals.count == 1, let total = totals.first else { continue }
            if table.kind.isRegional { allocationTotals.append((table, total)) }
            for column in table.amountColumns.indices {
                guard let meaning = ColumnMeaning(table, column: column) else { continue }
                // A sum column under a named group (一般公共预算支出 › 合计) is that group's amount.
                let path = table.amountColumns[column].path
                let quantity = meaning.quantity != "合计" ? meaning.quantity
                    : path.count > 1 ? NarrativeText.label(path.dropLast().joined()) : ""
                guard quantity.count >= 2, !Self.generic.contains(quantity) else { continue }
                quantities[quantity, default: []].append((table, total, column))
            }
        }
    }

    /// The cells the words before a figure name, and the label matched; empty when they name none.
    /// `context` is more text (the item heading, the sentence) whose words may tell rows apart.
    func cells(lead: String, context: String, scope: FundScope?) -> [Cell] {
        let normalized = NarrativeText.normalize(lead)
        if allocationTotals.count == 1, Self.totalWords.contains(where: normalized.hasSuffix),
           let (table, total) = allocationTotals.first, let column = wholeColumn(table, total),
           let amount = confirmed.amount(table, total, column) {
            return [Cell(table: table, row: total, column: column, amount: amount, label: total.name)]
        }
        for stage in NarrativeText.stages(NarrativeText.normalize(lead)) where !stage.isEmpty {
            var found: [Cell] = []
            let labels = rows.keys.filter { NarrativeText.endsWithLabel(stage, $0) }
            if let label = labels.max(by: { ($0.count, $0) < ($1.count, $1) }) {
                // A label that names a fund itself (财政拨款收入) is not narrowed by that word.
                let own = FundScope.named(in: label) != nil ? nil : scope
                found += rowCells(label, words: NarrativeText.normalize(context) + stage, scope: own)
            }
            for (quantity, cells) in quantities where stage.hasSuffix(quantity) {
                for (table, row, column) in cells where inScope(table, column, scope) {
                    guard let amount = confirmed.amount(table, row, column) else { continue }
                    found.append(Cell(table: table, row: row, column: column, amount: amount, label: quantity))
                }
            }
            if !found.isEmpty { return found }
            if !labels.isEmpty { return [] }
        }
        return []
    }

    /// The cells of the rows with a label, told apart by their parents' labels in `words`.
    private func rowCells(_ label: String, words: String, scope: FundScope?) -> [Cell] {
        let matches = (rows[label] ?? []).filter { table, row in
            wholeColumn(table, row).map { inScope(table, $0, scope) } ?? false
        }
        // The nearest parent the words name decides (财政事务 › 行政运行, not 人大事务 › 行政运行).
        let lineages = matches.map { ancestors(of: $0.1, in: $0.0) }
        var chosen = matches
        for depth in 0..<(lineages.map(\.count).max() ?? 0) {
            let named = matches.indices.filter { lineages[$0].indices.contains(depth) && words.contains(lineages[$0][depth]) }
            if !named.isEmpty {
                chosen = named.map { matches[$0] }
                break
            }
        }
        // Rows of different codes under one label (行政运行 of two 款) that the words do not tell apart.
        let codes = Set(chosen.map(\.1.code))
        guard codes.count <= 1 else { return [] }
        return chosen.compactMap { table, row in
            guard let column = wholeColumn(table, row), let amount = confirmed.amount(table, row, column) else { return nil }
            return Cell(table: table, row: row, column: column, amount: amount, label: label)
        }
    }

    /// The labels of a row's parents, nearest first.
    private func ancestors(of row: AllocationRow, in table: AllocationTable) -> [String] {
        var labels: [String] = []
        var parent = row.parent
        var steps = 0
        while let number = parent, steps < table.rows.count, let up = table.rows.first(where: { $0.number == number }) {
            let label = NarrativeText.label(up.name)
            if label.count >= 2, !Self.generic.contains(label) { labels.append(label) }
            parent = up.parent
            steps += 1
        }
        return labels
    }

    /// The column holding a row's whole amount: the only amount column, the first amount column of
    /// its side in a two-sided table, or the first column whose header is a generic sum (合计).
    private func wholeColumn(_ table: AllocationTable, _ row: AllocationRow) -> Int? {
        let amounts = table.amountColumns.indices.filter { table.amountColumns[$0].role == .amount }
        if table.kind.hasSides {
            return amounts.first { (table.columnSides.indices.contains($0) ? table.columnSides[$0] : 0) == row.side }
        }
        if amounts.count == 1 { return amounts.first }
        return amounts.first { ColumnMeaning.generic.contains(table.amountColumns[$0].name) && $0 == amounts.first }
    }

    /// True when the column holds money of the scope (its header's fund, else its table title's).
    private func inScope(_ table: AllocationTable, _ column: Int, _ scope: FundScope?) -> Bool {
        guard let scope else { return true }
        let path = table.amountColumns.indices.contains(column) ? table.amountColumns[column].pathText : ""
        return (FundScope.named(in: path) ?? FundScope.named(in: table.title) ?? .all) == scope
    }
}
