import AllotModel
import AllotText

/// Turns a page's items into the pipeline's model: body lines, and raw tables titled from the
/// lines above them. As in the PDF path, title lines leave the body; unit lines and attachment
/// labels stay in it.
struct NoticeAssembler {
    let settings: HTMLSettings

    func assemble(_ items: [FlowItem]) -> (lines: [TextLine], tables: [RawTable]) {
        var layout = SyntheticLayout(settings: settings)
        var lines: [TextLine] = []
        var context: [TableContext.Line] = []
        var contextLines: [Int] = []  // index in `lines` of each context line
        var removed: Set<Int> = []
        var tables: [RawTable] = []
        for item in items {
            switch item {
            case let .line(cells, block, alignment):
                if PortalMetadata.isChromeLine(NameNormalizer.normalize(cells.joined())) { continue }
                let line = layout.line(cells, alignment: alignment)
                context.append(TableContext.Line(compact: NameNormalizer.normalize(cells.joined()), block: block))
                contextLines.append(lines.count)
                lines.append(line)
            case let .table(table):
                let found = TableContext(lines: context, maximumTitleLength: settings.maximumTitleLength)
                var title = table.title
                if title.isEmpty {
                    title = found.title
                    removed.formUnion(found.titleLines.map { contextLines[$0] })
                }
                let unit = [table.unit, found.unit, table.headerUnit].first { !$0.isEmpty } ?? ""
                let attachment = table.attachment.isEmpty ? found.attachment : table.attachment
                layout.advance()
                let rows = table.rows.map { layout.row($0, columnCount: table.columns.count) }
                tables.append(RawTable(index: tables.count + 1, title: title, unit: unit, attachment: attachment,
                                       columns: layout.placing(table.columns), rows: rows))
                context = []
                contextLines = []
            }
        }
        let body = lines.indices.filter { !removed.contains($0) }.map { lines[$0] }
        return (body, tables)
    }
}
