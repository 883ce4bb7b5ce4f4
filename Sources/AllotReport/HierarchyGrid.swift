import AllotModel

/// The hierarchy of a normalized table's rows on one page, as `allot show` prints it under the
/// grid: each row indented by its depth, its code marked, the signal that placed it and its parent;
/// then the table's column paths (code columns marked) and the relations it was checked by.
enum HierarchyGrid {
    /// The lines for `table`'s rows printed on `page`; empty when nothing placed them.
    static func render(_ table: AllocationTable, raw: RawTable, page: Int) -> [String] {
        let rows = table.rows.filter { $0.page == page }
        guard rows.contains(where: { $0.hierarchySignal != nil }) || !table.relations.isEmpty else { return [] }
        var lines = ["table \(table.index) hierarchy (\(table.kind.rawValue)):"]
        let columns = raw.columns.map { column in
            column.pathText + (column.role == .amount ? "" : " [\(column.role.rawValue)]")
        }
        lines.append("  columns: " + columns.joined(separator: " | "))
        let sides = Set(rows.map(\.side)).count > 1
        for row in rows {
            let indent = String(repeating: "  ", count: max(0, row.depth))
            let code = row.printedCode.isEmpty ? "" : "[\(row.printedCode)] "
            var line = "  " + pad(String(row.number), 4) + "  " + indent + code + (row.name.isEmpty ? "—" : row.name)
            line += "  (\(row.level.rawValue)"
            if let signal = row.hierarchySignal { line += ", \(signal.rawValue)" }
            if let parent = row.parent { line += ", in \(parent)" }
            if sides { line += ", side \(row.side + 1)" }
            lines.append(line + ")")
        }
        lines += table.relations.map { "  relation: " + $0 }
        return lines
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
