import AllotModel
import AllotText

/// An allocation table read from its grid, before its place in the document supplies what the
/// table itself does not print (title, unit, attachment label).
struct GridTable: Sendable {
    /// Leaf columns with roles (no geometry yet).
    var columns: [TableColumn]
    /// Data rows, one raw text per column.
    var rows: GridRows
    /// Title from `<caption>` or a spanning row above the header, empty when none.
    var title = ""
    /// Unit from a spanning row above the header ("单位：万元"), empty when none.
    var unit = ""
    /// Who compiled the table, as that unit row names them (编制部门：某局 单位：元), empty when none.
    var compiler = ""
    /// Unit stated in a header cell ("中央资金（万元）"), empty when none.
    var headerUnit = ""
    /// Attachment label from a spanning row above the header, empty when none.
    var attachment = ""
    /// Grid row of each data row, in order.
    var gridRows: [Int] = []
    /// Where each data row's label begins and its text ends, in em from its cell's left edge; nil
    /// where the format does not say (`GridCell.indent`) or the row has no label of its own.
    var labelExtents = LabelExtents()
}

/// Reads a table's grid: header rows, leaf columns with roles, data rows with spans resolved.
/// The same reader serves every grid format (HTML tables, spreadsheets, docx tables).
struct GridTableReader: Sendable {
    let settings: GridSettings

    private var words: TableVocabulary { settings.words }

    /// The allocation table in the grid, nil when the grid is not one. `titled`: the table's title
    /// stands outside the grid (above a ruled frame), so a row spanning the grid over the header is
    /// the header's top level (财政拨款“三公”经费 over 合计 | 因公出国(境)费 | …), not a caption;
    /// a unit or attachment line there is still read as one.
    /// `confirmingRows`: a header in words the vocabulary does not know ("Name | Central |
    /// Province") is the table's header when at least this many rows under it each hold a name
    /// and an amount (as `TableFinder` confirms a header by its rows on the line path); nil: only
    /// known header words make a header.
    func allocationTable(in grid: CellGrid, titled: Bool = false, confirmingRows: Int? = nil) -> GridTable? {
        var grid = grid
        return allocationTable(taking: &grid, titled: titled, confirmingRows: confirmingRows, releasing: false)
    }

    /// The allocation table in the grid, as `allocationTable(in:titled:)`, letting the grid's
    /// cells go as the table's rows are copied out of it (the last step; `beforeRows` sees the
    /// table without rows and the whole grid first): a large sheet's grid and the table's rows
    /// are then not held whole side by side.
    func allocationTable(taking grid: inout CellGrid, beforeRows: (GridTable, CellGrid) -> Void) -> GridTable? {
        allocationTable(taking: &grid, titled: false, confirmingRows: nil, releasing: true, beforeRows: beforeRows)
    }

