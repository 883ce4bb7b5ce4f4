import AllotModel

/// Tells what a table is from its sides, the signals that placed its rows and its title.
enum TableKindReader {
    /// Two sides make a 收支总表, unless they repeat one layout and close with totals of different
    /// quantities (one list in halves); rows placed by codes a classification table, by list numbers
    /// a numbered table; a 分配/下达 title, or rows placed by labels, an allocation table.
    /// `sideTotals`: the name of each side's closing total, in side order ("" when it has none).
    static func kind(title: String, sides: Int, repeatLayout: Bool = false, sideTotals: [String] = [],
                     signals: [HierarchySignal?]) -> TableKind {
        if sides > 1 { return repeatLayout && !closesBalance(sideTotals) ? .sideBySide : .twoSided }
        if signals.contains(.code) { return .classification }
        if signals.contains(.numbering) { return .numbered }
        if title.contains("分配") || title.contains("下达") || signals.contains(.label) { return .allocation }
        return .other
    }

    /// True when every side closes with a total and all name one quantity (收入总计 | 支出总计): the
    /// halves balance, whatever their header repeats.
    private static func closesBalance(_ totals: [String]) -> Bool {
        guard let first = totals.first, !first.isEmpty else { return false }
        return totals.allSatisfy { !$0.isEmpty && TableSides.sameQuantity(first, $0) }
    }
}
