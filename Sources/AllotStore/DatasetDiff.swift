/// What changed between two datasets: rows added, removed and changed in each table, so a regeneration
/// can be reviewed before it is published. Allocation rows are matched by notice, table, region (the
/// label where no region is known) and column.
public struct DatasetDiff: Hashable, Sendable {
    /// One entry per table, in dataset order.
    public var tables: [TableDiff]

    /// Compares `old` with `new`.
    public init(old: DatasetCSV, new: DatasetCSV) {
        tables = DatasetTable.allCases.map { TableDiff($0, old: old[$0], new: new[$0]) }
    }

    /// True when the datasets hold the same rows with the same values.
    public var isEmpty: Bool { tables.allSatisfy(\.isEmpty) }

    /// The report: a count line per table, then one line per added (+), removed (-) and changed (~) row,
    /// changed values written old → new. Rows that only moved (row number, page) are counted, not listed.
    public func render() -> String {
        guard !isEmpty else { return "no differences\n" }
        var out = ""
        for diff in tables {
            let moved = diff.changed.filter(\.isMove).count
            out += "\(diff.table.file): \(diff.added.count) added, \(diff.removed.count) removed, "
                + "\(diff.changed.count - moved) changed, \(moved) moved\n"
            for entry in diff.added { out += "  + \(entry.label): \(Self.show(entry.value))\n" }
            for entry in diff.removed { out += "  - \(entry.label): \(Self.show(entry.value))\n" }
            for change in diff.changed where !change.isMove {
                let fields = change.fields.map { "\($0.field) \(Self.show($0.old)) → \(Self.show($0.new))" }
                out += "  ~ \(change.label): \(fields.joined(separator: "; "))\n"
            }
        }
        return out
    }

    private static func show(_ value: String) -> String {
        value.isEmpty ? "(empty)" : value
    }
}
