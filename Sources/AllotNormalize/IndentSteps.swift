import AllotModel

/// The labels' indentation as steps (0 flush left, 1 one step in, …), from where each label
/// begins (`RawTableRow.labelIndent`, in em). Only a clear pattern counts: labels that begin at a
/// few distinct offsets, each a whole number of one step (at least half an em) from the flush
/// ones, and labels not centred in their column (centred labels of different lengths begin at
/// different offsets without being indented: their midpoints then line up).
enum IndentSteps {
    /// Offsets closer than this (em) are the same step.
    static let tolerance = 0.25
    /// The smallest step that counts as indentation (em).
    static let minimumStep = 0.5
    /// More distinct steps than this is no indentation pattern.
    static let maximumSteps = 6

    /// One step per draft (nil where not measured), or nil when the indentation is no clear
    /// pattern (no slot for every row of a large sheet whose labels are not indented: 16 bytes a row).
    static func of<Drafts: Collection<RowDraft>>(_ drafts: Drafts) -> [Int?]? {
        let none: [Int?]? = nil
        // One array of the measured indents, reserved at its count and sorted in place (a grown
        // copy, a shifted copy and a sorted copy of a large sheet's were the peak of its normalize
        // stage); each offset from the flush ones is taken as the levels are read.
        var measured: [Double] = []
        measured.reserveCapacity(drafts.count)  // pages reserved and not written are no memory in use
        for draft in drafts { if let indent = draft.indent { measured.append(indent) } }
        guard measured.count >= 3, let flush = measured.min() else { return none }
        measured.sort()
        var levels: [Double] = []
        for indent in measured {
            let offset = indent - flush
            if levels.last.map({ offset - $0 > tolerance }) ?? true { levels.append(offset) }
        }
        guard levels.count >= 2, levels.count <= maximumSteps, levels[1] >= minimumStep else { return none }
        let step = levels[1]
        for level in levels {
            let multiple = (level / step).rounded()
            guard abs(level - multiple * step) <= tolerance else { return none }
        }
        if isCentred(drafts) { return none }
        return drafts.map { draft in draft.indent.map { Int((($0 - flush) / step).rounded()) } }
    }

    /// True when the labels' midpoints line up although their starts do not: centred text.
    private static func isCentred<Drafts: Collection<RowDraft>>(_ drafts: Drafts) -> Bool {
        var count = 0
        var low = Double.infinity, high = -Double.infinity
        for draft in drafts {
            guard let start = draft.indent, let end = draft.labelEnd else { continue }
            let middle = (start + end) / 2
            count += 1
            low = min(low, middle)
            high = max(high, middle)
        }
        return count >= 3 && high - low <= tolerance * 2
    }
}
