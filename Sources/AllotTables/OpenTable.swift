import AllotModel
import AllotText

/// A table being read: its rows so far and the fragments (wrapped label or remark lines) that
/// are placed once the rows around them are known.
struct OpenTable {
    let index: Int
    let title: String
    let titleKeys: Set<String>
    let unit: String
    let attachment: String
    /// Who compiled the table (编制部门 on its unit line), empty when not printed.
    var compiler = ""
    let columns: [TableColumn]
    let headerSignature: String
    let settings: TableSettings
    let assigner: ColumnAssigner
    /// The title lines above the header (removed from the body when the table is real).
    let titleLines: [TextLine]
    /// Every line the table took (header and data), to give back to the body if it is not a table.
    private(set) var consumedLines: [TextLine]
    /// Rows with an amount or a dash in an amount column so far.
    private(set) var rowsWithAmounts = 0

    /// An allocation table has at least two rows with amounts (a total and its parts): a lone
    /// "合计 1" under a two-word header is page chrome, not a table. The rest of a table carried
    /// over from the previous page may be a single row.
    var hasAmounts: Bool { rowsWithAmounts >= (continuesTable ? 1 : 2) }
    /// The table continues one read before (a ruled table's rows on a page without rules).
    var continuesTable = false
    /// Where rows may be missing, found while reading.
    var gaps: [TableGap] = []
    /// Lines taken since the last page break (0 right after a break: furniture may repeat).
    private(set) var rowsSincePageBreak = 0
    private var entries: [Entry] = []

    /// A data line, or a line holding only a label or only a remark.
    private enum Entry {
        /// `labelExtent`: where the line's text in the label column begins and ends (its indentation).
        case row(cells: [String], line: TextLine, labelExtent: (x0: Double, x1: Double)?)
        case fragment(column: Int, text: String, line: TextLine, labelExtent: (x0: Double, x1: Double)?)

        var line: TextLine {
            switch self {
            case let .row(_, line, _), let .fragment(_, _, line, _): line
            }
        }
    }

    init(index: Int, title: String, titleKeys: Set<String>, unit: String, attachment: String,
         columns: [TableColumn], headerSignature: String, settings: TableSettings,
         titleLines: [TextLine], headerLines: [TextLine]) {
        self.titleLines = titleLines
        self.consumedLines = headerLines
        self.index = index
        self.title = title
        self.titleKeys = titleKeys
        self.unit = unit
        self.attachment = attachment
        self.columns = columns
        self.headerSignature = headerSignature
        self.settings = settings
        self.assigner = ColumnAssigner(columns: columns)
    }

    private var labelColumn: Int? { columns.firstIndex { $0.role == .label } }
    private var remarkColumn: Int? { columns.firstIndex { $0.role == .remark } }
    private var amountColumns: [Int] { columns.indices.filter { columns[$0].role == .amount } }

    /// True when the last row taken is a grand total (合计, 总计) and the table has one label column:
    /// the table is complete, so a header of other words on the next page starts another table.
    var endsWithTotal: Bool {
        guard columns.filter({ $0.role == .label }).count == 1,
              let last = entries.last(where: { if case .row = $0 { true } else { false } }),
              case let .row(cells, _, _) = last else { return false }
        return namesTotal(cells)
    }

    /// True when the cells' label (or code) cells name a grand total; the label may stand in the
    /// code column (a 合计 printed across 编码 | 名称).
    private func namesTotal(_ cells: [String]) -> Bool {
        let words = cells.indices.filter { columns.indices.contains($0) && columns[$0].role != .amount }
            .map { cells[$0] }.joined()
        return RowClassifier.classify(words).level == .total
    }

    mutating func pageBreak() {
        rowsSincePageBreak = 0
    }

    /// True when the table has taken a row on a page before `page`.
    func hasRows(before page: Int) -> Bool {
        entries.contains { entry in
            if case let .row(_, line, _) = entry { line.page < page } else { false }
        }
    }

