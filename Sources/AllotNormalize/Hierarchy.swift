import AllotModel
import Foundation

/// Links rows into total → subtotal → item, whether subtotals are printed before their items
/// (as in 晋乡振发〔2022〕125号) or after them, the total first or last, with or without group
/// headings (a prefecture name on a row of its own above its counties).
enum Hierarchy {
    /// Where each row sits: the number of its parent row, and for a bare 小计 under a group heading
    /// the region the heading names. Indexed like the drafts.
    struct Links: Sendable {
        /// 4 bytes a row, the group regions only where set (a slot of each for every row was 32
        /// bytes a row of a large sheet while it was placed).
        var parents: FiscalHierarchy.RowNumbers
        var groupRegions: FiscalHierarchy.SparseTexts
        /// Rows printed with a name and blank amounts that head nothing: items printed blank.
        var blankItems: Set<Int> = []
    }

    /// Whether a row's name names a division inside the division a heading names (a county of
    /// that prefecture), by the division catalogue.
    typealias Within = (_ name: String, _ heading: String) -> Bool

    /// Links the rows; `within`, when given, lets the catalogue tell a blank county under its
    /// prefecture's heading from a heading (`isBlankSibling`).
    static func link(_ rows: RowDrafts, within: Within? = nil) -> Links {
        // The order is judged from the shape of the table; when the other order makes more printed
        // sums hold (a one-county prefecture first fools the shape), the table's arithmetic decides.
        let guess = subtotalsLeadTheirItems(rows.map(\.level))
        // The catalogue is asked only where no subtotal is printed (with subtotals, the sums place a
        // blank row: `isBlankItem`).
        guard rows.contains(where: { $0.level == .subtotal }) else {
            return link(rows, subtotalsFirst: guess, within: within)
        }
        let first = bounded(rows, link(rows, subtotalsFirst: guess, within: nil), subtotalsFirst: guess)
        let other = bounded(rows, link(rows, subtotalsFirst: !guess, within: nil), subtotalsFirst: !guess)
        return other.disagreements < first.disagreements ? other.links : first.links
    }

    /// Items printed next to a group without a subtotal of their own (省直单位 rows after the last
    /// prefecture's counties when subtotals lead, or before the first prefecture's when they
    /// follow) are read by position as the group's: when the subtotal equals, in every printed
    /// column, the run of its items nearest to it but not all of them, the rest belong to the total.
    /// Kept only when the table's sums then disagree less.
    /// Returned with the disagreements of the linking kept: counted once for each linking (the
    /// caller compares two), and once only when no subtotal's items were moved.
    static func bounded(_ rows: RowDrafts, _ links: Links, subtotalsFirst: Bool) -> (links: Links, disagreements: Int) {
        let total = rows.first { $0.level == .total }?.number
        // Each row's parts, found once (a look-up per subtotal over every row was quadratic).
        var children: [Int: [Int]] = [:]
        for index in rows.indices {
            if let parent = links.parents[index] { children[parent, default: []].append(index) }
        }
        var result = links
        var moved = false
        for row in rows where row.level == .subtotal {
            guard let parts = children[row.number], parts.count > 1,
                  parts.allSatisfy({ rows[$0].level == .item }), !holds(row, parts.map { rows[$0] })
            else { continue }
            // The run nearest the subtotal (its first items when it leads them, its last when it
            // follows), longest first, shorter than all of them.
            let nearest = subtotalsFirst ? parts : Array(parts.reversed())
            guard let length = longestHoldingRun(row, nearest.map { rows[$0] }) else { continue }
            for index in nearest.dropFirst(length) {
                result.parents[index] = total
                moved = true
            }
        }
        let before = disagreements(rows, links.parents)
        guard moved else { return (links, before) }
        let after = disagreements(rows, result.parents)
        return after < before ? (result, after) : (links, before)
    }

