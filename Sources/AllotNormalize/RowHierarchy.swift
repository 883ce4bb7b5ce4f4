import Foundation
import AllotModel
import AllotText

/// Places the rows of one table (or one side of a two-sided table) in a hierarchy from the signals
/// the table itself prints: classification codes first (201 → 20106 → 2010601), then list
/// numbering (一、 → （一） → 1. → (1)), then the labels' indentation where no label makes a
/// subtotal, with 其中 rows as breakdowns of the row above. Tables with none of these are left to
/// the label reading (`Hierarchy`: 合计 → X市小计 → county).
public enum RowHierarchy {
    /// What the hierarchy needs to know of a row.
    public struct Row: Sendable, Hashable {
        /// Level read from the label alone (合计 is a total, 太原市小计 a subtotal).
        public var level: RowLevel
        /// The normalized label (list number and 其中 included).
        public var name: String
        /// The classification code printed on the row, if any.
        public var code: ClassificationCode?
        /// True when at least one amount cell is printed.
        public var hasAmounts: Bool
        /// Indentation step of the label (0 flush left, 1 one step in …; `IndentSteps`), nil when
        /// not measured or not a clear step.
        public var indent: Int?
        /// The amounts, one per amount column (nil for a blank cell); empty when not given.
        public var amounts: [Decimal?]

        /// Creates a row.
        public init(level: RowLevel, name: String, code: ClassificationCode?, hasAmounts: Bool, indent: Int? = nil,
                    amounts: [Decimal?] = []) {
            self.level = level
            self.name = name
            self.code = code
            self.hasAmounts = hasAmounts
            self.indent = indent
            self.amounts = amounts
        }
    }

    /// Where a row sits: its parent (index into the rows), depth (0 for a total or a top row), the
    /// level it takes (a row with parts is a subtotal) and the signal used.
    public struct Link: Sendable, Hashable {
        /// Index of the parent row, nil at the top.
        public var parent: Int?
        /// 0 for totals; 1 for the rows a total sums; deeper below.
        public var depth: Int
        /// The level, from the label, raised to subtotal when the row has parts.
        public var level: RowLevel
        /// The signal that placed the row.
        public var signal: HierarchySignal
    }

    /// The signal a table's rows carry, nil when only labels can place them.
    ///
    /// `side`: the rows are one side of a two-sided table (收入 | 支出), which closes (or opens)
    /// with its own sum row (收入总计): a sum label there is that side's total, not a label-made
    /// subtotal, and does not keep the rows from their indentation.
    public static func signal(of rows: [Row], side: Bool = false) -> HierarchySignal? {
        let codes = rows.compactMap(\.code)
        let known = Set(codes.map(\.normalized))
        let linked = codes.filter { code in code.parentCode.map { known.contains($0) } ?? false }.count
        if codes.count >= 2, linked >= 1 || codes.allSatisfy({ $0.depth == 1 }) { return .code }
        let numbered = rows.filter { ListNumbering.of($0.name) != nil }.count
        if numbered >= 2 { return .numbering }
        // Indentation orders rows only where nothing else does: at least two rows set in from
        // the flush rows, under a flush row that is no sum row.
        let indented = rows.indices.filter { (rows[$0].indent ?? 0) > 0 }
        let labelSubtotals = rows.indices.filter { rows[$0].level == .subtotal }
        let sidesOwnSums = side && labelSubtotals.allSatisfy { ($0 == 0 || $0 == rows.count - 1) && (rows[$0].indent ?? 0) == 0 }
        if indented.count >= 2, let first = indented.first, labelSubtotals.isEmpty || sidesOwnSums,
           rows[..<first].contains(where: { $0.indent == 0 && ($0.level == .item || $0.level == .group) }) {
            return .indentation
        }
        return nil
    }

    /// The links of every row, or nil when the table carries neither codes nor numbering.
    public static func link(_ rows: [Row], side: Bool = false) -> [Link]? {
        switch signal(of: rows, side: side) {
        case .code?: return byCodes(rows)
        case .numbering?: return byNumbering(rows)
        case .indentation?: return byIndentation(rows)
        default: return nil
        }
    }