    /// True when the line puts an amount in one of the table's amount columns: a row of it.
    func holdsAmounts(_ line: TextLine) -> Bool {
        let cells = assigner.assign(line)
        return amountColumns.contains { TableFurniture.isAmount(NameNormalizer.normalize(cells[$0])) }
    }

    /// True when the line puts text (not an amount, not a dash) in one of the amount columns.
    func holdsText(inAmountColumns line: TextLine) -> Bool {
        let cells = assigner.assign(line)
        return amountColumns.contains { HeaderParser.isText(NameNormalizer.normalize(cells[$0])) }
    }

    /// True when a line at the top of a continuation page reads as the table's title printed
    /// again, reworded (…分配表（续）, 续表): short, and the title's words, not another table's.
    /// `numeralMisread`: one numeral read as another still matches (`TitleAgain.matches`).
    func isTitleAgain(_ compact: String, numeralMisread: Bool = false) -> Bool {
        guard !compact.isEmpty, compact.count <= 60 else { return false }
        return TitleAgain(title: title, settings: settings).matches(compact, numeralMisread: numeralMisread)
    }

    /// The line of the last row taken, nil before the first.
    var lastRowLine: TextLine? {
        for entry in entries.reversed() {
            if case let .row(_, line, _) = entry { return line }
        }
        return nil
    }

    /// True when the line's label (or code) cells name a grand total (合计, 总计).
    func isTotalRow(_ line: TextLine) -> Bool {
        namesTotal(assigner.assign(line))
    }

    /// True when a line that is not the table's title printed again stands alone between the
    /// table's last row and its header printed again, on the page its rows go on: the title of
    /// another table under the same columns. (At a page's top, before any line of it is taken,
    /// `TableFinder` looks for the title printed again itself.)
    var isRetitled: Bool {
        guard rowsSincePageBreak > 0 else { return false }
        // A title has at most `maxTitleLines` lines: a longer run of label-only lines is no title
        // (and is not walked further).
        var after: [String] = []
        for entry in entries.reversed() {
            guard case let .fragment(_, _, line, _) = entry else { break }
            guard after.count < settings.maxTitleLines else { return false }
            after.insert(line.compact, at: 0)
        }
        return !after.isEmpty && !isTitleAgain(after.joined())
    }

    /// Adds a line; false when the line does not belong to the table (the table ends).
    mutating func add(_ line: TextLine) -> Bool {
        guard let entry = entry(for: line) else { return false }
        entries.append(entry)
        consumedLines.append(line)
        rowsSincePageBreak += 1
        return true
    }

    private mutating func entry(for line: TextLine) -> Entry? {
        let (cells, labelExtent) = assigner.assign(line, extentOf: labelColumn)
        let parses = amountColumns.map { AmountParser.parse(NameNormalizer.normalize(cells[$0])) }
        let filled = zip(amountColumns, parses).filter { !cells[$0.0].isEmpty }
        let proseInAmounts = filled.contains { _, parse in
            if case .invalid = parse { true } else { false }
        } && amountColumns.contains { Self.isProse(cells[$0], afterAmounts: rowsWithAmounts > 0) }
        if proseInAmounts { return nil }
        if !filled.isEmpty {
            if filled.contains(where: { if case .invalid = $0.1 { false } else { true } }) { rowsWithAmounts += 1 }
            return .row(cells: cells, line: line, labelExtent: labelExtent)
        }
        guard fitsTable(line) else { return nil }
        let nonEmpty = cells.indices.filter { !NameNormalizer.normalize(cells[$0]).isEmpty }
        guard nonEmpty.count == 1, let column = nonEmpty.first,
              column == labelColumn || column == remarkColumn || columns[column].role == .label else {
            return nonEmpty.isEmpty ? nil : .row(cells: cells, line: line, labelExtent: labelExtent)
        }
        return .fragment(column: column, text: cells[column], line: line, labelExtent: labelExtent)
    }

