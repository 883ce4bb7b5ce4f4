import AllotModel
import AllotText

/// Tables that name a row in two label columns (a prefecture cell spanning its counties with
/// rowspan, then the county) keep one label column, the innermost, because downstream stages read
/// one label per row. The outer columns become `.other`, their text still in the row. A bare
/// 小计 or 合计 under a prefecture becomes 太原市小计, and an empty inner cell takes the outer
/// text, so each row keeps the name a reader of the page sees. Label columns with amount columns
/// between them are the two sides of a 收支总表 and are left alone.
///
/// A row is folded by itself (`fold(_:row:grid:)`), as the table's rows are copied out of the grid.
struct LabelFolding {
    let words: TableVocabulary
    /// The innermost label column, nil when the table's labels are not folded.
    private let inner: Int?
    /// The outer label columns, innermost first.
    private let outers: [Int]
    /// The columns with the outer label columns made `.other` (the columns as given when nothing folds).
    let foldedColumns: [TableColumn]

    init(words: TableVocabulary, columns: [TableColumn]) {
        self.words = words
        let labels = columns.indices.filter { columns[$0].role == .label }
        // Label columns with amounts between them are the sides of a two-sided table (收支总表).
        guard let inner = labels.last, let first = labels.first, labels.count > 1,
              !columns[first...inner].contains(where: { $0.role == .amount }) else {
            inner = nil
            outers = []
            foldedColumns = columns
            return
        }
        self.inner = inner
        outers = Array(labels.dropLast().reversed())
        var folded = columns
        for column in outers { folded[column].role = .other }
        foldedColumns = folded
    }

    /// Folds one row's texts (one per column) read from grid row `row`.
    func fold(_ texts: inout [String], row: Int, grid: CellGrid) {
        guard let inner, texts.indices.contains(inner) else { return }
        let innerCell = grid.cellIndex(row: row, column: inner)
        let innerText = texts[inner]
        let innerName = NameNormalizer.normalize(innerText)
        let outer = outers.first { column in
            texts.indices.contains(column) && grid.cellIndex(row: row, column: column) != innerCell
                && GridText.hasContent(texts[column])
        }.map { texts[$0] }
        guard let outer else { return }
        if innerName.isEmpty {
            texts[inner] = outer
        } else if words.sumLabels.contains(innerName) {
            texts[inner] = outer + innerText
        }
    }
}
