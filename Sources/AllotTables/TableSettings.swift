/// Tolerances and vocabulary of the table stage. Distances are in font-size units (em).
public struct TableSettings: Sendable, Hashable {
    /// Header lines of one header block lie within this many em of each other, top to top.
    public var headerBlockGap: Double = 3.0
    /// A line holding only a label or a remark joins a row whose centre is within this many em.
    public var wrapDistance: Double = 1.3
    /// ... and only when it is at most this share of the distance to the row on its other side.
    public var wrapDominance: Double = 0.75
    /// Title lines above a header lie within this many em of each other.
    public var titleLineGap: Double = 2.5
    /// At most this many lines above the header make up the title.
    public var maxTitleLines: Int = 3
    /// A header line has at most this many characters (longer lines are prose).
    public var maxHeaderLength: Int = 60
    /// A header cell has at most this many characters.
    public var maxHeaderCellLength: Int = 16

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

    /// The defaults.
    public init() {}
}