    /// The rows, with each fragment joined to the row it belongs to, or kept as a row of its own
    /// (a group heading) when no row is close enough.
    /// Lines after the last row with amounts that hold only a label (portal links, share buttons,
    /// a closing remark) are text after the table, not group headings: they go back to the body.
    /// `continued`: the table goes on (in a grid on the next page), so a heading after its last
    /// row on this page heads rows to come: it stays a row.
    func finish(continued: Bool = false) -> (table: RawTable, trailing: [TextLine]) {
        var pieces: [[[(y: Double, text: String)]]] = []
        var rows: [(page: Int, box: Box)] = []
        var rowOfEntry: [Int: Int] = [:]
        // Where each row's label begins: its topmost label piece (a wrapped name's first line).
        var labelStarts: [LabelStart?] = []
        for (position, entry) in entries.enumerated() {
            guard case let .row(cells, line, labelExtent) = entry else { continue }
            rowOfEntry[position] = rows.count
            rows.append((line.page, line.box))
            pieces.append(cells.map { $0.isEmpty ? [] : [(line.box.midY, $0)] })
            labelStarts.append(LabelStart(line: line, extent: labelExtent))
        }
        var owners: [Int: Int] = [:]
        for (position, entry) in entries.enumerated() {
            guard case let .fragment(column, _, line, _) = entry else { continue }
            owners[position] = owner(of: line, at: position, rowOfEntry: rowOfEntry, rows: rows,
                                     isRemark: column == remarkColumn)
        }
        chainWrappedLines(into: &owners, rowOfEntry: rowOfEntry, rows: rows)
        var standalone: [(after: Int, row: RawTableRow, line: TextLine)] = []
        for (position, entry) in entries.enumerated() {
            guard case let .fragment(column, text, line, labelExtent) = entry else { continue }
            if let target = owners[position] {
                pieces[target][column].append((line.box.midY, text))
                // A name wrapped around its amounts' line (外出务工补 / 助, the amounts between) is
                // indented where its first line begins: unmeasured, the row lost its place.
                if column == labelColumn, let start = LabelStart(line: line, extent: labelExtent),
                   labelStarts[target].map({ start.y < $0.y }) ?? true {
                    labelStarts[target] = start
                }
            } else {
                var cells = Array(repeating: "", count: columns.count)
                cells[column] = text
                var heading = RawTableRow(page: line.page, cells: cells, box: line.box)
                // A heading alone on its line (政府性基金 under 财政拨款收入, no amounts) is indented
                // like any row: measured, or the rows around it lose their indentation pattern.
                if column == labelColumn, line.fontSize > 0, let extent = labelExtent {
                    heading.labelIndent = extent.x0 / line.fontSize
                    heading.labelEnd = extent.x1 / line.fontSize
                }
                standalone.append((position, heading, line))
            }
        }
        standalone = Self.joinedWrappedHeadings(standalone, rowPitch: Self.rowPitch(rows),
                                                wrapDistance: settings.wrapDistance)
        var result: [(row: RawTableRow, line: TextLine?)] = []
        var nextStandalone = 0
        for (position, entry) in entries.enumerated() {
            while nextStandalone < standalone.count, standalone[nextStandalone].after == position {
                result.append((standalone[nextStandalone].row, standalone[nextStandalone].line))
                nextStandalone += 1
            }
            guard case .row = entry, let row = rowOfEntry[position] else { continue }
            let cells = pieces[row].map { $0.sorted { $0.y < $1.y }.map(\.text).joined() }
            var built = RawTableRow(page: rows[row].page, cells: cells, box: rows[row].box)
            if labelColumn != nil, let start = labelStarts[row] {
                built.labelIndent = start.indent
                built.labelEnd = start.end
            }
            result.append((built, nil))
        }
        var trailing: [TextLine] = []
        while !continued, let last = result.last, let line = last.line {
            trailing.insert(line, at: 0)
            result.removeLast()
        }
        var table = RawTable(index: index, title: title, unit: unit, attachment: attachment, columns: columns,
                             rows: result.map(\.row))
        table.gaps = gaps
        table.compiler = compiler
        return (table, trailing)
    }

    /// Where a label piece begins and ends on its line, in em of the line's font, and how high the
    /// line stands (the topmost piece of a wrapped name gives the row's indentation).
    private struct LabelStart {
        let y: Double
        let indent: Double
        let end: Double

