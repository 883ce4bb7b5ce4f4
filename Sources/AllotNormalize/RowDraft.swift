import AllotModel
import AllotText

/// What one raw row says by itself, before the table around it is known: its label, level and
/// exact amounts. The normalize stage places drafts in the hierarchy and codes their regions,
/// then builds each `AllocationRow` once.
struct RowDraft: Sendable {
    /// 1-based order among the table's data rows.
    let number: Int
    /// Page the row is printed on.
    let page: Int
    /// Level from the label (a labelled row without amounts is a group heading).
    let level: RowLevel
    /// The label as printed.
    let rawName: String
    /// The label normalized.
    let name: String
    /// The region the label names, nil when it does not say (合计, 小计).
    let namedRegion: String?
    /// Exact amounts, one per amount column.
    let amounts: [Amount?]
    /// Amount cells as printed.
    let rawAmounts: [String]
    /// Remark, normalized.
    let remark: String
    /// Classification code printed on the row (类 | 款 | 项 cells or in front of the label).
    var code: ClassificationCode? = nil
    /// The side of a two-sided table the row was read from (0 otherwise).
    var side: Int = 0
    /// Left edge of the label in em (`RawTableRow.labelIndent`), nil when not measured.
    var indent: Double? = nil
    /// Right edge of the label's first line in em (`RawTableRow.labelEnd`), nil when not measured.
    var labelEnd: Double? = nil
    /// 1-based row of the raw table the row was read from (both halves of a two-sided table read one).
    var printedRow: Int = 0

    /// The same row at another level (a row with parts is a subtotal).
    func at(_ level: RowLevel) -> RowDraft {
        RowDraft(number: number, page: page, level: level, rawName: rawName, name: name, namedRegion: namedRegion,
                 amounts: amounts, rawAmounts: rawAmounts, remark: remark, code: code, side: side, indent: indent,
                 labelEnd: labelEnd, printedRow: printedRow)
    }
}