    /// True for 其中 rows (其中：…, 其中…): parts of the row above, not addends of its parent.
    public static func isBreakdown(_ name: String) -> Bool {
        name.hasPrefix("其中") && name.count > 2
    }

    /// A breakdown being read: the row broken down, and the sum of its parts so far per column.
    struct Breakdown {
        var whole: Int
        var parts: [Decimal?]

        /// The breakdown begun by the 其中 row `part` under `whole`.
        init(whole: Int, part: Row) {
            self.whole = whole
            parts = part.amounts
        }

        /// True when `row`, a row without a code or number of its own right after the breakdown's
        /// rows, continues it (其中：中央资金 200, then 省级资金 100): an item, not a sum row, whose
        /// amounts with the parts so far stay within the row broken down in every column, and
        /// which has an amount where that row has one. Otherwise it is a row of its own.
        func isContinued(by row: Row, wholeRow: Row) -> Bool {
            guard row.level == .item, !isBreakdown(row.name), !row.amounts.isEmpty,
                  row.amounts.count == wholeRow.amounts.count, row.amounts.contains(where: { $0 != nil }) else { return false }
            for column in row.amounts.indices {
                let sum = (parts.indices.contains(column) ? parts[column] : nil).map { $0 + (row.amounts[column] ?? 0) }
                    ?? row.amounts[column]
                guard let sum else { continue }
                guard let whole = wholeRow.amounts[column], sum <= whole else { return false }
            }
            return true
        }

        /// The parts with `row` added.
        mutating func add(_ row: Row) {
            parts = row.amounts.indices.map { column in
                let earlier = parts.indices.contains(column) ? parts[column] : nil
                guard let value = row.amounts[column] else { return earlier }
                return (earlier ?? 0) + value
            }
        }
    }

    // MARK: - Codes

    static func byCodes(_ rows: [Row]) -> [Link] {
        var links = rows.map { Link(parent: nil, depth: 0, level: $0.level, signal: .code) }
        var lastWithCode: [String: Int] = [:]
        var tops: [Int] = []
        var previousMain: Int?
        var breakdown: Breakdown?
        // True from a sum row until the next coded row (see `isBlankAddend`).
        var afterSum = false
        let nextCoded = nextCodedRows(rows)
        var previousCoded: Int?
        for (index, row) in rows.enumerated() {
            let open = breakdown
            breakdown = nil
            if row.code == nil, let open, open.isContinued(by: row, wholeRow: rows[open.whole]) {
                links[index].parent = open.whole
                links[index].signal = .breakdown
                breakdown = open
                breakdown?.add(row)
                continue
            }
            if let code = row.code {
                if let wanted = code.parentCode {
                    // A 款 or 项 whose parent is not in the table (a table cut at a page break) is
                    // left unplaced: no sum above it can be checked.
                    links[index].parent = lastWithCode[wanted]
                } else {
                    tops.append(index)
                }
                lastWithCode[code.normalized] = index
                previousMain = index
                previousCoded = index
                afterSum = false
            } else if isBreakdown(row.name), let above = previousMain {
                links[index].parent = above
                links[index].signal = .breakdown
                breakdown = Breakdown(whole: above, part: row)
            } else if row.level == .item, row.hasAmounts {
                // Between two coded rows of one parent (2080502 and 2080599 under 20805), a row
                // whose code was not read is their sibling, not a row of the total's.
                if let parent = siblingsParent(rows, before: previousCoded, after: nextCoded[index],
                                               placed: lastWithCode) {
                    links[index].parent = parent
                } else {
                    tops.append(index)
                }
                previousMain = index
            } else {
                links[index].signal = .label
                if isBlankAddend(row, afterSum: afterSum) {
                    links[index].level = .item
                    tops.append(index)
                }
                if row.level != .total { previousMain = index }
                if row.level == .total || row.level == .subtotal { afterSum = true }
            }
        }
        attachToTotals(rows, tops: tops, links: &links)
        finish(rows, &links)
        return links
    }

