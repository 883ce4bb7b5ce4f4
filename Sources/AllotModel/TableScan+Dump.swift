extension TableScan {
    /// A readable dump of what the table stage found: each table with its columns (role, parent,
    /// header extent) and rows (page, box, cells as printed), then the furniture lines dropped and
    /// the body lines left to the notice, each with its page and box.
    public var dump: String {
        var out = ""
        for table in tables {
            out += table.dump(columnExtents: true) { row in "page=\(row.page) \(Self.place(row.box))" }
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
