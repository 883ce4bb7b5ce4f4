import AllotModel

/// The notes a workbook reader gives about one sheet, the same whichever format it was read from
/// (xlsx, xls): a hidden sheet left out, hidden rows and columns left out of its table, number
/// cells shown with fewer decimals than stored, formula results not vouched for.
enum SheetNotes {
    /// A sheet left out because its state (`hidden`, `veryHidden`) hides it.
    static func hiddenSheet(_ name: String, state: String) -> Finding {
        Finding(.hiddenSkipped, table: 0, page: 1, [.subject: name, .reason: "\(state), left out",
                                                    .reasonZH: "已隐藏（\(state)），未读入"])
    }

    /// The sheet's hidden rows and columns that were left out of its table; nil when none.
    static func hiddenParts(_ name: String, rows: Int, columns: Int) -> Finding? {
        guard rows > 0 || columns > 0 else { return nil }
        return Finding(.hiddenSkipped, table: 0, page: 1, [
            .subject: name,
            .reason: "\(rows) hidden row(s) and \(columns) hidden column(s) left out of the table",
            .reasonZH: "\(rows) 个隐藏行和 \(columns) 个隐藏列未读入表格",
        ])
    }

    /// Number cells whose format shows fewer decimals than stored; nil when none.
    static func displayRounded(_ name: String, count: Int) -> Finding? {
        guard count > 0 else { return nil }
        return Finding(.displayRounded, table: 0, page: 1, [.subject: name, .text: String(count)])
    }

    /// Formula results the file does not vouch for (`StaleFormulas`): how many, why, and what was
    /// taken instead.
    static func formulaUncomputed(_ name: String, count: Int, reasons: [StaleFormulas.Reason],
                                  other: StaleFormulas.Reason) -> Finding {
        Finding(.formulaUncomputed, table: 0, page: 1, [
            .subject: name, .text: String(count),
            .reason: reasons.map(\.en).joined(separator: "; "), .reasonZH: reasons.map(\.zh).joined(separator: "；"),
            .other: other.en, .otherZH: other.zh,
        ])
    }
}
