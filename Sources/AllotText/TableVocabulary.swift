import AllotModel

/// The words of allocation-table headers, shared by the PDF and HTML table readers: which header
/// names an amount, the row label, a remark or a column to leave out.
public struct TableVocabulary: Sendable, Hashable {
    /// Words that mark an amount column header.
    public var amountHeaderWords: [String] = [
        "资金", "金额", "合计", "小计", "补助", "预算", "指标", "中央", "省级", "市级", "县级", "万元", "金", "数",
        "总额", "额度", "计划", "拨款", "下达", "安排",
    ] {
        didSet { joinHeaderWords() }
    }
    /// Endings that make a header an amount even when it holds a label word (项目支出, 单位经营收入).
    public var amountHeaderEndings: [String] = ["支出", "收入", "经费", "资金", "金额", "拨款", "预算数", "决算数", "合计", "小计"]
    /// Words that mark the row-label column header.
    public var labelHeaderWords: [String] = [
        "市县", "地区", "县区", "区县", "单位", "名称", "地市", "市州", "县(市、区)", "县（市、区）", "项目", "地方",
        "市别", "县别", "市名", "县名", "科目",
    ] {
        didSet { joinHeaderWords() }
    }
    /// Words that mark a remark column header.
    public var remarkHeaderWords: [String] = ["备注", "说明", "附注"] {
        didSet { joinHeaderWords() }
    }
    /// Words that mark a column to leave out of the dataset.
    public var otherHeaderWords: [String] = [] {
        didSet { joinHeaderWords() }
    }
    /// Words that mark a code column (科目编码, 类 | 款 | 项, 项目代码, 序号): the row's code, never summed.
    public var codeHeaderWords: [String] = ["序号", "编号", "代码", "编码", "类款项", "类款", "科目代码"] {
        didSet { joinHeaderWords() }
    }
    /// Words that mark a percentage or ratio column (占比, 增长%): never summed.
    public var percentageHeaderWords: [String] = ["%", "％", "占比", "比例", "比重", "增长率", "增幅", "增减率", "完成率", "执行率"] {
        didSet { joinHeaderWords() }
    }
    /// Words that mark a count column (人数, 个数).
    public var countHeaderWords: [String] = ["人数", "个数", "户数", "数量", "(人)", "(个)", "(户)"] {
        didSet { joinHeaderWords() }
    }
    /// Words that mark a date column.
    public var dateHeaderWords: [String] = ["日期", "时间", "年月"] {
        didSet { joinHeaderWords() }
    }
    /// Words that mark a free-text column other than the label (实施单位, 建设内容).
    public var textHeaderWords: [String] = ["实施单位", "主管部门", "建设内容", "项目内容", "绩效目标", "用途", "依据"] {
        didSet { joinHeaderWords() }
    }
    /// Labels that total a group; under a spanning prefecture cell they name its subtotal.
    public var sumLabels: Set<String> = ["小计", "合计", "总计", "共计"]

    /// Every header word, for recognizing a header line (其中 introduces sub-columns): the lists
    /// above joined when one changes, not on each ask (header cells ask one after another).
    public private(set) var allHeaderWords: [String] = []

    /// The defaults.
    public init() {
        joinHeaderWords()
    }

    private mutating func joinHeaderWords() {
        allHeaderWords = amountHeaderWords + labelHeaderWords + remarkHeaderWords + otherHeaderWords + codeHeaderWords
            + percentageHeaderWords + countHeaderWords + dateHeaderWords + textHeaderWords + ["其中"]
    }

    /// True when a header cell's text is a header word or an amount name (事业收入, 项目支出); a
    /// list-numbered label (一、一般公共服务支出) is a row, not a header.
    public func isHeaderText(_ text: String) -> Bool {
        if text.containsAny(scalarsOf: allHeaderWords) { return true }
        return amountHeaderEndings.contains { PlainSearch.hasSuffix(text, $0) } && ListNumbering.of(text) == nil
    }

    /// The role of a column from its normalized header text.
    public func role(of name: String) -> ColumnRole {
        if name.containsAny(scalarsOf: otherHeaderWords) { return .other }
        if name.containsAny(scalarsOf: codeHeaderWords) || ["类", "款", "项"].contains(name) { return .code }
        if name.containsAny(scalarsOf: percentageHeaderWords) { return .percentage }
        if name.containsAny(scalarsOf: remarkHeaderWords) { return .remark }
        if name.containsAny(scalarsOf: dateHeaderWords) { return .date }
        if name.containsAny(scalarsOf: textHeaderWords) { return .text }
        if amountHeaderEndings.contains(where: { PlainSearch.hasSuffix(name, $0) }) { return .amount }
        // 项目名称 and 单位名称 are labels even though 名称/单位 could head other things.
        if name.containsAny(scalarsOf: labelHeaderWords) { return .label }
        if name.containsAny(scalarsOf: countHeaderWords) { return .count }
        return .amount
    }

    /// True when header texts look like an allocation table's: an amount word, and a label,
    /// remark or other word (or at least three columns).
    public func isAllocationHeader(_ texts: [String], columnCount: Int) -> Bool {
        let hasAmountWord = texts.contains { $0.containsAny(scalarsOf: amountHeaderWords) }
        let hasLabelWord = texts.contains { $0.containsAny(scalarsOf: labelHeaderWords) }
        let otherWords = remarkHeaderWords + otherHeaderWords + codeHeaderWords
        let hasOtherWord = texts.contains { $0.containsAny(scalarsOf: otherWords) }
        return hasAmountWord && (hasLabelWord || hasOtherWord || columnCount >= 3)
    }
}
