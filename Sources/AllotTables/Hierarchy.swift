import AllotModel

/// Links rows into total → subtotal → item, whether subtotals are printed before their items
/// (as in 晋乡振发〔2022〕125号) or after them, the total first or last, with or without group
/// headings (a prefecture name on a row of its own above its counties).
enum Hierarchy {
    static func link(_ rows: inout [AllocationRow]) {
        let total = rows.firstIndex { $0.level == .total }.map { rows[$0].number }
        let subtotalsFirst = subtotalsLeadTheirItems(rows)
        var openGroup: Int?
        var currentParent: Int?
        var waitingItems: [Int] = []
        for index in rows.indices {
            switch rows[index].level {
            case .total:
                currentParent = nil
                openGroup = nil
            case .group:
                rows[index].parent = total
                openGroup = index
                currentParent = rows[index].number
            case .subtotal:
                rows[index].parent = total
                if rows[index].region.isEmpty, let openGroup {
                    rows[index].region = rows[openGroup].region
                }
                if subtotalsFirst {
                    currentParent = rows[index].number
                } else {
                    for item in waitingItems { rows[item].parent = rows[index].number }
                    waitingItems = []
                    openGroup = nil
                    currentParent = nil
                }
            case .item:
                if subtotalsFirst {
                    rows[index].parent = currentParent ?? total
                } else {
                    waitingItems.append(index)
                }
            }
        }
        // Items after the last subtotal (subtotals-after order) belong to their group or the total.
        for item in waitingItems { rows[item].parent = openGroup.map { rows[$0].number } ?? total }
    }

    /// True when subtotals are printed above their items. Judged from both ends of the table, by
    /// how many items stand before the first subtotal and after the last: a group's items (two or
    /// more) at the start mean subtotals follow their items; at the end, that they lead them. A
    /// lone item at either end (省本级 directly under the total, or a garbled last row) does not
    /// tip the decision.
    static func subtotalsLeadTheirItems(_ rows: [AllocationRow]) -> Bool {
        let levels = rows.map(\.level).filter { $0 == .subtotal || $0 == .item }
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
