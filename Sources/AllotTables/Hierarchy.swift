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

    /// True when subtotals are printed above their items. Judged from both ends of the table so
    /// that a lone item directly under the total (省本级) at one end does not mislead: subtotals
    /// lead when the table opens with a subtotal or closes with an item.
    static func subtotalsLeadTheirItems(_ rows: [AllocationRow]) -> Bool {
        let levels = rows.map(\.level).filter { $0 == .subtotal || $0 == .item }
        guard levels.contains(.subtotal), let first = levels.first, let last = levels.last else { return true }
        let votesBefore = (first == .subtotal ? 1 : 0) + (last == .item ? 1 : 0)
        let votesAfter = (first == .item ? 1 : 0) + (last == .subtotal ? 1 : 0)
        return votesBefore >= votesAfter
    }
}
