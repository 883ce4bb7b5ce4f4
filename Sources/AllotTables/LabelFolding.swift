import AllotModel
import AllotText

/// Tables that name a row in two label columns (a prefecture cell spanning its counties with
/// rowspan, then the county) keep one label column, the innermost, because downstream stages read
/// one label per row. The outer columns become `.other`, their text still in the row. A bare
/// 小计 or 合计 under a prefecture becomes 太原市小计, and an empty inner cell takes the outer
/// text, so each row keeps the name a reader of the page sees. Label columns with amount columns
/// between them are the two sides of a 收支总表 and are left alone.
struct LabelFolding {
    let words: TableVocabulary

    func fold(_ table: inout GridTable, grid: CellGrid, rows: [Int]) {
        let labels = table.columns.indices.filter { table.columns[$0].role == .label }
        guard let inner = labels.last, let first = labels.first, labels.count > 1 else { return }
        // Label columns with amounts between them are the sides of a two-sided table (收支总表).
        if table.columns[first...inner].contains(where: { $0.role == .amount }) { return }
        let outers = Array(labels.dropLast().reversed())
        for (position, row) in rows.enumerated() where position < table.rows.count {
            let innerCell = grid.cellIndex(row: row, column: inner)
            let innerText = table.rows[position][inner]
            let innerName = NameNormalizer.normalize(innerText)
            let outer = outers.first { column in
                grid.cellIndex(row: row, column: column) != innerCell && GridText.hasContent(table.rows[position][column])
            }.map { table.rows[position][$0] }
            guard let outer else { continue }
            if innerName.isEmpty {
                table.rows[position][inner] = outer
            } else if words.sumLabels.contains(innerName) {
                table.rows[position][inner] = outer + innerText
            }
        }
        for column in outers { table.columns[column].role = .other }
    }
}
