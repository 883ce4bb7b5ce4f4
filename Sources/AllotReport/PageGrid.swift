import AllotModel
import Foundation

/// The tables of one page as an aligned text grid with row numbers and levels, then the page's
/// findings and dropped furniture lines with their boxes: what `allot show` prints without `--png`.
public enum PageGrid {
    /// The grid of `input.page`; `source` names the file in the heading.
    public static func render(_ input: PageOverlayInput, source: String) -> String {
        var lines = ["\(source) page \(input.page)"]
        let tables = input.pageTables
        if tables.isEmpty { lines.append("no table rows on this page") }
        for table in tables {
            lines.append("")
            lines += render(table)
            if let normalized = input.notice.tables.first(where: { $0.index == table.index }) {
                let hierarchy = HierarchyGrid.render(normalized, raw: table.raw, page: input.page)
                if !hierarchy.isEmpty { lines += [""] + hierarchy }
            }
        }
        let findings = input.findings
        if !findings.isEmpty {
            lines.append("")
            lines.append("findings:")
            lines += findings.map { finding in
                "  " + [finding.place, "[\(finding.check)]", finding.message].filter { !$0.isEmpty }.joined(separator: " ")
                    + (finding.related.map { " ⇄ \($0.label)" } ?? "")
            }
        }
        let dropped = input.pageDropped
        if !dropped.isEmpty {
            lines.append("")
            lines.append("dropped:")
            let width = dropped.map { DisplayWidth.of($0.reason.rawValue) }.max() ?? 0
            lines += dropped.map {
                "  \(DisplayWidth.pad($0.reason.rawValue, to: width))  \(describe($0.line.box))  \($0.line.text)"
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One table: a heading line, then a header and one line per row, columns padded to equal width.
    static func render(_ table: PageTable) -> [String] {
        let raw = table.raw
        let first = table.rows.map(\.number).min() ?? 0
        let last = table.rows.map(\.number).max() ?? 0
        var heading = "table \(table.index)"
        if !raw.title.isEmpty { heading += " \(raw.title)" }
        if !raw.unit.isEmpty { heading += " (\(raw.unit))" }
        heading += ": rows \(first)–\(last) of \(table.rowCount)"

        let header = ["row", "level"] + raw.columns.map(\.name)
        // One line per printed row; a printed row of a two-sided table holds a row of each half (12/40).
        var printed: [[PageTable.Row]] = []
        for row in table.rows {
            if let last = printed.last?.last, last.printed == row.printed, row.printed > 0 {
                printed[printed.count - 1].append(row)
            } else {
                printed.append([row])
            }
        }
        let body = printed.compactMap { rows -> [String]? in
            guard let row = rows.first else { return nil }
            return [rows.map { "\($0.number)" }.joined(separator: "/"), rows.map(\.level.rawValue).joined(separator: "/")]
                + raw.columns.indices.map { index in index < row.raw.cells.count ? row.raw.cells[index] : "" }
        }
        let rightAligned = [true, false] + raw.columns.map { $0.role == .amount }
        let widths = header.indices.map { column in
            ([header] + body).map { DisplayWidth.of($0[column]) }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            cells.indices.map { DisplayWidth.pad(cells[$0], to: widths[$0], rightAligned: rightAligned[$0]) }
                .joined(separator: "  ")
                .replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        return [heading, line(header)] + body.map(line)
    }

    /// A box as "x0,y0–x1,y1" in points with one decimal.
    static func describe(_ box: Box) -> String {
        [box.x0, box.y0].map(points).joined(separator: ",") + "–" + [box.x1, box.y1].map(points).joined(separator: ",")
    }

    private static func points(_ value: Double) -> String {
        String(format: "%.1f", value)
    }
}
