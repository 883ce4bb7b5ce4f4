import AllotModel

extension TableScan {
    /// A readable dump of a document read without page geometry (HTML, spreadsheets, docx): body
    /// lines with their synthetic position, then each table with its columns and rows (cells as
    /// printed, NBSP shown as ⍽, U+3000 as □).
    public var flowDump: String {
        var out = ""
        for line in bodyLines {
            let cells = line.cells.map { DumpText.visible($0.text) }.joined(separator: " | ")
            out += "line y=\(DumpText.number(line.box.y0)) x=\(DumpText.span(line.box.x0, line.box.x1)): \(cells)\n"
        }
        for table in tables {
            out += "table \(table.index) title=\(table.title) unit=\(table.unit) attachment=\(table.attachment)"
                + (table.compiler.isEmpty ? "" : " compiler=\(table.compiler)") + "\n"
            for (index, column) in table.columns.enumerated() {
                let parent = column.parent.map { " parent=\($0)" } ?? ""
                out += "  column \(index + 1) \(column.role.rawValue) \(column.name)\(parent)\n"
            }
            for (index, row) in table.rows.enumerated() {
                let cells = row.cells.map(DumpText.visible).joined(separator: " | ")
                out += "  row \(index + 1) y=\(DumpText.number(row.box.y0)): \(cells)\n"
            }
        }
        return out
    }
}