    private func allocationTable(taking grid: inout CellGrid, titled: Bool, confirmingRows: Int?, releasing: Bool,
                                 beforeRows: (GridTable, CellGrid) -> Void = { _, _ in }) -> GridTable? {
        guard grid.columnCount >= 2 else { return nil }
        var captions = GridText.hasContent(grid.caption) ? [grid.caption] : []
        var start = 0
        while start < grid.rowCount, grid.isSpanningRow(start) || isEmpty(grid, row: start) {
            let texts = grid.distinctCells(row: start).map(\.text).filter(GridText.hasContent)
            if titled, !texts.isEmpty, !texts.allSatisfy(isFurniture) { break }
            captions += texts
            start += 1
        }
        guard let headerEnd = headerEnd(grid, from: start) else { return nil }
        let headerRows = start..<headerEnd
        let headerTexts = distinctCells(grid, rows: headerRows).map { NameNormalizer.normalize($0.text) }
        var columns = HeaderColumns(grid: grid, rows: headerRows, words: words).columns
        guard !headerTexts.contains(where: TableFurniture.isAmount) else { return nil }
        let known = words.isAllocationHeader(headerTexts, columnCount: columns.count)
        guard known || confirmingRows != nil else { return nil }
        let bodyRows = bodyRows(grid, from: headerEnd, columns)
        inferLabels(&columns, grid: grid, rows: bodyRows)
        dropFigureLabel(&columns, grid: grid, rows: bodyRows)
        let amountColumns = columns.indices.filter { columns[$0].role == .amount }
        if !known, let confirmingRows {
            guard let label = columns.firstIndex(where: { $0.role == .label }) else { return nil }
            var confirming = 0
            for row in bodyRows where confirming < confirmingRows
                && HeaderParser.isText(NameNormalizer.normalize(grid.cell(row: row, column: label)?.text ?? ""))
                && amountColumns.contains(where: { TableFurniture.isAmount(grid.cell(row: row, column: $0)?.text ?? "") }) {
                confirming += 1
            }
            guard confirming >= confirmingRows else { return nil }
        }
        guard bodyRows.contains(where: { row in
            amountColumns.contains { TableFurniture.isAmount(grid.cell(row: row, column: $0)?.text ?? "") }
        }) else { return nil }
        let folding = LabelFolding(words: words, columns: columns)
        var table = GridTable(columns: folding.foldedColumns, rows: GridRows(width: columns.count))
        table.gridRows = bodyRows
        if let label = columns.firstIndex(where: { $0.role == .label }) {
            table.labelExtents = LabelExtents(bodyRows) { Self.labelExtent(grid, row: $0, column: label) }
        }
        table.headerUnit = headerTexts.lazy.compactMap(TableFurniture.unitInHeader).first ?? ""
        readCaptions(captions, into: &table)
        beforeRows(table, grid)
        table.rows = rows(bodyRows, in: &grid, columns: columns, folding: folding, releasing: releasing)
        return table
    }

    /// A grid without a header of its own read under the header of the table it continues (a
    /// ruled table carried over a page break): every row but spanning, empty and repeated header
    /// rows, with the same column roles; nil when no row holds an amount in an amount column.
    func continuationTable(in grid: CellGrid, columns: [TableColumn]) -> GridTable? {
        guard grid.columnCount == columns.count else { return nil }
        var bodyRows = bodyRows(grid, from: 0, columns)
        let amountColumns = columns.indices.filter { columns[$0].role == .amount }
        // The header printed again in other words (区县名称 | 拨付额 | 备注): a row on top with words
        // in every amount column is no data row.
        while let first = bodyRows.first, !amountColumns.isEmpty, amountColumns.allSatisfy({ column in
            HeaderParser.isText(NameNormalizer.normalize(grid.cell(row: first, column: column)?.text ?? ""))
        }) {
            bodyRows.removeFirst()
        }
        guard bodyRows.contains(where: { row in
            amountColumns.contains { TableFurniture.isAmount(grid.cell(row: row, column: $0)?.text ?? "") }
        }) else { return nil }
        var grid = grid
        let folding = LabelFolding(words: words, columns: columns)
        var table = GridTable(columns: columns,
                              rows: rows(bodyRows, in: &grid, columns: columns, folding: folding, releasing: false))
        table.gridRows = bodyRows
        return table
    }

    /// The data rows from `start` on: every row but spanning, empty, repeated header and
    /// ellipsis rows (held at their count: a large sheet's grid is held beside them).
    private func bodyRows(_ grid: CellGrid, from start: Int, _ columns: [TableColumn]) -> [Int] {
        var rows: [Int] = []
        rows.reserveCapacity(max(grid.rowCount - start, 0))
        for row in start..<max(grid.rowCount, start) where !grid.isSpanningRow(row) {
            // The row's cells made once for the tests on their texts.
            let cells = grid.distinctCells(row: row)
            if !isEmpty(cells), !repeatsHeader(grid, row: row, columns), !isEllipsisRow(cells) { rows.append(row) }
        }
        return rows
    }

