import AllotModel

extension PageLayout {
    /// A readable dump of the page's lines top to bottom: each line's box and font size, then its
    /// cells with their horizontal extents (text as printed, padding made visible).
    public var dump: String {
        var out = "page \(page) size=\(DumpText.number(width))x\(DumpText.number(height)) lines=\(lines.count)\n"
        for line in lines {
            let cells = line.cells.map { "\(DumpText.visible($0.text)) [\(DumpText.span($0.box.x0, $0.box.x1))]" }
            out += "line y=\(DumpText.span(line.box.y0, line.box.y1)) x=\(DumpText.span(line.box.x0, line.box.x1)) "
                + "font=\(DumpText.number(line.fontSize)): \(cells.joined(separator: " | "))\n"
        }
        return out
    }
}
