import AllotNormalize

/// The fund a table title names: 提前下达2023年中央财政衔接推进乡村振兴补助资金计划表 → 2023,
/// 中央财政衔接推进乡村振兴补助资金.
public struct FundTitle: Hashable, Sendable {
    /// The fund year (2023).
    public var year: String
    /// The fund name, empty when the title names none after the year.
    public var name: String

    /// Creates a fund from its parts.
    public init(year: String, name: String) {
        self.year = year
        self.name = name
    }

    /// Reads a table title; nil when it states no year.
    public init?(title: String) {
        let compact = NameNormalizer.normalizeText(title).filter { !$0.isWhitespace }
        guard let match = compact.firstMatch(of: /((?:19|20)\d{2})年度?(.*)/) else { return nil }
        year = String(match.1)
        var name = String(match.2).replacing(/^[(（]?第[一二三四五六七八九十\d]{1,3}批[)）]?/, with: "")
        if let end = name.ranges(of: "资金").last?.upperBound {
            name = String(name[..<end])
        } else {
            name = name.replacing(/(?:分配|计划|安排|明细|汇总|测算)?(?:一览表|表|清单|方案)$/, with: "")
        }
        self.name = name
    }

    /// The fund years and names of a notice's tables, distinct values joined by 、 in table order.
    static func combined(_ titles: [String]) -> (year: String, name: String) {
        let funds = titles.compactMap(FundTitle.init(title:))
        return (distinct(funds.map(\.year)), distinct(funds.map(\.name)))
    }

    private static func distinct(_ values: [String]) -> String {
        var seen: Set<String> = []
        return values.filter { !$0.isEmpty && seen.insert($0).inserted }.joined(separator: AgencyNames.separator)
    }
}
