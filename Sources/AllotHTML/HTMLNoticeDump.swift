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
            out += table.dump(columnExtents: false) { row in "y=\(Self.number(row.box.y0))" }
        }
        return out
    }

    private static func visible(_ text: String) -> String { DumpText.visible(text) }

    private static func number(_ value: Double) -> String { DumpText.number(value) }
}