    /// For each row, the first row after it that carries a code (nil when none follows).
    static func nextCodedRows(_ rows: [Row]) -> [Int?] {
        var next = [Int?](repeating: nil, count: rows.count)
        var following: Int?
        for index in rows.indices.reversed() {
            next[index] = following
            if rows[index].code != nil { following = index }
        }
        return next
    }

    /// The row that heads both `before` and `after`, two coded rows whose codes have the same
    /// parent (款 20805 for 项 2080502 and 2080599), when that parent is placed: rows between them
    /// are that parent's rows too. Nil when the codes' parents differ or are absent.
    static func siblingsParent(_ rows: [Row], before: Int?, after: Int?, placed: [String: Int]) -> Int? {
        guard let before, let after, let wanted = rows[before].code?.parentCode,
              rows[after].code?.parentCode == wanted else { return nil }
        return placed[wanted]
    }

    // MARK: - Numbering and indentation

    /// Each numbered row under the nearest row above it with an outer numbering style.
    static func byNumbering(_ rows: [Row]) -> [Link] {
        byRank(rows, signal: .numbering) { ListNumbering.of($0.name) }
    }

    /// Each row under the nearest row above it that is indented less.
    static func byIndentation(_ rows: [Row]) -> [Link] {
        byRank(rows, signal: .indentation, rank: \.indent)
    }

    /// Places rows by a rank that orders them outer → inner (a numbering style, an indentation
    /// step): each row goes under the nearest row above it of a smaller rank. Sum rows (合计,
    /// 小计) stand by their labels, 其中 rows are breakdowns of the row above, and a row without a
    /// rank between ranked ones stands at the top (年初结转和结余).
    private static func byRank<Rank: Comparable>(_ rows: [Row], signal: HierarchySignal, rank: (Row) -> Rank?) -> [Link] {
        var links = rows.map { Link(parent: nil, depth: 0, level: $0.level, signal: signal) }
        var stack: [(rank: Rank, index: Int)] = []
        var tops: [Int] = []
        var previousMain: Int?
        var breakdown: Breakdown?
        // An unranked row with amounts heads the ranked rows right under it when they start a list
        // of their own (一、 / （一） / 1. / (1)): a list that starts again below 年初财政拨款结转和结余
        // (一、一般公共预算财政拨款 …) is its breakdown; a list that goes on (4. under a heading
        // after 3.) is not.
        var unrankedHead: Int?
        var headTakesList = false
        // True from a sum row (本年收入合计) until the next ranked row: the rows read meanwhile stand
        // beside that sum, as parts of the sum row that closes them (总计).
        var afterSum = false
        for (index, row) in rows.enumerated() {
            let open = breakdown
            breakdown = nil
            if rank(row) == nil, let open, open.isContinued(by: row, wholeRow: rows[open.whole]) {
                links[index].parent = open.whole
                links[index].signal = .breakdown
                breakdown = open
                breakdown?.add(row)
                continue
            }
            if row.level == .total || row.level == .subtotal {
                links[index].signal = .label
                stack = []
                unrankedHead = nil
                headTakesList = false
                previousMain = index
                afterSum = true
                continue
            }
            if isBreakdown(row.name), let above = previousMain {
                links[index].parent = above
                links[index].signal = .breakdown
                breakdown = Breakdown(whole: above, part: row)
                continue
            }
            guard let current = rank(row) else {
                stack = []
                if isBlankAddend(row, afterSum: afterSum) { links[index].level = .item }
                if row.hasAmounts || links[index].level == .item { tops.append(index) }
                unrankedHead = row.hasAmounts ? index : nil
                headTakesList = false
                links[index].signal = .label
                previousMain = index
                continue
            }
            afterSum = false
            while let last = stack.last, last.rank >= current { stack.removeLast() }
            if let last = stack.last {
                links[index].parent = last.index
            } else if let head = unrankedHead, index == head + 1 ? Self.startsList(row.name) : headTakesList {
                links[index].parent = head
                headTakesList = true
            } else {
                tops.append(index)
            }
            stack.append((current, index))
            previousMain = index
        }
        attachToTotals(rows, tops: tops, links: &links)
        finish(rows, &links)
        return links
    }

