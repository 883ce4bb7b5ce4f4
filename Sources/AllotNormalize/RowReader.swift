import AllotModel
import AllotText
import Foundation

/// Reads each raw row on its own: normalized label, level, exact amounts (the one place amount
/// cells are parsed into values) and remark; cells that are not amounts become findings.
enum RowReader {
    static func read(_ raw: RawTable) -> (drafts: [RowDraft], findings: [Finding]) {
        let labelColumn = raw.columns.firstIndex { $0.role == .label }
        let remarkColumn = raw.columns.firstIndex { $0.role == .remark }
        let amountIndices = raw.columns.indices.filter { raw.columns[$0].role == .amount }
        var findings: [Finding] = []
        var drafts: [RowDraft] = []
        drafts.reserveCapacity(raw.rows.count)
        for rawRow in raw.rows {
            let number = drafts.count + 1
            let rawName = labelColumn.map { cell(rawRow, $0) } ?? ""
            let name = NameNormalizer.normalize(rawName)
            let classified = RowClassifier.classify(name)
            let rawAmounts = amountIndices.map { cell(rawRow, $0) }
            var amounts: [Amount?] = []
            for (column, text) in zip(amountIndices, rawAmounts) {
                let header = raw.columns[column].name
                switch AmountParser.parse(text) {
                case let .amount(amount):
                    amounts.append(amount)
                    if amount.value < 0 {
                        findings.append(Finding(.negativeAmount, table: raw.index, row: number, page: rawRow.page,
                                                name: name, column: header, stated: amount.value,
                                                [.text: amount.text]))
                    }
                case .empty:
                    amounts.append(nil)
                case let .invalid(reason):
                    amounts.append(nil)
                    findings.append(Finding(.invalidAmount, table: raw.index, row: number, page: rawRow.page,
                                            name: name, column: header, [.text: text, .reason: reason]))
                }
            }
            // A row with a label and nothing at all in its amount cells heads a group.
            let blankAmounts = rawAmounts.allSatisfy { NameNormalizer.normalize($0).isEmpty }
            let level: RowLevel = classified.level == .item && blankAmounts && !name.isEmpty ? .group : classified.level
            drafts.append(RowDraft(
                number: number, page: rawRow.page, level: level, rawName: rawName, name: name,
                namedRegion: classified.region, amounts: amounts, rawAmounts: rawAmounts,
                remark: remarkColumn.map { NameNormalizer.normalizeText(cell(rawRow, $0)) } ?? ""))
        }
        return (drafts, findings)
    }

    /// The cell of `column`, "" when the row is shorter than the header.
    private static func cell(_ row: RawTableRow, _ column: Int) -> String {
        row.cells.indices.contains(column) ? row.cells[column] : ""
    }
}
