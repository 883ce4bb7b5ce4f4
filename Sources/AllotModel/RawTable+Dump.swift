extension RawTable {
    /// A readable dump of the table: a title line, one line per column (role, name, parent, and
    /// the header's horizontal extent when `columnExtents`), one line per row with `place` telling
    /// where it is printed and its cells as printed (padding made visible).
    public func dump(columnExtents: Bool, place: (RawTableRow) -> String) -> String {
        var out = "table \(index) title=\(title) unit=\(unit) attachment=\(attachment)"
            + (compiler.isEmpty ? "" : " compiler=\(compiler)") + "\n"
        for (number, column) in columns.enumerated() {
            let parent = column.parent.map { " parent=\($0)" } ?? ""
            let extent = columnExtents ? " x=\(DumpText.span(column.x0, column.x1))" : ""
            out += "  column \(number + 1) \(column.role.rawValue) \(column.name)\(parent)\(extent)\n"
        }
        for (number, row) in rows.enumerated() {
            out += "  row \(number + 1) \(place(row)): \(row.cells.map(DumpText.visible).joined(separator: " | "))\n"
        }
        return out
    }
}
