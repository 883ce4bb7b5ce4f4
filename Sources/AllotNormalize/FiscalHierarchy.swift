import AllotModel

/// Places the rows of each side of a table: by classification codes, list numbering or the labels'
/// indentation when the rows carry them (`RowHierarchy`), otherwise by labels (`Hierarchy`); records each row's depth
/// and the signal that placed it, and raises a row with parts to a subtotal.
enum FiscalHierarchy {
    /// Where each draft sits, indexed like the drafts.
    struct Placement: Sendable {
        /// The drafts, a row with parts raised to a subtotal (a top sum row to a total).
        var drafts: [RowDraft]
        /// Number of each row's parent row.
        var parents: [Int?]
        /// For a bare 小计 under a group heading, the region the heading names.
        var groupRegions: [String?]
        /// Depth of each row (0 at the top).
        var depths: [Int]
        /// The signal that placed each row, nil when nothing did.
        var signals: [HierarchySignal?]
    }

    static func place(_ drafts: [RowDraft]) -> Placement {
        var placement = Placement(drafts: drafts, parents: Array(repeating: nil, count: drafts.count),
                                  groupRegions: Array(repeating: nil, count: drafts.count),
                                  depths: Array(repeating: 0, count: drafts.count),
                                  signals: Array(repeating: nil, count: drafts.count))
        let sides = Dictionary(grouping: drafts.indices) { drafts[$0].side }
        for side in sides.keys.sorted() {
            guard let indices = sides[side] else { continue }
            place(indices, &placement)
        }
        return placement
    }

    private static func place(_ indices: [Int], _ placement: inout Placement) {
        let drafts = indices.map { placement.drafts[$0] }
        let steps = IndentSteps.of(drafts)
        let inputs = drafts.indices.map { position in
            let draft = drafts[position]
            return RowHierarchy.Row(level: draft.level, name: draft.name, code: draft.code,
                                    hasAmounts: draft.amounts.contains { $0 != nil }, indent: steps[position],
                                    amounts: draft.amounts.map { $0?.value })
        }
        if let links = RowHierarchy.link(inputs) {
            for (position, index) in indices.enumerated() {
                let link = links[position]
                placement.parents[index] = link.parent.map { drafts[$0].number }
                placement.depths[index] = link.depth
                placement.signals[index] = link.signal
                if link.level != drafts[position].level { placement.drafts[index] = drafts[position].at(link.level) }
            }
            return
        }
        let links = Hierarchy.link(drafts)
        var positionOf: [Int: Int] = [:]
        for (position, draft) in drafts.enumerated() { positionOf[draft.number] = position }
        for (position, index) in indices.enumerated() {
            placement.parents[index] = links.parents[position]
            placement.groupRegions[index] = links.groupRegions[position]
            var depth = 0
            var parent = links.parents[position]
            while let current = parent, let above = positionOf[current], depth <= drafts.count {
                depth += 1
                parent = links.parents[above]
            }
            placement.depths[index] = depth
            let level = drafts[position].level
            if links.parents[position] != nil || level == .total || level == .subtotal {
                placement.signals[index] = .label
            }
        }
    }
}