        init?(line: TextLine, extent: (x0: Double, x1: Double)?) {
            guard let extent, line.fontSize > 0 else { return nil }
            y = line.box.midY
            indent = extent.x0 / line.fontSize
            end = extent.x1 / line.fontSize
        }
    }

    /// A heading too long for its cell (克孜勒苏柯尔克孜自 / 治州) is two label-only lines closer
    /// together than the table's rows: one heading, not two. Lines of one cell are joined when they
    /// follow each other in the same column, on one page, nearer than the wrap distance and than
    /// the table's usual row pitch.
    private static func joinedWrappedHeadings(_ standalone: [(after: Int, row: RawTableRow, line: TextLine)],
                                              rowPitch: Double?, wrapDistance: Double)
        -> [(after: Int, row: RawTableRow, line: TextLine)] {
        guard let rowPitch else { return standalone }
        var joined: [(after: Int, row: RawTableRow, line: TextLine)] = []
        var lastPosition = -2
        var lastMidY = 0.0
        for piece in standalone {
            defer { (lastPosition, lastMidY) = (piece.after, piece.line.box.midY) }
            guard let previous = joined.last, piece.after == lastPosition + 1, previous.line.page == piece.line.page,
                  let column = piece.row.cells.firstIndex(where: { !$0.isEmpty }),
                  previous.row.cells.indices.contains(column), !previous.row.cells[column].isEmpty
            else {
                joined.append(piece)
                continue
            }
            let pitch = piece.line.box.midY - lastMidY
            guard pitch > 0, pitch <= wrapDistance * piece.line.fontSize, pitch < rowPitch * 0.9 else {
                joined.append(piece)
                continue
            }
            joined[joined.count - 1].row.cells[column] += piece.row.cells[column]
            joined[joined.count - 1].row.box.y1 = max(previous.row.box.y1, piece.line.box.y1)
            joined[joined.count - 1].row.box.x1 = max(previous.row.box.x1, piece.line.box.x1)
        }
        return joined
    }

    /// A label wrapped over four or more lines has its amounts printed level with its middle, so
    /// its first and last lines lie farther from the amounts than the wrap distance
    /// (其他巩 / 固脱贫攻坚成果 / 衔接乡村振兴支 + amounts / 出). Lines of one cell stand closer to each
    /// other than to the rows around them: a run of consecutive lines (label-only lines and rows),
    /// each within `wrapGap` of the next, set apart from the lines before and after it by gaps
    /// clearly wider than any inside it (at the end of the table's lines on a page: wider than the
    /// usual gap between rows), is one cell. When it holds exactly one row, its label-only lines
    /// left without a row are that row's. Rows printed at one pitch make one run of many rows and
    /// join nothing; a run without a row is a heading (`joinedWrappedHeadings`).
    private func chainWrappedLines(into owners: inout [Int: Int], rowOfEntry: [Int: Int],
                                   rows: [(page: Int, box: Box)]) {
        let rowGap = Self.rowGap(rows)
        var run: [Int] = []
        func close() {
            defer { run.removeAll(keepingCapacity: true) }
            guard run.count >= 2, let first = run.first, let last = run.last else { return }
            let runRows = run.compactMap { rowOfEntry[$0] }
            guard runRows.count == 1, let row = runRows.first,
                  run.contains(where: { rowOfEntry[$0] == nil && owners[$0] == nil }) else { return }
            let inside = zip(run, run.dropFirst()).map { gap(between: $0.0, and: $0.1) ?? .infinity }.max() ?? 0
            guard let before = gap(between: first - 1, and: first) ?? rowGap,
                  let after = gap(between: last, and: last + 1) ?? rowGap,
                  inside < before * settings.wrapDominance, inside < after * settings.wrapDominance else { return }
            for position in run where rowOfEntry[position] == nil && owners[position] == nil {
                owners[position] = row
            }
        }
        for (position, entry) in entries.enumerated() {
            let line: TextLine
            switch entry {
            case let .row(_, rowLine, _):
                line = rowLine
            case let .fragment(column, _, fragmentLine, _):
                guard column == labelColumn else {
                    close()
                    continue
                }
                line = fragmentLine
            }
            if let previous = run.last,
               !(previous == position - 1 && (gap(between: previous, and: position) ?? .infinity)
                   <= settings.wrapGap * line.fontSize) {
                close()
            }
            run.append(position)
        }
        close()
    }