    /// The length of the longest run `parts[0..<k]`, `k < parts.count`, whose sums equal every
    /// printed amount of `row` (at least one printed): running sums, linear in the parts.
    static func longestHoldingRun(_ row: RowDraft, _ parts: [RowDraft]) -> Int? {
        let printed = (0..<row.rowAmounts.count).compactMap { column in row.rowAmounts[column].map { (column, $0.value) } }
        guard !printed.isEmpty, parts.count > 1 else { return nil }
        // The amounts as integers at one exponent (`DecimalSum.scaled`), added as integers:
        // Foundation's addition costs about 3K instructions.
        var values = printed.map(\.1)
        for part in parts.dropLast() {
            for (column, _) in printed {
                values.append(column < part.rowAmounts.count ? part.rowAmounts[column]?.value ?? 0 : 0)
            }
        }
        if let scaled = DecimalSum.scaled(values) {
            var sums = [Int64](repeating: 0, count: printed.count)
            var longest: Int?
            var next = printed.count
            for count in 0..<(parts.count - 1) {
                for slot in printed.indices {
                    let (sum, overflow) = sums[slot].addingReportingOverflow(scaled[next])
                    guard !overflow else { return longestHoldingRunByDecimals(printed, parts) }
                    sums[slot] = sum
                    next += 1
                }
                if printed.indices.allSatisfy({ sums[$0] == scaled[$0] }) { longest = count + 1 }
            }
            return longest
        }
        return longestHoldingRunByDecimals(printed, parts)
    }

    /// The general path of `longestHoldingRun`: the running sums added as Decimals.
    static func longestHoldingRunByDecimals(_ printed: [(Int, Decimal)], _ parts: [RowDraft]) -> Int? {
        var sums = [Decimal](repeating: 0, count: printed.count)
        var longest: Int?
        for (count, part) in parts.dropLast().enumerated() {
            for (slot, (column, _)) in printed.enumerated() where column < part.rowAmounts.count {
                sums[slot] += part.rowAmounts[column]?.value ?? 0
            }
            if printed.indices.allSatisfy({ sums[$0] == printed[$0].1 }) { longest = count + 1 }
        }
        return longest
    }

    /// True when every printed amount of `row` equals the sum of its parts' (at least one printed).
    private static func holds(_ row: RowDraft, _ parts: [RowDraft]) -> Bool {
        var compared = false
        for column in 0..<row.rowAmounts.count {
            guard let stated = row.rowAmounts[column]?.value else { continue }
            let sum = DecimalSum.of(parts.map { part in part.rowAmounts[column]?.value ?? 0 })
            if sum != stated { return false }
            compared = true
        }
        return compared
    }

    /// How many printed sums do not equal their parts, plus items that cannot be placed and
    /// subtotals without parts, under a linking.
    static func disagreements(_ rows: RowDrafts, _ parents: FiscalHierarchy.RowNumbers) -> Int {
        // Each row's parts by position (copying the drafts retained every text of each).
        var children: [Int: [Int]] = [:]
        for index in rows.indices {
            if let parent = parents[index] { children[parent, default: []].append(index) }
        }
        var count = rows.indices.filter { rows[$0].level == .item && parents[$0] == nil }.count
        for row in rows where row.level == .subtotal || row.level == .total {
            guard let parts = children[row.number], !parts.isEmpty else {
                if row.level == .subtotal { count += 1 }
                continue
            }
            for column in 0..<row.rowAmounts.count {
                guard let stated = row.rowAmounts[column]?.value else { continue }
                let sum = DecimalSum.of(parts.map { part in rows[part].rowAmounts[column]?.value ?? 0 })
                if sum != stated { count += 1 }
            }
        }
        return count
    }

    private static func link(_ rows: RowDrafts, subtotalsFirst: Bool, within: Within?) -> Links {
        var links = Links(parents: FiscalHierarchy.RowNumbers(count: rows.count, initial: nil),
                          groupRegions: FiscalHierarchy.SparseTexts())
        let total = rows.first { $0.level == .total }?.number
        var openGroup: RowDraft?
        var currentParent: Int?
        var waitingItems: [Int] = []
        for (index, row) in rows.enumerated() {
            switch row.level {
            case .total:
                currentParent = nil
                openGroup = nil
            case .group where isBlankItem(
                at: index, rows, subtotalsFirst: subtotalsFirst,
                afterItem: index > 0 && (rows[index - 1].level == .item || links.blankItems.contains(index - 1)),
                underHeading: currentParent != nil && currentParent == openGroup?.number,
                afterItems: !waitingItems.isEmpty,
                headsBareSubtotal: openGroup == nil && closesWithBareSubtotal(rows, after: index))
                || isBlankSibling(at: index, rows, under: currentParent == openGroup?.number ? openGroup : nil,
                                  subtotalsFirst: subtotalsFirst, within: within):
                links.blankItems.insert(index)
                if subtotalsFirst {
                    links.parents[index] = currentParent ?? total
                } else {
                    waitingItems.append(index)
                }
            case .group:
                links.parents[index] = total
                openGroup = row
                currentParent = row.number
            case .subtotal:
                links.parents[index] = total
                if row.namedRegion?.isEmpty ?? true, let openGroup {
                    links.groupRegions[index] = openGroup.namedRegion ?? ""
                }
                if subtotalsFirst {
                    currentParent = row.number
                } else {
                    for item in waitingItems { links.parents[item] = row.number }
                    waitingItems = []
                    openGroup = nil
                    currentParent = nil
                }
            case .item:
                if subtotalsFirst {
                    links.parents[index] = currentParent ?? total
                } else {
                    waitingItems.append(index)
                }
            }
        }
        // Items after the last subtotal (subtotals-after order) belong to their group or the total.
        for item in waitingItems { links.parents[item] = openGroup?.number ?? total }
        return links
    }

