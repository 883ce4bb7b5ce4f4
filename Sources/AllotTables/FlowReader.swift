import AllotModel
import AllotText

/// The table stage for documents without page geometry (HTML, spreadsheets, docx): turns their
/// items in reading order into body lines and raw tables titled from the lines above them, laid
/// out on a synthetic page 1. As in the PDF path, title lines leave the body; unit lines and
/// attachment labels stay in it. A grid that holds no allocation table is read as lines.
public struct FlowReader: Sendable {
    /// Tunables.
    public var settings: GridSettings

    /// Creates a reader.
    public init(settings: GridSettings = GridSettings()) {
        self.settings = settings
    }

    /// The body lines and tables of the items. Each grid is let go once its table is read (before
    /// the table's raw rows are laid out) when the caller hands its only copy of the items over.
    public func scan(_ items: consuming [FlowItem]) -> TableScan {
        var layout = SyntheticLayout(settings: settings)
        var lines: [TextLine] = []
        var context: [TableContext.Line] = []
        var contextLines: [Int] = []  // index in `lines` of each context line
        var removed: Set<Int> = []
        var tables: [RawTable] = []
        let reader = GridTableReader(settings: settings)
        var derived = 0
        func append(_ line: FlowLine) {
            context.append(TableContext.Line(compact: NameNormalizer.normalize(line.cells.joined()), block: line.block))
            contextLines.append(lines.count)
            lines.append(layout.line(line.cells, alignment: line.alignment))
        }
        for position in items.indices {
            var item = FlowItem.line(FlowLine(cells: [], block: 0))
            swap(&item, &items[position])
            let reading = Self.read(consume item, reader: reader, derived: &derived)
            switch consume reading {
            case let .lines(read):
                read.forEach(append)
            case .table(var table, let formulas):
                let found = TableContext(lines: context, maximumTitleLength: settings.maximumTitleLength)
                var title = table.title
                if title.isEmpty {
                    title = found.title
                    removed.formUnion(found.titleLines.map { contextLines[$0] })
                }
                let unit = [table.unit, found.unit, table.headerUnit].first { !$0.isEmpty } ?? ""
                let attachment = table.attachment.isEmpty ? found.attachment : table.attachment
                layout.advance()
                var texts = GridRows(width: 0)
                swap(&texts, &table.rows)
                table.gridRows = []  // read by the formulas only, already read
                var raw: RawTable
                if let held = layout.rows(texts, extents: table.labelExtents, columnCount: table.columns.count) {
                    // The rows are held as read: the normalize stage builds each as it drafts it
                    // (this copy let go, so that each chunk of texts goes once its rows are read).
                    texts = GridRows(width: 0)
                    raw = RawTable(index: tables.count + 1, title: title, unit: unit, attachment: attachment,
                                   columns: layout.placing(table.columns), rows: held)
                } else {
                    raw = RawTable(index: tables.count + 1, title: title, unit: unit, attachment: attachment,
                                   columns: layout.placing(table.columns),
                                   rows: Self.rows(consume texts, table.labelExtents, columnCount: table.columns.count,
                                                   layout: &layout))
                }
                raw.compiler = table.compiler.isEmpty ? found.compiler : table.compiler
                raw.formulas = formulas
                tables.append(raw)
                context = []
                contextLines = []
            }
        }
        let body = lines.indices.filter { !removed.contains($0) }.map { lines[$0] }
        return TableScan(tables: tables, dropped: [], bodyLines: body)
    }

    /// The grid table's rows laid out one by one, each chunk of texts let go as its rows are built.
    private static func rows(_ texts: consuming GridRows, _ extents: LabelExtents, columnCount: Int,
                             layout: inout SyntheticLayout) -> [RawTableRow] {
        var rows: [RawTableRow] = []
        rows.reserveCapacity(texts.count)
        texts.drain { index, cells in
            // the grid table's rows let go so far go back to the system (a large table's)
            FreedMemory.giveBack(atRow: index)
            var row = layout.row(cells, columnCount: columnCount)
            if let extent = extents[index] {
                row.labelIndent = extent.start
                row.labelEnd = extent.end
            }
            rows.append(row)
        }
        return rows
    }

    /// What an item reads as: lines, or an allocation table with its formulas.
    private enum ItemReading {
        case lines([FlowLine])
        case table(GridTable, formulas: [CellFormula])
    }

    /// Reads one item, which it takes over: a grid goes when its table is read.
    private static func read(_ item: consuming FlowItem, reader: GridTableReader, derived: inout Int) -> ItemReading {
        var item = item
        switch item {
        case let .line(line):
            return .lines([line])
        case .grid(var grid, let otherwise):
            // The item lets its grid go, so that the cells the table's rows are copied out of go as
            // they are copied (a copy left in the item would hold them); the formulas are read first.
            item = .line(FlowLine(cells: [], block: 0))
            var formulas: [CellFormula] = []
            guard let table = reader.allocationTable(taking: &grid, beforeRows: { table, whole in
                formulas = FormulaReader.formulas(in: whole, table: table)
            }) else {
                return .lines(otherwise ?? rowLines(grid, derived: &derived))
            }
            return .table(table, formulas: formulas)
        }
    }

    /// A grid's rows as lines, one block each (negative block numbers, never a reader's).
    static func rowLines(_ grid: CellGrid, derived: inout Int) -> [FlowLine] {
        (0..<grid.rowCount).compactMap { row in
            let cells = grid.distinctCells(row: row).filter { $0.row == row }.map(\.text).filter(GridText.hasContent)
            guard !cells.isEmpty else { return nil }
            derived += 1
            return FlowLine(cells: cells, block: -derived)
        }
    }
}
