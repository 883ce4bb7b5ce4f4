extension TableScan {
    /// A readable dump of what the table stage found: each table with its columns (role, parent,
    /// header extent) and rows (page, box, cells as printed), then the furniture lines dropped and
    /// the body lines left to the notice, each with its page and box.
    public var dump: String {
        var out = ""
        for table in tables {
            out += "table \(table.index) title=\(table.title) unit=\(table.unit) attachment=\(table.attachment)\n"
            for (index, column) in table.columns.enumerated() {
                let parent = column.parent.map { " parent=\($0)" } ?? ""
                out += "  column \(index + 1) \(column.role.rawValue) \(column.name)\(parent) "
                    + "x=\(DumpText.span(column.x0, column.x1))\n"
            }
            for (index, row) in table.rows.enumerated() {
                let cells = row.cells.map(DumpText.visible).joined(separator: " | ")
                out += "  row \(index + 1) page=\(row.page) \(Self.place(row.box)): \(cells)\n"
            }
        }
        for line in dropped {
            out += "dropped \(line.reason.rawValue) page=\(line.line.page) \(Self.place(line.line.box)): "
                + "\(DumpText.visible(line.line.text))\n"
        }
        for line in bodyLines {
            out += "body page=\(line.page) \(Self.place(line.box)): \(DumpText.visible(line.text))\n"
        }
        return out
    }

    private static func place(_ box: Box) -> String {
        "y=\(DumpText.span(box.y0, box.y1)) x=\(DumpText.span(box.x0, box.x1))"
    }
}