    /// True when the named row at `index`, printed with blank amounts, stands among the items of a
    /// sum rather than above rows of its own: nothing it could head sums under it. Subtotals first,
    /// inside a subtotal's items (unless a subtotal follows it: a heading over its 小计), or after
    /// items placed under the total itself (headings open a run: the first row under the total,
    /// or the row after another heading's items); subtotals last, after items the next subtotal
    /// will close. A row without a name (a header remnant) stays a group: it is no item.
    private static func isBlankItem(at index: Int, _ rows: RowDrafts, subtotalsFirst: Bool, afterItem: Bool,
                                    underHeading: Bool, afterItems: Bool, headsBareSubtotal: Bool) -> Bool {
        guard !rows[index].name.isEmpty else { return false }
        // Subtotals last, a bare 小计 closing the run needs a heading to name its group: the blank
        // row is that heading, even after items the total takes directly (省直 rows first).
        guard subtotalsFirst else { return afterItems && !headsBareSubtotal }
        if index + 1 < rows.count, rows[index + 1].level == .subtotal { return false }
        // After an item under a subtotal, under the total or at the top, the blank row is one of
        // its siblings; after a heading's items, it may head the next group.
        return afterItem && !underHeading
    }

    /// True when the named row at `index`, printed blank under a heading in a table without
    /// subtotals, is by
    /// the division catalogue one of the heading's items: it, the item before it and the row
    /// after it (an item) all name divisions inside the one the heading names (延川县 between
    /// 延长县 and 志丹县 under 延安市). Siblings, it heads none of them. Structure alone cannot
    /// tell it from a heading over its own rows (a county over its towns, which the catalogue
    /// does not hold: then it stays a heading). No sum is checked under a heading without a
    /// subtotal, so this reading never makes a finding; it places the rows after it under the
    /// heading they belong to.
    private static func isBlankSibling(at index: Int, _ rows: RowDrafts, under heading: RowDraft?,
                                       subtotalsFirst: Bool, within: Within?) -> Bool {
        guard subtotalsFirst, let within, let heading, !heading.name.isEmpty, !rows[index].name.isEmpty,
              index > 0, index + 1 < rows.count, rows[index - 1].level == .item, rows[index + 1].level == .item
        else { return false }
        return [rows[index - 1], rows[index], rows[index + 1]].allSatisfy { within($0.name, heading.name) }
    }

    /// True when the first sum row after `index` is a subtotal without a name of its own (小计).
    private static func closesWithBareSubtotal(_ rows: RowDrafts, after index: Int) -> Bool {
        guard let next = rows[(index + 1)...].first(where: { $0.level == .subtotal || $0.level == .total })
        else { return false }
        return next.level == .subtotal && (next.namedRegion?.isEmpty ?? true)
    }

    /// True when subtotals are printed above their items. Judged from both ends of the table, by
    /// how many items stand before the first subtotal and after the last: a group's items (two or
    /// more) at the start mean subtotals follow their items; at the end, that they lead them. A
    /// lone item at either end (省本级 directly under the total, or a garbled last row) does not
    /// tip the decision.
    static func subtotalsLeadTheirItems(_ rowLevels: [RowLevel]) -> Bool {
        let levels = rowLevels.filter { $0 == .subtotal || $0 == .item }
        guard let first = levels.firstIndex(of: .subtotal), let last = levels.lastIndex(of: .subtotal) else {
            return true
        }
        let itemsBefore = first
        let itemsAfter = levels.count - 1 - last
        let votesBefore = (itemsBefore <= 1 ? 1 : 0) + (itemsAfter >= 2 ? 1 : 0)
        let votesAfter = (itemsBefore >= 2 ? 1 : 0) + (itemsAfter <= 1 ? 1 : 0)
        return votesBefore >= votesAfter
    }
}
