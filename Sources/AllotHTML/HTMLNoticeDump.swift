import AllotModel

extension HTMLNotice {
    /// A readable dump of what was read: encoding, body lines with their synthetic y, and each
    /// table with its columns and rows (cells as printed, NBSP shown as ⍽, U+3000 as □).
    public var dump: String {
        var out = "html \(path)\nsha256 \(sha256)\nencoding \(encoding)\n"
        for line in bodyLines {
            out += "line y=\(Self.number(line.box.y0)): \(line.cells.map { Self.visible($0.text) }.joined(separator: " | "))\n"
        }
        for table in tables {
            out += "table \(table.index) title=\(table.title) unit=\(table.unit) attachment=\(table.attachment)\n"
            for (index, column) in table.columns.enumerated() {
                let parent = column.parent.map { " parent=\($0)" } ?? ""
                out += "  column \(index + 1) \(column.role.rawValue) \(column.name)\(parent)\n"
            }
            for (index, row) in table.rows.enumerated() {
                let cells = row.cells.map { Self.visible($0) }.joined(separator: " | ")
                out += "  row \(index + 1) y=\(Self.number(row.box.y0)): \(cells)\n"
            }
        }
        return out
    }

    private static func visible(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            switch scalar {
            case "\u{00A0}": "⍽"
            case "\u{3000}": "□"
            default: scalar
            }
        }))
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
