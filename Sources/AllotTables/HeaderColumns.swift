import AllotModel
import AllotText

/// The leaf columns of a header block on a grid. Each column is named by its lowest header cell;
/// a cell spanning several columns above it is its parent (其中 over 中央资金 and 省级资金), as
/// the PDF path names columns under a spanning header.
struct HeaderColumns {
    /// Leaf columns left to right, with roles and without geometry.
    let columns: [TableColumn]

    init(grid: CellGrid, rows: Range<Int>, words: TableVocabulary) {
        var columns: [TableColumn] = []
        for column in 0..<grid.columnCount {
            var stack: [GridCell] = []
            var seen: Set<Int> = []
            for row in rows {
                if let index = grid.cellIndex(row: row, column: column), seen.insert(index).inserted,
                   let cell = grid.cell(row: row, column: column) {
                    stack.append(cell)
                }
            }
            let name = stack.last.map { TableFurniture.strippingUnit(NameNormalizer.normalize($0.text)) } ?? ""
            let parent = stack.dropLast().last { $0.columnSpan > 1 && GridText.hasContent($0.text) }
                .map { NameNormalizer.normalize($0.text) }
            columns.append(TableColumn(name: name, parent: parent, role: words.role(of: name)))
        }
        // As in the PDF path: without a label header, a first column that looks like amounts is the label.
        if !columns.contains(where: { $0.role == .label }), columns.first?.role == .amount {
            columns[0].role = .label
        }
        self.columns = columns
    }
}
