import AllotModel

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
}
