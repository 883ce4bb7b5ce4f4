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
        let measured = drafts.compactMap(\.indent)
        guard measured.count >= 3, let flush = measured.min() else { return none }
        var levels: [Double] = []
        for offset in measured.map({ $0 - flush }).sorted() where levels.last.map({ offset - $0 > tolerance }) ?? true {
            levels.append(offset)
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
        let middles = drafts.compactMap { draft -> Double? in
            guard let start = draft.indent, let end = draft.labelEnd else { return nil }
            return (start + end) / 2
        }
        guard let low = middles.min(), let high = middles.max(), middles.count >= 3 else { return false }
        return high - low <= tolerance * 2
    }
}
