import AllotModel
import AllotNormalize

/// Header vocabulary and furniture patterns. They mirror `TableSettings`, `HeaderParser.role(of:)`
/// and `Furniture` in AllotTables, which AllotHTML cannot import; both belong in one shared place.
public struct TableWords: Sendable, Hashable {
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

    /// The role of a column from its normalized header text.
    func role(of name: String) -> ColumnRole {
        if otherHeaderWords.contains(where: { name.contains($0) }) { return .other }
        if remarkHeaderWords.contains(where: { name.contains($0) }) { return .remark }
        if labelHeaderWords.contains(where: { name.contains($0) }) { return .label }
        return .amount
    }

    /// True when header texts look like an allocation table's: an amount word, and a label,
    /// remark or other word (or at least three columns).
    func isAllocationHeader(_ texts: [String], columnCount: Int) -> Bool {
        let hasAmountWord = texts.contains { text in amountHeaderWords.contains { text.contains($0) } }
        let hasLabelWord = texts.contains { text in labelHeaderWords.contains { text.contains($0) } }
        let hasOtherWord = texts.contains { text in
            (remarkHeaderWords + otherHeaderWords).contains { text.contains($0) }
        }
        return hasAmountWord && (hasLabelWord || hasOtherWord || columnCount >= 3)
    }

    /// The unit named by a unit line ("单位：万元" → "万元"), nil when the text is not one.
    static func unit(_ compact: String) -> String? {
        guard let match = compact.wholeMatch(of: /[(（]?(?:金额)?单位[:：](.{1,8}?)[)）]?/) else { return nil }
        return String(match.1)
    }

    /// A line that ends in a unit ("…分配表单位:万元"), split into the text before it and the unit.
    static func trailingUnit(_ compact: String) -> (rest: String, unit: String)? {
        guard let match = compact.firstMatch(of: /[(（]?(?:金额)?单位[:：](万元|元|亿元|千元)[)）]?$/),
              match.range.lowerBound > compact.startIndex else { return nil }
        return (String(compact[..<match.range.lowerBound]), String(match.1))
    }

    /// The attachment label alone on its line ("附件", "附件1", "附件2：", "附件一"), nil otherwise.
    static func attachmentLabel(_ compact: String) -> String? {
        guard let match = compact.wholeMatch(of: /(附件[0-9一二三四五六七八九十]{0,3})[:：]?/) else { return nil }
        return String(match.1)
    }

    /// A unit stated in a header cell ("中央资金（万元）" → "万元").
    static func unitInHeader(_ compact: String) -> String? {
        guard let match = compact.firstMatch(of: /[(（](万元|元|亿元|千元)[)）]/) else { return nil }
        return String(match.1)
    }

    /// The header text without a trailing unit in brackets.
    static func strippingUnit(_ compact: String) -> String {
        compact.replacing(/[(（](万元|元|亿元|千元)[)）]$/, with: "")
    }

    /// True when a cell holds a number (not a dash, not text).
    static func isAmount(_ text: String) -> Bool {
        if case .amount = AmountParser.parse(text) { return true }
        return false
    }
}
