import AllotModel

/// The words of allocation-table headers, shared by the PDF and HTML table readers: which header
/// names an amount, the row label, a remark or a column to leave out.
public struct TableVocabulary: Sendable, Hashable {
    /// Words that mark an amount column header.
    public var amountHeaderWords: [String] = [
        "资金", "金额", "合计", "小计", "补助", "预算", "指标", "中央", "省级", "市级", "县级", "万元", "金", "数",
        "总额", "额度", "计划", "拨款", "下达", "安排",
    ]
    /// Words that mark the row-label column header.
    public var labelHeaderWords: [String] = [
        "市县", "地区", "县区", "区县", "单位", "名称", "地市", "市州", "县(市、区)", "县（市、区）", "项目", "地方",
        "市别", "县别", "市名", "县名",
    ]
    /// Words that mark a remark column header.
    public var remarkHeaderWords: [String] = ["备注", "说明", "附注"]
    /// Words that mark a column to leave out of the dataset.
    public var otherHeaderWords: [String] = ["序号", "编号", "代码"]
    /// Labels that total a group; under a spanning prefecture cell they name its subtotal.
    public var sumLabels: Set<String> = ["小计", "合计", "总计", "共计"]

    /// The defaults.
    public init() {}

    /// Every header word, for recognizing a header line (其中 introduces sub-columns).
    public var allHeaderWords: [String] {
        amountHeaderWords + labelHeaderWords + remarkHeaderWords + otherHeaderWords + ["其中"]
    }

    /// The role of a column from its normalized header text.
    public func role(of name: String) -> ColumnRole {
        if otherHeaderWords.contains(where: { name.contains($0) }) { return .other }
        if remarkHeaderWords.contains(where: { name.contains($0) }) { return .remark }
        if labelHeaderWords.contains(where: { name.contains($0) }) { return .label }
        return .amount
    }

    /// True when header texts look like an allocation table's: an amount word, and a label,
    /// remark or other word (or at least three columns).
    public func isAllocationHeader(_ texts: [String], columnCount: Int) -> Bool {
        let hasAmountWord = texts.contains { text in amountHeaderWords.contains { text.contains($0) } }
        let hasLabelWord = texts.contains { text in labelHeaderWords.contains { text.contains($0) } }
        let hasOtherWord = texts.contains { text in
            (remarkHeaderWords + otherHeaderWords).contains { text.contains($0) }
        }
        return hasAmountWord && (hasLabelWord || hasOtherWord || columnCount >= 3)
    }
}
