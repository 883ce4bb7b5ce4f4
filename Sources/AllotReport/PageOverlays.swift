import AllotModel
import AllotPDF

/// What allot understood on one page, as shapes to draw over it, bottom to top: row bands by level,
/// column zone cuts and table outlines, dropped furniture, the cells of findings, then on a scanned
/// page every recognized glyph coloured by the engine's confidence.
public enum PageOverlays {
    /// The overlays of `input.page`.
    public static func build(_ input: PageOverlayInput) -> [Overlay] {
        let tables = input.pageTables
        var overlays: [Overlay] = []
        for table in tables {
            guard let outline = table.outline else { continue }
            overlays += table.rows.map { OverlayStyle.row($0.level, box: band(of: $0, in: outline, table)) }
            overlays += table.zones.dropFirst().map {
                OverlayStyle.columnEdge(x: $0.x0, from: outline.y0, to: outline.y1)
            }
            overlays.append(OverlayStyle.tableOutline(outline))
        }
        overlays += input.pageDropped.map { OverlayStyle.dropped($0.line.box) }
        overlays += HierarchyOverlays.build(input)
        // Notes are drawn by HierarchyOverlays (dashed), findings in red.
        overlays += input.findings.filter { $0.severity != .note }.flatMap { finding in
            // Both places of a finding about two cells are marked on the pages they are printed on.
            var boxes = finding.page == input.page ? [cell(of: finding, in: tables)] : []
            if let related = finding.related, related.page == input.page, !finding.check.relatesToAnotherDocument {
                if related.table > 0 {
                    boxes.append(cell(table: related.table, row: related.row, column: related.column, in: tables))
                } else {
                    boxes += sentenceLines(related.quote, input).map(Optional.some)
                }
            }
            return boxes.compactMap { $0.map(OverlayStyle.finding) }
        }
        overlays += input.recognized.compactMap { glyph in
            glyph.reading.map { OverlayStyle.recognized(glyph.box, confidence: $0.confidence) }
        }
        return overlays
    }

    /// The boxes of the page's body lines that print a quoted sentence: the lines the sentence runs
    /// over in the page's text, or, for a sentence that runs over a page break, the lines its end opens
    /// the page with or its start closes the page with (a page number may follow).
    static func sentenceLines(_ quote: String, _ input: PageOverlayInput) -> [Box] {
        let sentence = Array(quote.filter { !$0.isWhitespace })
        let lines = input.bodyLines.filter { $0.page == input.page }
        var text: [Character] = []
        var starts: [Int] = []
        for line in lines {
            starts.append(text.count)
            text += line.text.filter { !$0.isWhitespace }
        }
        guard let range = SentenceSearch.find(sentence, in: text) else { return [] }
        return lines.indices.filter { index in
            let end = index + 1 < starts.count ? starts[index + 1] : text.count
            return starts[index] < range.upperBound && range.lowerBound < end
        }.map { lines[$0].box }
    }

    /// A row's band: its printed height, across the whole table (across its half of a two-sided table).
    public static func band(of row: PageTable.Row, in outline: Box, _ table: PageTable) -> Box {
        let (x0, x1) = table.halfExtent(of: row) ?? (outline.x0, outline.x1)
        return Box(x0: x0, y0: row.raw.box.y0, x1: x1, y1: row.raw.box.y1)
    }

    /// The cell of a finding: its row's band cut to its column's zone; the whole band when the finding
    /// is not about one column (or the column has no measured zone); nil when its row is not on the page.
    public static func cell(of finding: Finding, in tables: [PageTable]) -> Box? {
        cell(table: finding.table, row: finding.row, column: finding.column, in: tables)
    }

    /// The box of a cell by table, row and column name (the whole band without a column).
    static func cell(table index: Int, row number: Int, column: String, in tables: [PageTable]) -> Box? {
        guard let table = tables.first(where: { $0.index == index }),
              let outline = table.outline, let row = table.row(number) else { return nil }
        let band = band(of: row, in: outline, table)
        guard !column.isEmpty, let zone = table.zone(named: column, of: row) else { return band }
        return Box(x0: zone.x0, y0: band.y0, x1: zone.x1, y1: band.y1)
    }
}
