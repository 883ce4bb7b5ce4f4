import AllotModel

/// Tells what a table is from its sides, the signals that placed its rows and its title.
enum TableKindReader {
    /// Two sides make a 收支总表; rows placed by codes a classification table, by list numbers a
    /// numbered table; a 分配/下达 title, or rows placed by labels, an allocation table.
    static func kind(title: String, sides: Int, signals: [HierarchySignal?]) -> TableKind {
        if sides > 1 { return .twoSided }
        if signals.contains(.code) { return .classification }
        if signals.contains(.numbering) { return .numbered }
        if title.contains("分配") || title.contains("下达") || signals.contains(.label) { return .allocation }
        return .other
    }
}
