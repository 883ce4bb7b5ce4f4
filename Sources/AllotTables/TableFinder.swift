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
        let lattice = LatticeReader(settings: settings.lattice)
        for page in pages {
            state.startPage(page)
            // A ruled grid is read from its cells where it holds a table; its lines are then taken.
            var grids: [Int: LatticeGrid] = [:]
            for grid in lattice.grids(on: page) {
                if let first = grid.lines.first { grids[first] = grid }
            }
            var taken: Set<Int> = []
            var index = 0
            while index < page.lines.count {
                if taken.contains(index) {
                    index += 1
                    continue
                }
                if let grid = grids[index], state.read(grid, page: page) {
                    taken.formUnion(grid.lines)
                    continue
                }
                state.position = index
                index += state.consume(lines: page.lines, at: index, page: page)
            }
        }
        state.pageLines = []
        state.closeTable()
        return TableScan(tables: TableContinuation.merged(state.tables, settings: settings), dropped: state.dropped, bodyLines: state.body)
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
    /// The compiler named on the unit line of `pendingUnit`, empty when none.
    var pendingCompiler = ""
    /// The lines of the current page and the position being consumed, to look ahead.
    var pageLines: [TextLine] = []
    var position = 0
    var pageNumber = 0
    /// The height of the page before the current one (0 on the first).
    var previousPageHeight = 0.0
    private var pageHeight = 0.0
    /// The table closed at the top of the current page before any row of it (the page did not line
    /// up with its columns), by its position in `tables`.
    var closedAtPageTop: Int?
    /// The header tests of the current page's lines, each run once per line.
    var verdicts: HeaderVerdicts
    /// Position in `tables` of the last table read from a ruled grid, while nothing came after it.
    var latticeTable: Int?

    init(settings: TableSettings) {
        self.settings = settings
        self.header = HeaderParser(settings: settings)
        verdicts = HeaderVerdicts(parser: header, lines: [])
    }

    mutating func startPage(_ page: PageLayout) {
        context = []
        pageLines = page.lines
        verdicts = HeaderVerdicts(parser: header, lines: page.lines)
        pageNumber = page.page
        previousPageHeight = pageHeight
        pageHeight = page.height
        closedAtPageTop = nil
        open?.pageBreak()
        seedLatticeContinuation(page: page.page)
    }

    /// A ruled table that ended the previous page may go on in rows this page does not rule (or
    /// whose rules were not looked for): the line reader takes them under the table's columns, as
    /// a part that `TableContinuation` joins to it. A grid read on this page replaces the seed.
    private mutating func seedLatticeContinuation(page: Int) {
        guard open == nil, let previous = latticeTable, previous == tables.count - 1,
              tables[previous].rows.last?.page == page - 1, !Self.endsWithTotal(tables[previous]) else { return }
        let table = tables[previous]
        open = OpenTable(index: tables.count + 1, title: table.title, titleKeys: [table.title], unit: table.unit,
                         attachment: "", columns: table.columns, headerSignature: "", settings: settings,
                         titleLines: [], headerLines: [])
        open?.continuesTable = true
    }

    /// Handles the line at `index` (and any header lines after it); returns how many were used.
    mutating func consume(lines: [TextLine], at index: Int, page: PageLayout) -> Int {
        let line = lines[index]
        let compact = verdicts.compact(index)
        let inMargin = line.box.y0 > page.height * 0.9 || line.box.y1 < page.height * 0.08
        if compact.isEmpty { return 1 }
        if TableFurniture.isPageNumber(compact, inMargin: inMargin) {
            dropped.append(DroppedLine(line: line, reason: .pageNumber))
            return 1
        }
        if ColophonLine.matches(compact) {
            // The 版记 (抄送, 印发, 联系人 …) ends any table, wherever it stands.
            closeTable()
            body.append(line)
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
                if let compiler = TableFurniture.compiler(compact) { pendingCompiler = compiler }
                context.append(line)
                body.append(line)
            }
            return 1
        }
        if let field = TableFurniture.compilerField(compact) {
            // Who compiled the next table, on a line of its own (furniture, as the unit line) or at
            // the end of its title's line (read on as the title).
            pendingCompiler = field.compiler
            if field.rest.isEmpty {
                context.append(line)
                body.append(line)
                return 1
            }
        }
        if let open, open.rowsSincePageBreak == 0, open.titleKeys.contains(compact) {
            dropped.append(DroppedLine(line: line, reason: .repeatedTitle))
            return 1
        }
        if let open, open.rowsSincePageBreak == 0, let used = continuationFurniture(lines, from: index, of: open) {
            return used
        }
        if verdicts.isHeaderLine(index) {
            let above = headerLinesAbove(lines, index)
            let block = above + headerBlock(lines, from: index)
            let signature = block.map(\.compact).joined(separator: "|")
            if let open, open.headerSignature == signature, !open.isRetitled {
                context.removeLast(above.count)
                body.removeLast(above.count)
                dropped += block.map { DroppedLine(line: $0, reason: .repeatedHeader) }
                return block.count - above.count
            }
            if let columns = namedColumns(of: block, lines: lines, at: index) {
                // The header lines above were taken as body lines: they are the header's.
                context.removeLast(above.count)
                body.removeLast(above.count)
                let taken = linesTakenWithoutAmounts(page: line.page)
                closeTable()
                // Lines the closed table had taken after its last row (项目 over the next header,
                // at the top of a page after a table that printed its total first) are given
                // back to the body: header lines above are looked for again among them.
                if above.isEmpty, open == nil, let regiven = headerAboveGivenBack(lines, index) {
                    context.removeLast(regiven.above)
                    body.removeLast(regiven.above)
                    startTable(block: regiven.block, signature: regiven.block.map(\.compact).joined(separator: "|"),
                               columns: regiven.columns, taken: taken)
                    return regiven.block.count - regiven.above
                }
                startTable(block: block, signature: signature, columns: columns, taken: taken)
                return block.count - above.count
            }
        } else if let (found, roles) = structuralHeader(lines, at: index) {
            // A header level above it (其中 over two of its columns) is the header's, as above a
            // header in known words; the leaves keep the roles their rows gave them.
            let above = open == nil ? headerLinesAbove(lines, index) : []
            let block = above + found
            let paths = above.isEmpty ? roles : header.columns(of: block)
            let columns = paths.count == roles.count
                ? zip(paths, roles).map { path, leaf in
                    var column = path
                    column.role = leaf.role
                    return column
                }
                : roles
            context.removeLast(above.count)
            body.removeLast(above.count)
            let taken = linesTakenWithoutAmounts(page: line.page)
            closeTable()
            startTable(block: block, signature: block.map(\.compact).joined(separator: "|"), columns: columns, taken: taken)
            return found.count
        }
        let inOuterMargin = line.box.y0 > page.height * 0.95 || line.box.y1 < page.height * 0.05
        if open != nil, inOuterMargin, !line.cells.contains(where: { TableFurniture.isAmount($0.compact) }) {
            // A running header or footer (a browser's date and URL, a document title) printed in
            // the margin of a page the table continues on: not a row, and not the table's end.
            dropped.append(DroppedLine(line: line, reason: .runningHeader))
            return 1
        }
        // After its grand total, a table takes no wordy line at the top of a new page: that is the
        // next table's title.
        // (The cheap test first: whether the table ends in a total is only asked at a page's top.)
        let ended = open.map { $0.rowsSincePageBreak == 0 && $0.endsWithTotal && !$0.holdsAmounts(line) } ?? false
        if open != nil, !ended, appendToOpen(line) { return 1 }
        closeTable()
        context.append(line)
        body.append(line)
        return 1
    }

    /// At the top of a continuation page: the furniture before the first row, when a header block
    /// standing over the open table's columns follows it (whatever its words: the continuation is
    /// decided by structure). Lines above that header are the title and unit printed again. Returns
    /// how many lines were dropped, nil when the page does not start with such a header.
    private mutating func continuationFurniture(_ lines: [TextLine], from index: Int, of table: OpenTable) -> Int? {
        // A table that ended with its grand total does not go on under a new title or header
        // (the same header printed again is still dropped as a repeat).
        if table.endsWithTotal, !lines[index].compact.contains("续") { return nil }
        let limit = min(lines.count, index + settings.continuationFurnitureLines)
        var next = index
        var headerLevels: Set<Int> = []
        // A title printed again with one numeral misread by a scan (2028 for 2023): taken only when
        // the same header follows and the rows go on (the first is no grand total).
        var misreadTitle = false
        // The table's header printed again line for line (a level in words outside the vocabulary
        // over its amount columns too: 支出决算 over 基本支出 | 项目支出 | 合计).
        let headerTexts = table.headerSignature.split(separator: "|", omittingEmptySubsequences: false)
        while next < limit {
            let compact = verdicts.compact(next)
            let repeated = headerTexts.count > 1 && next + headerTexts.count <= lines.count
                && headerTexts.indices.allSatisfy { verdicts.compact(next + $0) == headerTexts[$0] }
            if let block = repeated ? Array(lines[next..<(next + headerTexts.count)])
                : alignedHeader(lines, at: next, columns: table.columns) {
                let first = next + block.count
                if misreadTitle, first >= lines.count || table.isTotalRow(lines[first]) { return nil }
                for above in index..<next {
                    let reason: DroppedReason = TableFurniture.unit(lines[above].compact) != nil ? .repeatedUnit
                        : headerLevels.contains(above) ? .repeatedHeader : .repeatedTitle
                    dropped.append(DroppedLine(line: lines[above], reason: reason))
                }
                dropped += block.map { DroppedLine(line: $0, reason: .repeatedHeader) }
                return next - index + block.count
            }
            // Only a title printed again (reworded) or a unit line may stand above the header, and
            // a header level over its columns on a line of its own (其中 over 中央资金 | 省级资金),
            // which the aligned header must then follow.
            if table.isTitleAgain(compact) || TableFurniture.unit(compact) != nil || table.titleKeys.contains(compact) {
                next += 1
            } else if !misreadTitle, Self.isRecognized(lines[next]), ranOutOfRoom(table),
                      table.isTitleAgain(compact, numeralMisread: true) {
                misreadTitle = true
                next += 1
            } else if verdicts.isHeaderContinuation(next) {
                headerLevels.insert(next)
                next += 1
            } else {
                break
            }
        }
        // No header: a reworded title or 续表 above rows that continue the table.
        if headerLevels.isEmpty, !misreadTitle, next > index, next < lines.count, table.holdsAmounts(lines[next]) {
            dropped += lines[index..<next].map { DroppedLine(line: $0, reason: .repeatedTitle) }
            return next - index
        }
        return nil
    }

    /// True when a header of `count` lines may take `line` as well: up to `maxHeaderLines`, and one
    /// more for the split code columns' levels (类 款 项): under 项目 › 科目编码 beside a
    /// three-level amount header, cells spanning two rows print between the rows' lines, and the
    /// header takes four lines.
    private func hasRoom(_ count: Int, for line: TextLine) -> Bool {
        count < settings.maxHeaderLines
            || count == settings.maxHeaderLines && line.cells.filter { HeaderPaths.codeLevels.contains($0.compact) }.count >= 2
    }

    /// True when the table's last row stands on the page before this one, in the lowest part of it
    /// (`misreadTitlePageFill`): the table broke there for want of room.
    private func ranOutOfRoom(_ table: OpenTable) -> Bool {
        guard let last = table.lastRowLine, last.page == pageNumber - 1, previousPageHeight > 0 else { return false }
        return last.box.y1 >= settings.misreadTitlePageFill * previousPageHeight
    }

    /// True when the line's text came from a scan's recognition (its glyphs carry a reading).
    private static func isRecognized(_ line: TextLine) -> Bool {
        line.glyphs.contains { $0.reading != nil }
    }

    /// The header block at `index` when its leaves stand over `columns` one for one.
    private func alignedHeader(_ lines: [TextLine], at index: Int, columns: [TableColumn]) -> [TextLine]? {
        guard verdicts.isHeaderShaped(index) || verdicts.isHeaderLine(index) else { return nil }
        var block = [lines[index]]
        while true {
            if header.aligns(header.columns(of: block), with: columns) {
                // The last line of a wrapped header cell (功能分类科目 / 编码) printed under the rest
                // belongs to the header too, not to the first row.
                while index + block.count < lines.count, let last = block.last,
                      lines[index + block.count].box.y0 - last.box.y0 <= settings.headerBlockGap * last.fontSize,
                      continuesHeader(index + block.count, lines, block: block),
                      header.aligns(header.columns(of: block + [lines[index + block.count]]), with: columns) {
                    block.append(lines[index + block.count])
                }
                return block
            }
            let next = index + block.count
            guard next < lines.count, hasRoom(block.count, for: lines[next]), let last = block.last,
                  lines[next].box.y0 - last.box.y0 <= settings.headerBlockGap * last.fontSize,
                  verdicts.isHeaderShaped(next) || verdicts.isHeaderContinuation(next) else { return nil }
            block.append(lines[next])
        }
    }

    /// A header found by its shape and the rows under it, when its words are not in the
    /// vocabulary: header-shaped lines, then rows with amounts under its amount columns and text
    /// in its name column. Inside an open table, the header must stand over an amount column
    /// (a data row with a name and a remark is header-shaped too).
    private func structuralHeader(_ lines: [TextLine], at index: Int) -> (block: [TextLine], columns: [TableColumn])? {
        guard verdicts.isHeaderShaped(index) else { return nil }
        var block = [lines[index]]
        while index + block.count < lines.count, let last = block.last,
              hasRoom(block.count, for: lines[index + block.count]),
              lines[index + block.count].box.y0 - last.box.y0 <= settings.headerBlockGap * last.fontSize,
              verdicts.isHeaderShaped(index + block.count) {
            block.append(lines[index + block.count])
        }
        if let open, !block.contains(where: { open.holdsText(inAmountColumns: $0) }) { return nil }
        // Header lines of one cell in the band under it (a narrow column's heading wrapped in its
        // box, a name column's heading centred beside it) are the header's when the rows confirm
        // the header with them as well.
        let band = bandLines(lines, after: index, block: block)
        if !band.isEmpty, let columns = confirmedColumns(block + band, lines: lines, at: index) {
            return (block + band, columns)
        }
        return confirmedColumns(block, lines: lines, at: index).map { (block, $0) }
    }

    /// The header lines of one cell or more right under `block` (which starts at `index`) that
    /// stand in the header's band: no amount, header words only, each touching or overlapping the
    /// line above it (cells of the same header rows, centred in boxes of different heights), and
    /// continuing the header as `continuesHeader` has it.
    private func bandLines(_ lines: [TextLine], after index: Int, block: [TextLine]) -> [TextLine] {
        var band: [TextLine] = []
        var next = index + block.count
        while next < lines.count, let last = band.last ?? block.last,
              lines[next].box.y0 <= last.box.y1 + HeaderPaths.touchingGap * last.fontSize,
              continuesHeader(next, lines, block: block + band) {
            band.append(lines[next])
            next += 1
        }
        return band
    }

    /// The columns of `block` (starting at `index`) when the rows under it confirm it: rows with
    /// amounts under its amount columns and text in its name column.
    private func confirmedColumns(_ block: [TextLine], lines: [TextLine], at index: Int) -> [TableColumn]? {
        let leaves = header.columns(of: block)
        guard leaves.count >= 2 else { return nil }
        let rows = sample(lines, after: index + block.count, columns: leaves)
        let columns = header.refineRoles(leaves, sample: rows)
        let amountColumns = columns.indices.filter { columns[$0].role == .amount }
        guard let label = columns.firstIndex(where: { $0.role == .label }), !amountColumns.isEmpty else { return nil }
        func holdsAmount(_ cells: [String]) -> Bool {
            amountColumns.contains { TableFurniture.isAmount(NameNormalizer.normalize(cells[$0])) }
        }
        func named(_ cells: [String]) -> Bool { HeaderParser.isText(NameNormalizer.normalize(cells[label])) }
        // A name wrapped in its cell prints around the row's amounts: a name-only line, then the
        // amounts on a line of their own, then the rest of the name. That is one confirming row too.
        let confirming = rows.indices.filter { index in
            let cells = rows[index]
            guard holdsAmount(cells) else { return false }
            return named(cells) || index > 0 && named(rows[index - 1]) && !holdsAmount(rows[index - 1])
        }
        guard confirming.count >= settings.structuralHeaderRows else { return nil }
        return columns
    }

    /// The cells, by column, of the lines right under a header (up to `headerSampleLines`, on this page).
    private func sample(_ lines: [TextLine], after index: Int, columns: [TableColumn]) -> [[String]] {
        guard index < lines.count, !columns.isEmpty else { return [] }
        let assigner = ColumnAssigner(columns: columns)
        return lines[index..<min(lines.count, index + settings.headerSampleLines)].map { assigner.assign($0) }
    }

    /// Header lines printed above the line at `index` that starts a header, each alone on its
    /// text line: a group heading over several columns (一般公共预算支出 over 合计 | 基本支出 |
    /// 项目支出) and a name column's heading centred in a box two rows high (项目), which sit on
    /// text lines of their own. Each is header words only (no unit, no sentence punctuation), in
    /// the header's font, within the header block's spacing of the line under it, within the
    /// table's width, and was taken as the last body line so far.
    private func headerLinesAbove(_ lines: [TextLine], _ index: Int) -> [TextLine] {
        var above: [TextLine] = []
        var lower = lines[index]
        // Within the width of the header block under it (its sub-header line may reach further
        // right than its first line: 市县名 合计 over 中央资金 自治区级资金).
        let below = headerBlock(lines, from: index)
        let left = below.map(\.box.x0).min() ?? lower.box.x0
        let right = below.map(\.box.x1).max() ?? lower.box.x1
        let width = right - left
        var candidate = index - 1
        while candidate >= 0, above.count + 1 < settings.maxHeaderLines {
            let line = lines[candidate]
            let compact = verdicts.compact(candidate)
            guard context.count > above.count, body.count > above.count,
                  context[context.count - 1 - above.count] == line, body[body.count - 1 - above.count] == line,
                  abs(line.fontSize - lower.fontSize) <= 0.1 * lower.fontSize,
                  lower.box.y0 - line.box.y0 <= settings.headerBlockGap * lower.fontSize,
                  line.box.x0 >= left - width, line.box.x1 <= right + width,
                  verdicts.isHeaderContinuation(candidate) || isWordlessHeading(line),
                  TableFurniture.unit(compact) == nil,
                  !compact.contains(where: { HeaderParser.sentencePunctuation.contains($0) })
            else { break }
            above.insert(line, at: 0)
            lower = line
            candidate -= 1
        }
        // Words are not enough: each cell of a line above heads two leaf columns or more of the
        // header (a group heading) or is a column of its own (项目 centred in a box two rows high).
        // A header word over one column is no header level; it and what stands above it stay out.
        // A line in words outside the vocabulary (本年决算, 支出决算) is a header level only over
        // amount columns, two or more of them: a title centred over the table heads its names too.
        guard !above.isEmpty else { return above }
        while let cut = above.lastIndex(where: { !headsColumns($0, leaves: header.columns(of: above + below)) }) {
            above.removeFirst(cut + 1)
        }
        return above
    }

    /// The header block at `index` with the header lines above it (`headerLinesAbove`), its
    /// columns and how many lines stand above, when there are such lines and the block still
    /// has a name column and an amount column.
    private func headerAboveGivenBack(_ lines: [TextLine], _ index: Int)
        -> (block: [TextLine], columns: [TableColumn], above: Int)? {
        let above = headerLinesAbove(lines, index)
        guard !above.isEmpty else { return nil }
        let block = above + headerBlock(lines, from: index)
        return namedColumns(of: block, lines: lines, at: index).map { (block, $0, above.count) }
    }

    /// The columns of a header block found by its words (the line at `index` and what it took),
    /// roles confirmed by the lines under it, when it has two columns or more, an amount column
    /// and a name column.
    private func namedColumns(of block: [TextLine], lines: [TextLine], at index: Int) -> [TableColumn]? {
        let leaves = header.columns(of: block)
        let columns = header.refineRoles(leaves, sample: sample(lines, after: index + block.count, columns: leaves))
        guard columns.count >= 2, columns.contains(where: { $0.role == .amount }),
              columns.contains(where: { $0.role == .label }) else { return nil }
        return columns
    }

    /// True when the line's cells are short texts (no amount), as a header cell's words are.
    private func isWordlessHeading(_ line: TextLine) -> Bool {
        let texts = header.mergedTexts(line)
        return !texts.isEmpty && texts.allSatisfy { HeaderParser.isText($0) && $0.count <= settings.maxHeaderCellLength }
    }

    /// True when every cell of `line` is an ancestor of two leaf columns or more, or a leaf itself;
    /// a cell in words outside the vocabulary only as the ancestor of amount columns, centred over
    /// them (`headingCentring`) as a group heading is: a title over the table is centred over all of it.
    private func headsColumns(_ line: TextLine, leaves: [TableColumn]) -> Bool {
        header.mergedCells(line).allSatisfy { cell in
            let text = cell.compact
            let under = leaves.filter { leaf in leaf.path.dropLast().contains { $0.contains(text) } }
            guard settings.vocabulary.isHeaderText(text) else {
                guard under.count >= 2, under.allSatisfy({ $0.role == .amount }),
                      let left = under.map(\.x0).min(), let right = under.map(\.x1).max() else { return false }
                return abs((cell.box.x0 + cell.box.x1) / 2 - (left + right) / 2) <= settings.headingCentring * line.fontSize
            }
            if under.count >= 2 { return true }
            return under.isEmpty && leaves.contains { $0.name.contains(text) || text.contains($0.name) && !$0.name.isEmpty }
        }
    }

    /// The header line at `index` and the sub-header lines right under it.
    private func headerBlock(_ lines: [TextLine], from index: Int) -> [TextLine] {
        var block = [lines[index]]
        var next = index + 1
        while next < lines.count, let last = block.last,
              lines[next].box.y0 - last.box.y0 <= settings.headerBlockGap * last.fontSize,
              continuesHeader(next, lines, block: block),
              !TableFurniture.isPageNumber(verdicts.compact(next), inMargin: false) {
            block.append(lines[next])
            next += 1
        }
        return block
    }

    /// True when the line at `index`, under the header lines `block`, adds to the header: header
    /// words only, and a line within one column continues a cell of the header (centred under it,
    /// or set as close as one cell's lines) or has more header lines under it. A group heading
    /// under the header, followed by rows, whose name holds a header word by chance (金昌市,
    /// 省直单位) stands where the rows' names do: it is the first row.
    private func continuesHeader(_ index: Int, _ lines: [TextLine], block: [TextLine]) -> Bool {
        guard verdicts.isHeaderContinuation(index) else { return false }
        let line = lines[index]
        // One cell, or glyphs spread over one column (金 昌 市 set distributed in its cell).
        let zones = TableColumn.zones(header.columns(of: block), left: -Double.infinity, right: Double.infinity)
        let inOneColumn = zones.contains { zone in
            line.cells.allSatisfy { zone.x0 <= ($0.box.x0 + $0.box.x1) / 2 && ($0.box.x0 + $0.box.x1) / 2 <= zone.x1 }
        }
        guard header.mergedCells(line).count == 1 || inOneColumn, let last = block.last else { return true }
        let em = line.fontSize
        if line.box.y0 - last.box.y0 <= settings.wrapDistance * em { return true }
        // Centred under a header cell, in one piece: glyphs spread over the column are a name set
        // distributed in its cell, centred by construction.
        let middle = (line.box.x0 + line.box.x1) / 2
        let centres = block.flatMap { header.mergedCells($0) }.map { ($0.box.x0 + $0.box.x1) / 2 }
        if line.cells.count == 1, centres.contains(where: { abs($0 - middle) <= em }) { return true }
        // More header under it: a column's heading centred in a box two rows high (项目).
        return index + 1 < lines.count && verdicts.isHeaderContinuation(index + 1)
    }

    /// Opens a table under its header block; `taken`: lines of this page the table closed before
    /// it took (`linesTakenWithoutAmounts`), where its title may be.
    private mutating func startTable(block: [TextLine], signature: String, columns: [TableColumn], taken: [TextLine] = []) {
        let titleLines = titleLines(above: block[0].box.y0, taken: taken)
        let headerUnit = block.flatMap(\.cells).lazy.compactMap { TableFurniture.unitInHeader($0.compact) }.first
        let unit = pendingUnit.isEmpty ? (headerUnit ?? "") : pendingUnit
        open = OpenTable(index: tables.count + 1, title: titleLines.map { TableFurniture.withoutCompiler($0.compact) }.joined(),
                         titleKeys: Set(titleLines.map(\.compact)), unit: unit,
                         attachment: pendingAttachment, columns: columns, headerSignature: signature,
                         settings: settings, titleLines: titleLines, headerLines: block)
        open?.compiler = pendingCompiler
        // A table without a title or label of its own, on the page where the previous table
        // stopped before any row: the two may be one table whose columns we did not line up.
        if titleLines.isEmpty, pendingAttachment.isEmpty, let previous = closedAtPageTop, previous < tables.count {
            let page = block[0].page
            tables[previous].gaps.append(TableGap(page: page, reason:
                "page \(page) starts a table without a title whose columns do not line up with table "
                    + "\(tables[previous].index)'s: its rows may continue there",
                zh: "第 \(page) 页开始的无标题表格与表 \(tables[previous].index) 的列未对齐：表 \(tables[previous].index) 的行可能在此延续"))
            open?.gaps.append(TableGap(page: page, reason:
                "table starts on page \(page) without a title where table \(tables[previous].index) stopped: "
                    + "it may continue that table",
                zh: "本表从第 \(page) 页开始，无标题，恰在表 \(tables[previous].index) 结束处：可能是该表的延续"))
        }
        pendingUnit = ""
        pendingCompiler = ""
        pendingAttachment = ""
        context = []
    }

    /// The title: the run of short, closely spaced lines right above a table whose top edge (its
    /// header's or frame's) is at `top`, unit lines skipped, among the context lines and `taken`
    /// (lines of this page an open table took).
    private func titleLines(above top: Double, taken: [TextLine] = []) -> [TextLine] {
        var run: [TextLine] = []
        var lowerEdge = top
        // Top to bottom: lines given back by a table that ended are appended after the later ones.
        let lines = (context + taken.filter { $0.box.y1 <= top }).sorted { ($0.box.y0, $0.box.x0) < ($1.box.y0, $1.box.x0) }
        for line in lines.reversed() {
            let compact = line.compact
            if TableFurniture.unit(compact) != nil || TableFurniture.compilerField(compact)?.rest.isEmpty == true {
                lowerEdge = line.box.y0
                continue
            }
            let gap = lowerEdge - line.box.y1
            guard gap <= settings.titleLineGap * line.fontSize, compact.count <= 60,
                  run.count < settings.maxTitleLines else { break }
            // A title wrapped over lines keeps its size: a line in another size above it heads
            // the part of the document the table opens (…2024年度部门决算表 over 收入支出决算总表).
            if let below = run.first, abs(line.fontSize - below.fontSize) > settings.titleSizeChange * below.fontSize { break }
            run.insert(line, at: 0)
            lowerEdge = line.box.y0
        }
        return run
    }

    private mutating func appendToOpen(_ line: TextLine) -> Bool {
        guard var table = open else { return false }
        // Let go of the stored copy first: the table's arrays then grow in place, not copied a line.
        open = nil
        let accepted = table.add(line)
        open = table
        return accepted
    }

    /// Reads a ruled grid as a table, or as the rows of the ruled table the previous page ended
    /// with (the header printed again or not); false when the grid holds no table, and its lines
    /// are read as text.
    mutating func read(_ grid: LatticeGrid, page: PageLayout) -> Bool {
        var gridSettings = GridSettings()
        gridSettings.words = settings.vocabulary
        let reader = GridTableReader(settings: gridSettings)
        // The rest of a ruled table read from lines (see `seedLatticeContinuation`) ends where
        // a grid begins; unused, the seed is dropped.
        // Headings after its last row (a prefecture at the foot of the page) are held as rows
        // while the grid may go on with the table, and given back to the text when it does not.
        var held: (rows: Int, lines: [TextLine]) = (0, [])
        if let table = open, table.continuesTable, table.rowsSincePageBreak == 0 || !table.hasAmounts {
            open = nil
            if table.hasAmounts {
                held = joinContinuation(table, holdingTrailing: true)
            } else {
                // Lines the seed took (a title printed again) are what stands above the grid.
                body += table.consumedLines
                context += table.consumedLines
            }
        }
        let above = titleLines(above: grid.rules.frame.y0, taken: linesTakenWithoutAmounts(page: page.page))
        if continueOpenTable(in: grid, page: page.page, reader: reader, above: above) { return true }
        // A header printed again continues the table only when no title stands above it and the
        // table did not end with its grand total; rows without a header always continue it. An
        // attachment label since (附件2) starts another table.
        if open == nil, pendingAttachment.isEmpty, let previous = latticeTable, previous == tables.count - 1,
           tables[previous].rows.last?.page == page.page - 1,
           let part = LatticeTable(grid: grid, continuing: tables[previous].columns, page: page.page, reader: reader,
                                   header: header, headed: isTitleAgain(above, of: tables[previous]) && !Self.endsWithTotal(tables[previous]),
                                   sameColumns: above.isEmpty ? settings.lattice.sameColumns : nil) {
            tables[previous].rows += part.rows
            dropped += above.map { DroppedLine(line: $0, reason: .repeatedTitle) }
            body.removeAll { above.contains($0) }
            pendingUnit = ""
            pendingCompiler = ""
            context = []
            return true
        }
        if held.rows > 0, let last = tables.indices.last {
            tables[last].rows.removeLast(min(held.rows, tables[last].rows.count))
            body += held.lines
        }
        guard let part = LatticeTable(grid: grid, page: page.page, reader: reader, header: header, titled: !above.isEmpty,
                                      confirmingRows: repeatsHeader(grid, page: page.page) ? settings.structuralHeaderRows : nil)
        else { return false }
        closeTable()
        let title = part.table.title.isEmpty ? above.map { TableFurniture.withoutCompiler($0.compact) }.joined() : part.table.title
        let unit = [part.table.unit, pendingUnit, part.table.headerUnit].first { !$0.isEmpty } ?? ""
        let attachment = part.table.attachment.isEmpty ? pendingAttachment : part.table.attachment
        var table = RawTable(index: tables.count + 1, title: title, unit: unit, attachment: attachment,
                             columns: part.columns, rows: part.rows)
        table.compiler = part.table.compiler.isEmpty ? pendingCompiler : part.table.compiler
        tables.append(table)
        body.removeAll { above.contains($0) }
        latticeTable = tables.count - 1
        pendingUnit = ""
        pendingCompiler = ""
        pendingAttachment = ""
        context = []
        return true
    }

    /// A table read from lines that reaches the top of this page, where a ruled grid over its
    /// columns begins (its header printed again, or none; no title of another table above it):
    /// the grid's rows go on with it, as a grid's rows go on with a grid's table. Its columns were
    /// read from header text, not rules: a header printed again in other words is still a header.
    private mutating func continueOpenTable(in grid: LatticeGrid, page: Int, reader: GridTableReader,
                                            above: [TextLine]) -> Bool {
        // One row with amounts is enough here: the grid's rows confirm the table.
        guard let table = open, !table.continuesTable, table.rowsWithAmounts > 0, table.rowsSincePageBreak == 0,
              pendingAttachment.isEmpty, table.hasRows(before: page) else { return false }
        let finished = table.finish(continued: true).table
        guard let part = LatticeTable(grid: grid, continuing: finished.columns, page: page, reader: reader, header: header,
                                      headed: isTitleAgain(above, of: finished) && !Self.endsWithTotal(finished),
                                      sameColumns: nil)
        else { return false }
        // A header the grid reader did not know (other words), should it come back as a first row
        // with words in an amount column: then the grid is left to the other readers.
        let amountColumns = finished.columns.indices.filter { finished.columns[$0].role == .amount }
        if let first = part.rows.first, amountColumns.contains(where: { column in
            first.cells.indices.contains(column) && HeaderParser.isText(NameNormalizer.normalize(first.cells[column]))
        }) { return false }
        open = nil
        var joined = finished
        joined.rows += part.rows
        tables.append(joined)
        body.removeAll { table.titleLines.contains($0) || above.contains($0) }
        dropped += above.map { DroppedLine(line: $0, reason: .repeatedTitle) }
        latticeTable = tables.count - 1
        pendingUnit = ""
        pendingCompiler = ""
        context = []
        return true
    }

    /// True when the grid starts under a table that has rows on this page (read from lines, or
    /// from a grid with nothing after it), and its first row repeats a column name of that table's
    /// header (Name | Central | Province, then a grid headed Name | Amounts): the grid starts a
    /// table of its own, whose header the rows under it confirm even in words outside the
    /// vocabulary; its header is no row of the table above.
    private func repeatsHeader(_ grid: LatticeGrid, page: Int) -> Bool {
        let columns: [TableColumn]
        if let table = open {
            guard !table.continuesTable, table.hasAmounts, table.rowsSincePageBreak > 0 else { return false }
            columns = table.columns
        } else if let previous = latticeTable, previous == tables.count - 1, tables[previous].rows.last?.page == page {
            columns = tables[previous].columns
        } else {
            return false
        }
        let names = Set(columns.map(\.name).filter { !$0.isEmpty })
        return (0..<grid.cells.columnCount).contains { column in
            guard let cell = grid.cells.cell(row: 0, column: column) else { return false }
            let text = TableFurniture.strippingUnit(NameNormalizer.normalize(cell.text))
            return !text.isEmpty && names.contains(text) && !TableFurniture.isAmount(text)
        }
    }

    /// The lines of page `page` taken by an open table that holds no amounts (a table printed
    /// with only its header and a note, whose rows are whatever follows): what it took above a
    /// grid is the grid's title, not its rows. Empty when the open table has amounts.
    private func linesTakenWithoutAmounts(page: Int) -> [TextLine] {
        guard let table = open, !table.continuesTable, !table.hasAmounts else { return [] }
        return table.consumedLines.filter { $0.page == page }
    }

    /// The rest of a ruled table read from lines, joined to the table: the next page's grid may
    /// go on with it.
    /// `holdingTrailing`: label-only lines after the last row are kept as rows, and returned
    /// (how many rows, which lines) for the caller to give back if the table does not go on.
    @discardableResult
    private mutating func joinContinuation(_ table: OpenTable, holdingTrailing: Bool = false)
        -> (rows: Int, lines: [TextLine]) {
        var (finished, trailing) = table.finish()
        var held: (rows: Int, lines: [TextLine]) = (0, [])
        if holdingTrailing, !trailing.isEmpty {
            let rows = table.finish(continued: true).table.rows
            held = (rows.count - finished.rows.count, trailing)
            finished.rows = rows
            trailing = []
        }
        if let previous = latticeTable, previous == tables.count - 1 {
            tables[previous].rows += finished.rows
            tables[previous].gaps += finished.gaps
        } else {
            tables.append(finished)
        }
        body += trailing
        return held
    }

    /// True when the lines above a grid are no title, or the table's title printed again
    /// (续表, …（续）, the same words).
    private func isTitleAgain(_ lines: [TextLine], of table: RawTable) -> Bool {
        let compact = lines.map(\.compact).joined()
        guard !compact.isEmpty, compact != table.title else { return true }
        return TitleAgain(title: table.title, settings: settings).matches(compact)
    }

    /// True when the table's last row is a grand total (合计, 总计), by its label or code cells.
    static func endsWithTotal(_ table: RawTable) -> Bool {
        guard let last = table.rows.last else { return false }
        let words = last.cells.indices.filter { table.columns.indices.contains($0) && table.columns[$0].role != .amount }
            .map { last.cells[$0] }.joined()
        return RowClassifier.classify(words).level == .total
    }

    mutating func closeTable() {
        guard var table = open else { return }
        open = nil
        let stoppedAtPageTop = table.rowsSincePageBreak == 0 && table.hasRows(before: pageNumber)
        if stoppedAtPageTop, table.hasAmounts {
            // The table stops at the top of a page; rows of it further down that page were not read.
            // Up to whatever starts something else: a header, an attachment label, the 版记.
            let rest = (pageLines.indices.contains(position) ? position..<pageLines.count : 0..<0).prefix(while: { index in
                !verdicts.isHeaderShaped(index) && !verdicts.isHeaderLine(index)
                    && !ColophonLine.matches(verdicts.compact(index))
                    && TableFurniture.attachmentLabel(verdicts.compact(index)) == nil
            })
            if rest.contains(where: { table.holdsAmounts(pageLines[$0]) }) {
                table.gaps.append(TableGap(page: pageNumber, reason:
                    "page \(pageNumber) holds amounts that do not line up with the table's columns: rows may be missing",
                    zh: "第 \(pageNumber) 页有与表格各列未对齐的金额：可能缺行"))
            }
        }
        if table.hasAmounts, table.continuesTable {
            joinContinuation(table)
        } else if table.hasAmounts {
            if stoppedAtPageTop { closedAtPageTop = tables.count }
            let (finished, trailing) = table.finish()
            tables.append(finished)
            body += trailing
            // Lines after its last row on this page (the next table's title, when a table printed
            // its total first ends there) may title what follows.
            let onPage = trailing.filter { $0.page == pageNumber }
            if !onPage.isEmpty { context = (onPage + context).sorted { $0.box.y0 < $1.box.y0 } }
            body.removeAll { table.titleLines.contains($0) }
        } else {
            body += table.consumedLines
        }
    }
}