    /// End (exclusive) of the header rows starting at `start`: the `<thead>` rows, else the leading
    /// `<th>` rows, else the rows before the first one holding an amount; nil when there are none.
    private func headerEnd(_ grid: CellGrid, from start: Int) -> Int? {
        let rows = start..<grid.rowCount
        let marked: [(GridCell) -> Bool] = [\.inHead, \.isHeader]
        for isMarked in marked {
            let count = rows.prefix { row in
                let cells = grid.distinctCells(row: row)
                return !cells.isEmpty && cells.allSatisfy(isMarked)
            }.count
            if count > 0 { return start + min(count, settings.maximumHeaderRows) }
        }
        guard let firstData = rows.first(where: { row in
            grid.distinctCells(row: row).contains { $0.row == row && TableFurniture.isAmount($0.text) }
        }), firstData > start else { return nil }
        var end = firstData
        while end - 1 > start, isGroupHeading(grid, row: end - 1) { end -= 1 }
        let levels = (start..<end).filter { holdsOwnText(grid, row: $0) }.count
        return levels <= settings.maximumHeaderRows ? end : nil
    }

    /// True when a cell that starts in the row holds text. A header row whose own cells are all
    /// blank (the rules split each column a row above the words that name the halves, r07 p. 18's
    /// 预算数 | 决算数) names nothing: it is no level of the header.
    private func holdsOwnText(_ grid: CellGrid, row: Int) -> Bool {
        grid.distinctCells(row: row).contains { $0.row == row && GridText.hasContent($0.text) }
    }

    /// A row with one text and every other slot empty (not covered by a header cell from above):
    /// a group heading (临夏回族自治州 above its counties) between the header and the first amount.
    private func isGroupHeading(_ grid: CellGrid, row: Int) -> Bool {
        var texts = 0
        for column in 0..<grid.columnCount {
            guard let cell = grid.cell(row: row, column: column) else { continue }
            if cell.row != row { return false }
            if GridText.hasContent(cell.text) { texts += 1 }
        }
        return texts == 1 && grid.columnCount > 1
    }

    private func distinctCells(_ grid: CellGrid, rows: Range<Int>) -> [GridCell] {
        var seen: Set<Int> = []
        var result: [GridCell] = []
        for row in rows {
            for column in 0..<grid.columnCount {
                if let index = grid.cellIndex(row: row, column: column), seen.insert(index).inserted,
                   let cell = grid.cell(row: row, column: column) {
                    result.append(cell)
                }
            }
        }
        return result
    }

    /// A row of ellipses ("…", "...") only: a template's "and so on" placeholder, not data.
    /// `cells`: the row's distinct cells.
    private func isEllipsisRow(_ cells: [GridCell]) -> Bool {
        var texts = 0
        for cell in cells where GridText.hasContent(cell.text) {
            guard cell.text.unicodeScalars.allSatisfy({ "….·⋯。 ".unicodeScalars.contains($0) || $0.properties.isWhitespace })
            else { return false }
            texts += 1
        }
        return texts > 0
    }

    private func isEmpty(_ grid: CellGrid, row: Int) -> Bool {
        isEmpty(grid.distinctCells(row: row))
    }

    /// True when none of a row's distinct cells has content.
    private func isEmpty(_ cells: [GridCell]) -> Bool {
        !cells.contains { GridText.hasContent($0.text) }
    }

    /// A header row repeated in the body (long tables converted from paged documents).
    private func repeatsHeader(_ grid: CellGrid, row: Int, _ columns: [TableColumn]) -> Bool {
        // Cell by cell, stopping at the first that differs (asked of every body row).
        guard grid.columnCount == columns.count else { return false }
        return columns.indices.allSatisfy { column in
            TableFurniture.strippingUnit(NameNormalizer.normalize(grid.cell(row: row, column: column)?.text ?? ""))
                == columns[column].name
        }
    }

    /// A column whose header named no role, holding only text left of every amount, is a label
    /// column (a prefecture column headed 市, say).
    private func inferLabels(_ columns: inout [TableColumn], grid: CellGrid, rows: [Int]) {
        let holdsAmounts = columns.indices.map { column in
            rows.contains { TableFurniture.isAmount(grid.cell(row: $0, column: column)?.text ?? "") }
        }
        guard let firstAmount = holdsAmounts.firstIndex(of: true) else { return }
        for column in 0..<firstAmount where columns[column].role == .amount {
            let hasText = rows.contains { GridText.hasContent(grid.cell(row: $0, column: column)?.text ?? "") }
            if hasText { columns[column].role = .label }
        }
    }

