import AllotLayout
import AllotModel
import AllotText

/// Finds allocation tables in a document's lines and merges each across pages: repeated titles,
/// unit lines, column headers and page numbers are dropped; rows straddling a break are kept.
public struct TableFinder: Sendable {
    /// Tolerances and vocabulary.
    public var settings: TableSettings

    /// Creates a finder.
    public init(settings: TableSettings = TableSettings()) {
        self.settings = settings
    }

    /// Scans the pages in order.
    public func scan(_ pages: [PageLayout]) -> TableScan {
        var state = ScanState(settings: settings)
        for page in pages {
            state.startPage(page)
            var index = 0
            while index < page.lines.count {
                index += state.consume(lines: page.lines, at: index, page: page)
            }
        }
        state.closeTable()
        return TableScan(tables: state.tables, dropped: state.dropped, bodyLines: state.body)
    }
}

/// The mutable state of one scan.
private struct ScanState {
    let settings: TableSettings
    let header: HeaderParser
    var tables: [RawTable] = []
    var dropped: [DroppedLine] = []
    var body: [TextLine] = []
    var open: OpenTable?
    /// Lines of the current page since the last attachment label or table, for titles.
    var context: [TextLine] = []
    var pendingAttachment = ""
    var pendingUnit = ""

    init(settings: TableSettings) {
        self.settings = settings
        self.header = HeaderParser(settings: settings)
    }

    mutating func startPage(_ page: PageLayout) {
        context = []
        open?.pageBreak()
    }

    /// Handles the line at `index` (and any header lines after it); returns how many were used.
    mutating func consume(lines: [TextLine], at index: Int, page: PageLayout) -> Int {
        let line = lines[index]
        let compact = line.compact
        let inMargin = line.box.y0 > page.height * 0.9 || line.box.y1 < page.height * 0.08
        if compact.isEmpty { return 1 }
        if TableFurniture.isPageNumber(compact, inMargin: inMargin) {
            dropped.append(DroppedLine(line: line, reason: .pageNumber))
            return 1
        }
        if let label = TableFurniture.attachmentLabel(compact) {
            closeTable()
            pendingAttachment = label
            context = []
            body.append(line)
            return 1
        }
        if let unit = TableFurniture.unit(compact) {
            if let open, open.unit == unit, open.rowsSincePageBreak == 0 {
                dropped.append(DroppedLine(line: line, reason: .repeatedUnit))
            } else {
                pendingUnit = unit
                context.append(line)
                body.append(line)
            }
            return 1
        }
        if let open, open.rowsSincePageBreak == 0, open.titleKeys.contains(compact) {
            dropped.append(DroppedLine(line: line, reason: .repeatedTitle))
            return 1
        }
        if header.isHeaderLine(line) {
            let block = headerBlock(lines, from: index)
            let signature = block.map(\.compact).joined(separator: "|")
            if let open, open.headerSignature == signature {
                dropped += block.map { DroppedLine(line: $0, reason: .repeatedHeader) }
                return block.count
            }
            let columns = header.columns(of: block)
            if columns.count >= 2, columns.contains(where: { $0.role == .amount }) {
                closeTable()
                startTable(block: block, signature: signature, columns: columns)
                return block.count
            }
        }
        let inOuterMargin = line.box.y0 > page.height * 0.95 || line.box.y1 < page.height * 0.05
        if open != nil, inOuterMargin, !line.cells.contains(where: { TableFurniture.isAmount($0.compact) }) {
            // A running header or footer (a browser's date and URL, a document title) printed in
            // the margin of a page the table continues on: not a row, and not the table's end.
            dropped.append(DroppedLine(line: line, reason: .runningHeader))
            return 1
        }
        if open != nil, appendToOpen(line) { return 1 }
        closeTable()
        context.append(line)
        body.append(line)
        return 1
    }

    /// The header line at `index` and the sub-header lines right under it.
    private func headerBlock(_ lines: [TextLine], from index: Int) -> [TextLine] {
        var block = [lines[index]]
        var next = index + 1
        while next < lines.count, let last = block.last,
              lines[next].box.y0 - last.box.y0 <= settings.headerBlockGap * last.fontSize,
              header.isHeaderContinuation(lines[next]),
              !TableFurniture.isPageNumber(lines[next].compact, inMargin: false) {
            block.append(lines[next])
            next += 1
        }
        return block
    }

    private mutating func startTable(block: [TextLine], signature: String, columns: [TableColumn]) {
        let titleLines = titleLines(above: block[0])
        let headerUnit = block.flatMap(\.cells).lazy.compactMap { TableFurniture.unitInHeader($0.compact) }.first
        let unit = pendingUnit.isEmpty ? (headerUnit ?? "") : pendingUnit
        open = OpenTable(index: tables.count + 1, title: titleLines.map(\.compact).joined(),
                         titleKeys: Set(titleLines.map(\.compact)), unit: unit,
                         attachment: pendingAttachment, columns: columns, headerSignature: signature,
                         settings: settings, titleLines: titleLines, headerLines: block)
        pendingUnit = ""
        pendingAttachment = ""
        context = []
    }

    /// The title: the run of short, closely spaced lines right above the header (unit lines skipped).
    private func titleLines(above headerLine: TextLine) -> [TextLine] {
        var run: [TextLine] = []
        var lowerEdge = headerLine.box.y0
        for line in context.reversed() {
            let compact = line.compact
            if TableFurniture.unit(compact) != nil { lowerEdge = line.box.y0; continue }
            let gap = lowerEdge - line.box.y1
            guard gap <= settings.titleLineGap * line.fontSize, compact.count <= 60,
                  run.count < settings.maxTitleLines else { break }
            run.insert(line, at: 0)
            lowerEdge = line.box.y0
        }
        return run
    }

    private mutating func appendToOpen(_ line: TextLine) -> Bool {
        guard var table = open else { return false }
        let accepted = table.add(line)
        open = table
        return accepted
    }

    mutating func closeTable() {
        guard let table = open else { return }
        open = nil
        if table.hasAmounts {
            let (finished, trailing) = table.finish()
            tables.append(finished)
            body += trailing
            body.removeAll { table.titleLines.contains($0) }
        } else {
            body += table.consumedLines
        }
    }
}
