import AllotModel

extension HTMLNotice {
    /// A readable dump of what was read: encoding, body lines with their synthetic position, and each
    /// table with its columns and rows (cells as printed, NBSP shown as ⍽, U+3000 as □).
    public var dump: String {
        var out = "html \(path)\nsha256 \(sha256)\nencoding \(encoding)\n"
        for line in bodyLines {
            let cells = line.cells.map { Self.visible($0.text) }.joined(separator: " | ")
            out += "line y=\(Self.number(line.box.y0)) x=\(Self.number(line.box.x0))-\(Self.number(line.box.x1)): \(cells)\n"
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

    /// Whole numbers without a fraction, others to two decimals.
    private static func number(_ value: Double) -> String {
        let hundredths = (value * 100).rounded()
        guard abs(hundredths) < 1e15 else { return String(value) }
        let whole = Int(hundredths) / 100
        let fraction = abs(Int(hundredths) % 100)
        if fraction == 0 { return String(whole) }
        let sign = hundredths < 0 && whole == 0 ? "-" : ""
        return sign + String(whole) + "." + (fraction < 10 ? "0" : "") + String(fraction)
    }
}