    /// True for a named row printed blank, with no code or rank of its own, right after a sum row
    /// has closed the rows above it (使用非财政拨款结余 between 本年收入合计 and 总计): it is an addend
    /// of the sum row that closes it, like the rows beside it, not the heading of the rows below: a
    /// sum row closes a group, and what follows it up to the next sum row stands beside it. (A stray
    /// line inside a list, a wrapped name's last characters, stays a group.)
    static func isBlankAddend(_ row: Row, afterSum: Bool) -> Bool {
        afterSum && row.level == .group && !row.hasAmounts && !row.name.isEmpty && !isBreakdown(row.name)
    }

    /// True when the label opens a list: its number is the first of its style.
    static func startsList(_ name: String) -> Bool {
        ["一、", "(一)", "（一）", "1.", "1、", "1．", "(1)", "（1）"].contains { name.hasPrefix($0) }
    }

    // MARK: - Totals

    /// Top rows belong to the sum row that closes them (收入总计 under 一、…四、) or, when the
    /// table prints its total first, to the total above them. A later sum row also takes the
    /// earlier one as a part (总计 = 本年收入合计 + 年初结转和结余). A total printed first and
    /// another grand total below it: the sums settle which rows each takes (`SecondTotal`).
    static func attachToTotals(_ rows: [Row], tops: [Int], links: inout [Link]) {
        let sums = rows.indices.filter { rows[$0].level == .total || rows[$0].level == .subtotal }
        guard !sums.isEmpty else { return }
        let topSet = Set(tops)
        let sumSet = Set(sums)
        let totalFirst = sums.first.map { first in !tops.contains { $0 < first && rows[$0].hasAmounts } } ?? false
        var pending: [Int] = []
        var previousSum: Int?
        // The top rows given to the previous sum so far (total first).
        var run: [Int] = []
        for index in rows.indices {
            if topSet.contains(index) {
                if totalFirst, let previousSum {
                    links[index].parent = previousSum
                    run.append(index)
                } else {
                    pending.append(index)
                }
            } else if sumSet.contains(index) {
                if !totalFirst {
                    for top in pending { links[top].parent = index }
                    if let previousSum, !pending.isEmpty { links[previousSum].parent = index }
                    pending = []
                } else if let previousSum, rows[previousSum].level == .total, rows[index].level == .total,
                          let (moved, toSecond) = SecondTotal.split(rows, first: previousSum, second: index, run: run) {
                    for top in moved { links[top].parent = toSecond ? index : nil }
                }
                previousSum = index
                run = []
            }
        }
    }

    /// Depths from the parents; a row with parts (other than breakdowns) sums them: a subtotal.
    static func finish(_ rows: [Row], _ links: inout [Link]) {
        var hasParts = Array(repeating: false, count: rows.count)
        for link in links where link.signal != .breakdown {
            if let parent = link.parent, hasParts.indices.contains(parent) { hasParts[parent] = true }
        }
        for index in links.indices {
            var depth = 0
            var parent = links[index].parent
            while let current = parent, depth <= rows.count {
                depth += 1
                parent = links[current].parent
            }
            links[index].depth = depth
            if hasParts[index], links[index].level == .item || links[index].level == .group {
                links[index].level = .subtotal
            }
            // A row its code, number or indentation placed, without amounts, that heads nothing is
            // an item printed blank, not a heading (a stray label line stays a group: no item).
            if !hasParts[index], links[index].level == .group, !rows[index].name.isEmpty,
               links[index].signal != .label, links[index].signal != .breakdown {
                links[index].level = .item
            }
            // A sum row at the top (收入总计, 本年支出合计 when nothing sums it) is a total.
            if hasParts[index], links[index].parent == nil, links[index].level == .subtotal,
               rows[index].level == .subtotal {
                links[index].level = .total
            }
        }
    }
}
