import AllotModel

/// Links rows into total → subtotal → item, whether subtotals are printed before their items
/// (as in 晋乡振发〔2022〕125号) or after them, and the total first or last.
enum Hierarchy {
    static func link(_ rows: inout [AllocationRow]) {
        let total = rows.firstIndex { $0.level == .total }
        let subtotalsFirst = subtotalsLeadTheirItems(rows)
        var currentSubtotal: Int?
        var waitingItems: [Int] = []
        for index in rows.indices {
            switch rows[index].level {
            case .total:
                currentSubtotal = nil
            case .subtotal:
                rows[index].parent = total.map { rows[$0].number }
                if subtotalsFirst {
                    currentSubtotal = index
                } else {
                    for item in waitingItems { rows[item].parent = rows[index].number }
                    waitingItems = []
                }
            case .item:
                if subtotalsFirst {
                    rows[index].parent = (currentSubtotal ?? total).map { rows[$0].number }
                } else {
                    waitingItems.append(index)
                }
            }
        }
        // Items after the last subtotal (subtotals-after order) belong to the total directly.
        for item in waitingItems { rows[item].parent = total.map { rows[$0].number } }
    }

    /// True when subtotals are printed above their items. Judged from both ends of the table so
    /// that a lone item directly under the total (省本级) at one end does not mislead: subtotals
    /// lead when the table opens with a subtotal or closes with an item.
    static func subtotalsLeadTheirItems(_ rows: [AllocationRow]) -> Bool {
        let levels = rows.map(\.level).filter { $0 != .total }
        guard levels.contains(.subtotal), let first = levels.first, let last = levels.last else { return true }
        let votesBefore = (first == .subtotal ? 1 : 0) + (last == .item ? 1 : 0)
        let votesAfter = (first == .item ? 1 : 0) + (last == .subtotal ? 1 : 0)
        return votesBefore >= votesAfter
    }
}
