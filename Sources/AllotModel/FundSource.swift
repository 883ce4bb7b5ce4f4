/// Whose money an amount column holds, read from its header path: the normalized fund source the
/// dataset puts beside the printed column path. The raw value is the stable English identifier.
public enum FundSource: String, Sendable, Hashable, CaseIterable {
    /// 中央 (central government funds).
    case central
    /// 省级 (provincial funds).
    case provincial
    /// 市级 (prefecture or city funds).
    case municipal
    /// 县级 (county or district funds).
    case county
    /// 合计 (a total over sources).
    case total
    /// Anything else (a year, a project, a budget line).
    case other

    /// The Chinese label (中央, 省级, 市级, 县级, 合计, 其他).
    public var labelZH: String {
        switch self {
        case .central: "中央"
        case .provincial: "省级"
        case .municipal: "市级"
        case .county: "县级"
        case .total: "合计"
        case .other: "其他"
        }
    }

    /// Header words naming a government level, most specific first within each level. A bare 省 or
    /// 市 is not enough (太原市, 城市建设 name places and purposes, not whose money it is).
    static let levelWords: [(FundSource, [String])] = [
        (.central, ["中央"]),
        (.provincial, ["省级", "省本级", "省财政", "省配套", "省补助", "自治区级", "自治区本级", "自治区财政"]),
        (.municipal, ["市级", "市本级", "市财政", "市配套", "州级", "州本级", "盟级"]),
        (.county, ["县级", "县本级", "县财政", "县配套", "区级", "区本级", "旗级"]),
    ]
    /// Header words of a total column.
    static let totalWords = ["合计", "总计", "小计", "共计", "总额"]

    /// The source of a column from its header path (outermost first): the level named nearest the
    /// leaf (中央资金 › 小计 is central money), else total when a header is a total (合计), else other.
    public init(path: [String]) {
        let headers = path.map { $0.filter { !$0.isWhitespace } }
        for header in headers.reversed() {
            // Foundation's `contains`, by bytes where the header is plain.
            if let (source, _) = Self.levelWords.first(where: { $0.1.contains { header.foundationContains($0) } }) {
                self = source
                return
            }
        }
        self = headers.contains { header in Self.totalWords.contains { header.foundationContains($0) } } ? .total : .other
    }
}

extension TableColumn {
    /// Whose money the column holds, from its header path.
    public var fundSource: FundSource { FundSource(path: path) }
}
