import AllotModel

/// Compares two editions of the same notice cell by cell (the PDF and its HTML page, or any two files): a portal transcription
/// error is exactly what users need flagged. Each disagreement is a `source_mismatch` finding on
/// the PDF's row, with both values.
public enum SourceComparer {
    /// One amount cell keyed by table, row label and column.
    struct Key: Hashable, Comparable {
        var table: Int
        var name: String
        var column: String

        static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.table, lhs.name, lhs.column) < (rhs.table, rhs.name, rhs.column)
        }
    }

    /// The findings for every cell that differs or is missing on one side.
    public static func compare(pdf: Notice, html: Notice) -> [Finding] {
        let left = cells(pdf)
        let right = cells(html)
        var findings: [Finding] = []
        for key in Set(left.keys).union(right.keys).sorted() {
            let pdfCell = left[key]
            let htmlCell = right[key]
            guard pdfCell?.amount != htmlCell?.amount else { continue }
            let pdfText = text(pdfCell?.amount), htmlText = text(htmlCell?.amount)
            findings.append(Finding(.sourceMismatch, table: key.table, row: pdfCell?.row ?? 0, page: pdfCell?.page ?? 0,
                                    name: key.name, column: key.column,
                                    [.pdf: "\(label(pdf)) \(pdfText.en)", .html: "\(label(html)) \(htmlText.en)",
                                     .pdfZH: "\(label(pdf)) \(pdfText.zh)", .htmlZH: "\(label(html)) \(htmlText.zh)",
                                     .file: html.sourceFile]))
        }
        return findings
    }

    /// A side's cell as the message gives it (English, Chinese): its amount, empty, or no such row.
    private static func text(_ amount: String?) -> (en: String, zh: String) {
        guard let amount else { return ("no such row", "无此行") }
        return amount.isEmpty ? ("empty", "空") : (amount, amount)
    }

    /// PDF, HTML, XLSX …: the kind of the file a notice was read from.
    private static func label(_ notice: Notice) -> String {
        NoticeProcessor.kind(of: notice.sourceFile).uppercased()
    }

    private static func cells(_ notice: Notice) -> [Key: (amount: String, row: Int, page: Int)] {
        var result: [Key: (amount: String, row: Int, page: Int)] = [:]
        for table in notice.tables {
            for row in table.rows {
                for (index, column) in table.amountColumns.enumerated() {
                    let key = Key(table: table.index, name: row.name, column: column.name)
                    let amount = index < row.amounts.count ? row.amounts[index]?.text ?? "" : ""
                    if result[key] == nil { result[key] = (amount, row.number, row.page) }
                }
            }
        }
        return result
    }
}