    /// The vertical gap between the boxes of two entries' lines on one page (0 when they overlap);
    /// nil when either is missing or they are on different pages.
    private func gap(between upper: Int, and lower: Int) -> Double? {
        guard entries.indices.contains(upper), entries.indices.contains(lower) else { return nil }
        let (top, bottom) = (entries[upper].line, entries[lower].line)
        guard top.page == bottom.page else { return nil }
        return max(0, bottom.box.y0 - top.box.y1)
    }

    /// The usual gap between the boxes of consecutive rows on one page (the lower quartile), nil
    /// with fewer than two such pairs.
    private static func rowGap(_ rows: [(page: Int, box: Box)]) -> Double? {
        let gaps = zip(rows, rows.dropFirst()).compactMap { upper, lower in
            upper.page == lower.page && lower.box.y0 >= upper.box.y1 ? lower.box.y0 - upper.box.y1 : nil
        }.sorted()
        return gaps.count >= 2 ? gaps[gaps.count / 4] : nil
    }

    /// The usual distance between consecutive rows on one page (the lower quartile: rows with a
    /// heading between them stand farther apart), nil with fewer than two such pairs.
    private static func rowPitch(_ rows: [(page: Int, box: Box)]) -> Double? {
        let pitches = zip(rows, rows.dropFirst()).compactMap { upper, lower in
            upper.page == lower.page && lower.box.midY > upper.box.midY ? lower.box.midY - upper.box.midY : nil
        }.sorted()
        return pitches.count >= 2 ? pitches[pitches.count / 4] : nil
    }

    /// The row a fragment line belongs to: the nearest row on its page, when it is clearly nearer
    /// than the row on the other side and within the wrap distance.
    private func owner(of line: TextLine, at position: Int, rowOfEntry: [Int: Int],
                       rows: [(page: Int, box: Box)], isRemark: Bool) -> Int? {
        let above = rowOfEntry.filter { $0.key < position && rows[$0.value].page == line.page }.max { $0.key < $1.key }?.value
        let below = rowOfEntry.filter { $0.key > position && rows[$0.value].page == line.page }.min { $0.key < $1.key }?.value
        let distanceAbove = above.map { line.box.midY - rows[$0].box.midY }
        let distanceBelow = below.map { rows[$0].box.midY - line.box.midY }
        let limit = settings.wrapDistance * line.fontSize
        switch (distanceAbove, distanceBelow) {
        case let (up?, down?):
            if up <= down * settings.wrapDominance, up <= limit { return above }
            if down <= up * settings.wrapDominance, down <= limit { return below }
        case let (up?, nil):
            if up <= limit { return above }
        case let (nil, down?):
            if down <= limit { return below }
        case (nil, nil):
            break
        }
        // A remark line far from every row still belongs to the row above it.
        return isRemark ? above : nil
    }

    /// A line fits the table when it lies within the header's horizontal extent and is short.
    private func fitsTable(_ line: TextLine) -> Bool {
        guard let first = columns.first, let last = columns.last else { return false }
        let width = last.x1 - first.x0
        return line.box.x0 >= first.x0 - width * 0.5 && line.box.x1 <= last.x1 + width * 0.5
            && line.compact.count <= 40
    }

    /// Text in an amount cell that is prose, which means the table has ended: two ideographs, or,
    /// once rows with amounts were read, three Latin words (a paragraph line running across the
    /// columns; above the first amounts, such a line is the header's last words).
    private static func isProse(_ text: String, afterAmounts: Bool) -> Bool {
        text.unicodeScalars.filter(CharacterKind.isIdeographic).count >= 2
            || afterAmounts && LatinWords.count(in: text, upTo: 3) >= 3
    }
}