    /// A name column given by position only (its header names no label: 合计 first under “三公”经费
    /// 预算数) that holds amounts and no text is an amount column: the table is figures only, its
    /// rows unnamed, as `HeaderParser.refineRoles` decides on the PDF line path.
    private func dropFigureLabel(_ columns: inout [TableColumn], grid: CellGrid, rows: [Int]) {
        guard let label = columns.firstIndex(where: { $0.role == .label }), words.role(of: columns[label].name) != .label
        else { return }
        let texts = rows.map { NameNormalizer.normalize(grid.cell(row: $0, column: label)?.text ?? "") }.filter { !$0.isEmpty }
        if !texts.isEmpty, texts.allSatisfy(TableFurniture.isAmount) { columns[label].role = .amount }
    }

    /// The texts of `bodyRows` (in order), one per column (`cells(of:in:columns:)`), label
    /// columns folded; `releasing`: each row's cells let go once no later row covers them.
    private func rows(_ bodyRows: [Int], in grid: inout CellGrid, columns: [TableColumn], folding: LabelFolding,
                      releasing: Bool) -> GridRows {
        var rows = GridRows(width: columns.count, expectedRows: bodyRows.count)
        for row in bodyRows {
            var texts = cells(of: row, in: grid, columns: columns)
            folding.fold(&texts, row: row, grid: grid)
            rows.append(texts)
            if releasing {
                grid.releaseRows(through: row)
                FreedMemory.giveBack(atRow: rows.count)
            }
        }
        return rows
    }

    /// One raw text per column. A spanning cell's text fills every slot it covers, except in
    /// amount columns, where only its top-left slot has it: a merged amount is counted once.

    private func cells(of row: Int, in grid: CellGrid, columns: [TableColumn]) -> [String] {
        columns.indices.map { column in
            guard let cell = grid.cell(row: row, column: column) else { return "" }
            let isOrigin = cell.row == row && cell.column == column
            return isOrigin || columns[column].role != .amount ? cell.text : ""
        }
    }

    /// The label's extent in its cell: the format's indent, then the spaces the text starts with
    /// (　 one em, NBSP and space half an em, as CJK fonts set them), then the text (ideographs
    /// one em, ASCII half). Only a cell that starts in this row and column is measured.
    static func labelExtent(_ grid: CellGrid, row: Int, column: Int) -> LabelExtent? {
        guard let cell = grid.cell(row: row, column: column), cell.row == row, cell.column == column,
              let indent = cell.indent, GridText.hasContent(cell.text) else { return nil }
        var start = indent
        var width = 0.0
        var leading = true
        for scalar in cell.text.unicodeScalars {
            let em: Double = switch scalar {
            case "\u{3000}", "\u{2003}": 1
            case " ", "\u{00A0}", "\u{2002}", "\u{2009}": 0.5
            case "\t": 2
            default: scalar.isASCII || ("\u{FF61}"..."\u{FFDC}").contains(scalar) ? 0.5 : 1
            }
            if leading, scalar.properties.isWhitespace {
                start += em
            } else {
                leading = false
                width += em
            }
        }
        return LabelExtent(start: start, end: start + width)
    }

    /// True for a unit line or an attachment label (单位：万元, 附件2).
    private func isFurniture(_ text: String) -> Bool {
        let compact = NameNormalizer.normalize(text)
        return TableFurniture.unit(compact) != nil || TableFurniture.attachmentLabel(compact) != nil
    }

    /// Title, unit and attachment label from the caption and spanning rows above the header.
    private func readCaptions(_ captions: [String], into table: inout GridTable) {
        var titles: [String] = []
        for caption in captions {
            let compact = NameNormalizer.normalize(caption)
            if let unit = TableFurniture.unit(compact) {
                table.unit = unit
                if let name = TableFurniture.compiler(compact) { table.compiler = name }
            } else if let label = TableFurniture.attachmentLabel(compact) {
                table.attachment = label
            } else if let field = TableFurniture.compilerField(compact) {
                table.compiler = field.compiler
                if !field.rest.isEmpty { titles.append(field.rest) }
            } else if let (rest, unit) = TableFurniture.trailingUnit(compact) {
                titles.append(rest)
                table.unit = unit
            } else {
                titles.append(compact)
            }
        }
        table.title = titles.joined()
    }
}
