import AllotModel
import AllotText

/// The leaf columns of a header block on a grid. Each column is named by its lowest header cell;
/// a cell spanning several columns above it is its parent (其中 over 中央资金 and 省级资金), and
/// every such cell above makes its path, as the PDF path names columns under spanning headers.
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
            // Every spanning header above the leaf, outermost first (一般公共预算支出 › 基本支出 over
            // 人员经费), as the PDF path keeps them; the nearest is the parent.
            let spanning = stack.dropLast().filter { $0.columnSpan > 1 && GridText.hasContent($0.text) }
                .map { NameNormalizer.normalize($0.text) }
            var leaf = TableColumn(name: name, parent: spanning.last, role: words.role(of: name))
            if spanning.count > 1 { leaf.ancestors = spanning }
            columns.append(leaf)
        }
        // As in the PDF path: without a label header, a first column that looks like amounts is the label.
        if !columns.contains(where: { $0.role == .label }), columns.first?.role == .amount {
            columns[0].role = .label
        }
        self.columns = columns
    }
}
