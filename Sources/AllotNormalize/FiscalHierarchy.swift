import AllotModel
import AllotText

/// Places the rows of each side of a table: by classification codes, list numbering or the labels'
/// indentation when the rows carry them (`RowHierarchy`), otherwise by labels (`Hierarchy`); records each row's depth
/// and the signal that placed it, and raises a row with parts to a subtotal.
enum FiscalHierarchy {
    /// Where each draft sits, indexed like the drafts.
    struct Placement: Sendable {
        /// The drafts, a row with parts raised to a subtotal (a top sum row to a total).
        var drafts: RowDrafts
        /// Number of each row's parent row.
        var parents: RowNumbers
        /// For a bare 小计 under a group heading, the region the heading names.
        var groupRegions: SparseTexts
        /// Depth of each row (0 at the top).
        var depths: RowNumbers
        /// The signal that placed each row, nil when nothing did.
        var signals: [HierarchySignal?]
    }

    /// Places `drafts`, which it takes over: the placement holds them, changed in place where a
    /// row with parts becomes a subtotal, never beside a copy (a large sheet's drafts are the
    /// largest thing held while it is normalized).
    static func place(_ drafts: consuming RowDrafts, within: Hierarchy.Within? = nil) -> Placement {
        let count = drafts.count
        // The rows of each side, by position; a table of one side (every table but a two-sided
        // one) is placed whole, without a list of its rows' positions (8 bytes a row).
        let firstSide = drafts.first?.side
        let oneSide = count > 0 && drafts.allSatisfy { $0.side == firstSide }
        var sides: [Int: [Int]] = [:]
        if !oneSide {
            for index in drafts.indices { sides[drafts[index].side, default: []].append(index) }
        }
        var placement = Placement(drafts: consume drafts, parents: RowNumbers(count: count, initial: nil),
                                  groupRegions: SparseTexts(),
                                  depths: RowNumbers(count: count, initial: 0),
                                  signals: Array(repeating: nil, count: count))
        func apply(_ levels: [(Int, RowLevel)]) {
            for (index, level) in levels where placement.drafts[index].level != level {
                placement.drafts[index] = placement.drafts[index].at(level)
            }
        }
        if oneSide { apply(place(0..<count, &placement, within: within)) }
        for side in sides.keys.sorted() {
            guard let indices = sides[side] else { continue }
            apply(place(indices, &placement, within: within))
        }
        return placement
    }

    /// Links the rows at `indices` (one side of the table), recording parents, depths and signals;
    /// returns the rows whose level changes (index, new level), applied by the caller once the
    /// drafts are no longer read here.
    private static func place<Indices: RandomAccessCollection<Int>>(_ indices: Indices, _ placement: inout Placement,
                                                                    within: Hierarchy.Within?) -> [(Int, RowLevel)] {
        let whole = indices.count == placement.drafts.count
        // One side spanning the table (every table but a two-sided one) is read where it lies.
        let all = placement.drafts
        let drafts = whole ? all : RowDrafts(indices.map { all[$0] })
        let steps = IndentSteps.of(drafts)
        // The rows' own signals only when they may carry one: a label-only table (the common large
        // sheet) never builds the signal reader's inputs for every row, nor a second copy of every amount.
        var inputs: [RowHierarchy.Row] = mayCarrySignal(drafts, steps: steps ?? []) ? drafts.indices.map { position in
            let draft = drafts[position]
            return RowHierarchy.Row(level: draft.level, name: draft.name, code: draft.code,
                                    hasAmounts: draft.rowAmounts.hasAmount, indent: steps.flatMap { $0[position] })
        } : []
        if !inputs.isEmpty, RowHierarchy.signal(of: inputs, side: !whole) != nil {
            for position in inputs.indices { inputs[position].amounts = drafts[position].amounts.map { $0?.value } }
        }
        if !inputs.isEmpty, let links = RowHierarchy.link(inputs, side: !whole) {
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
        let links = Hierarchy.link(drafts, within: within)
        let positionOf = Positions(drafts)
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

extension FiscalHierarchy {
    /// False when the rows cannot carry a signal of their own: `RowHierarchy.signal` needs at least
    /// two codes, two numbered labels or two indented labels.
    static func mayCarrySignal(_ drafts: RowDrafts, steps: [Int?]) -> Bool {
        var codes = 0
        var numbered = 0
        var indented = 0
        for position in drafts.indices {
            if drafts[position].code != nil { codes += 1 }
            if steps.indices.contains(position), (steps[position] ?? 0) > 0 { indented += 1 }
            if ListNumbering.of(drafts[position].name) != nil { numbered += 1 }
            if codes >= 2 || numbered >= 2 || indented >= 2 { return true }
        }
        return false
    }

    /// A row number or depth per row, 4 bytes each (-1 for none): a large sheet holds the parents
    /// and depths of every row while it is normalized. Values are row numbers and depths, never
    /// beyond a table's row count (clamped to 32 bits).
    struct RowNumbers: Sendable {
        private var values: [Int32]

        init(count: Int, initial: Int?) {
            values = Array(repeating: initial.map { Int32(clamping: $0) } ?? -1, count: count)
        }

        subscript(index: Int) -> Int? {
            get { values[index] < 0 ? nil : Int(values[index]) }
            set { values[index] = newValue.map { Int32(clamping: max($0, 0)) } ?? -1 }
        }
    }

    /// The position of each draft by its number: the number less the first's when the drafts are
    /// numbered in order (every table but a two-sided one; a map of every row was 40 bytes a row
    /// of a large sheet while it was placed), a map otherwise.
    struct Positions {
        private let first: Int
        private let count: Int
        private let byNumber: [Int: Int]?

        init(_ drafts: RowDrafts) {
            let first = drafts.first?.number ?? 0
            self.first = first
            count = drafts.count
            let sequential = drafts.indices.allSatisfy { drafts[$0].number == first + $0 }
            byNumber = sequential ? nil
                : Dictionary(drafts.indices.map { (drafts[$0].number, $0) }, uniquingKeysWith: { _, last in last })
        }

        subscript(number: Int) -> Int? {
            if let byNumber { return byNumber[number] }
            let position = number - first
            return position >= 0 && position < count ? position : nil
        }
    }

    /// A text for the few rows that have one (a map, not a slot for every row).
    struct SparseTexts: Sendable {
        private var texts: [Int: String] = [:]

        subscript(index: Int) -> String? {
            get { texts[index] }
            set { texts[index] = newValue }
        }
    }
}
