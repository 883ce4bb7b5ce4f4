import AllotModel
import AllotNormalize
import Foundation

/// Turns a raw table into an allocation table: normalized names, exact amounts, row levels and
/// the hierarchy (each item under its subtotal, each subtotal under the total).
public struct AllocationBuilder: Sendable {
    /// Creates a builder.
    public init() {}

    /// The normalized table and the findings about cells that are not amounts.
    public func build(_ raw: RawTable) -> (table: AllocationTable, findings: [Finding]) {
        let labelColumn = raw.columns.firstIndex { $0.role == .label }
        let remarkColumn = raw.columns.firstIndex { $0.role == .remark }
        let amountIndices = raw.columns.indices.filter { raw.columns[$0].role == .amount }
        var findings: [Finding] = []
        var rows: [AllocationRow] = []
        for rawRow in raw.rows {
            let number = rows.count + 1
            let rawName = labelColumn.map { rawRow.cells[$0] } ?? ""
            let name = NameNormalizer.normalize(rawName)
            let classified = RowClassifier.classify(name)
            var amounts: [Amount?] = []
            for column in amountIndices {
                let text = rawRow.cells[column]
                switch AmountParser.parse(text) {
                case let .amount(amount):
                    amounts.append(amount)
                    if amount.value < 0 {
                        findings.append(Finding(table: raw.index, row: number, page: rawRow.page, name: name,
                                                column: raw.columns[column].name, check: "negative_amount",
                                                stated: amount.value, message: "negative amount \(amount.text)"))
                    }
                case .empty:
                    amounts.append(nil)
                case let .invalid(reason):
                    amounts.append(nil)
                    findings.append(Finding(table: raw.index, row: number, page: rawRow.page, name: name,
                                            column: raw.columns[column].name, check: "invalid_amount",
                                            message: "not an amount: \"\(text)\" (\(reason))"))
                }
            }
            // A row with a label and nothing at all in its amount cells heads a group.
            let blankAmounts = amountIndices.allSatisfy { NameNormalizer.normalize(rawRow.cells[$0]).isEmpty }
            let level: RowLevel = classified.level == .item && blankAmounts && !name.isEmpty ? .group : classified.level
            rows.append(AllocationRow(
                number: number, page: rawRow.page, level: level, rawName: rawName, name: name,
                region: classified.region ?? "", amounts: amounts,
                rawAmounts: amountIndices.map { rawRow.cells[$0] },
                remark: remarkColumn.map { NameNormalizer.normalizeText(rawRow.cells[$0]) } ?? ""))
        }
        Hierarchy.link(&rows)
        let table = AllocationTable(index: raw.index, title: raw.title, unit: raw.unit, attachment: raw.attachment,
                                    amountColumns: amountIndices.map { raw.columns[$0] }, rows: rows)
        return (table, findings)
    }
}
