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

    /// Places `drafts`, which it takes over: the placement holds them, changed in place where a
    /// row with parts becomes a subtotal, never beside a copy (a large sheet's drafts are the
    /// largest thing held while it is normalized).
    static func place(_ drafts: consuming [RowDraft]) -> Placement {
        let count = drafts.count
        var sides: [Int: [Int]] = [:]
        for index in drafts.indices { sides[drafts[index].side, default: []].append(index) }
        var placement = Placement(drafts: drafts, parents: Array(repeating: nil, count: count),
                                  groupRegions: Array(repeating: nil, count: count),
                                  depths: Array(repeating: 0, count: count),
                                  signals: Array(repeating: nil, count: count))
        for side in sides.keys.sorted() {
            guard let indices = sides[side] else { continue }
            let levels = place(indices, &placement)
            for (index, level) in levels where placement.drafts[index].level != level {
                placement.drafts[index] = placement.drafts[index].at(level)
            }
        }
        return placement
    }

    /// Links the rows at `indices` (one side of the table), recording parents, depths and signals;
    /// returns the rows whose level changes (index, new level), applied by the caller once the
    /// drafts are no longer read here.
    private static func place(_ indices: [Int], _ placement: inout Placement) -> [(Int, RowLevel)] {
        let whole = indices.count == placement.drafts.count
        // One side spanning the table (every table but a two-sided one) is read where it lies.
        let drafts = whole ? placement.drafts : indices.map { placement.drafts[$0] }
        let steps = IndentSteps.of(drafts)
        // The amounts only when the rows carry a signal of their own: a label-only table (the
        // common large sheet) never builds a second copy of every amount.
        var inputs = drafts.indices.map { position in
            let draft = drafts[position]
            return RowHierarchy.Row(level: draft.level, name: draft.name, code: draft.code,
                                    hasAmounts: draft.amounts.contains { $0 != nil }, indent: steps[position])
        }
        if RowHierarchy.signal(of: inputs) != nil {
            for position in inputs.indices { inputs[position].amounts = drafts[position].amounts.map { $0?.value } }
        }
        if let links = RowHierarchy.link(inputs) {
            var changed: [(Int, RowLevel)] = []
            for (position, index) in indices.enumerated() {
                let link = links[position]
                placement.parents[index] = link.parent.map { drafts[$0].number }
                placement.depths[index] = link.depth
                placement.signals[index] = link.signal
                if link.level != drafts[position].level { changed.append((index, link.level)) }
            }
            return changed
        }
        inputs = []
        let links = Hierarchy.link(drafts)
        var positionOf: [Int: Int] = [:]
        for (position, draft) in drafts.enumerated() { positionOf[draft.number] = position }
        var changed: [(Int, RowLevel)] = []
        for (position, index) in indices.enumerated() {
            if links.blankItems.contains(position) { changed.append((index, .item)) }
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
        return changed
    }
}
