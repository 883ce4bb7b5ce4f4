import AllotText

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

    /// Reads a table title; nil when it states no year. By hand (see `Cursor`): the first match of
    /// `((?:19|20)\d{2})年度?(.*)`, then from the name a leading `^[(（]?第[一二三四五六七八九十\d]{1,3}批[)）]?`
    /// and, when it does not name a 资金, a trailing `(?:分配|计划|安排|明细|汇总|测算)?(?:一览表|表|清单|方案)$`.
    public init?(title: String) {
        let compact = NameNormalizer.normalizeText(title).filter { !$0.isWhitespace }
        guard let (year, rest) = Self.yearAndRest(compact) else { return nil }
        self.year = String(year)
        var name = Self.droppingBatch(String(rest))
        if let end = name.ranges(of: "资金").last?.upperBound {
            name = String(name[..<end])
        } else {
            name = Self.droppingTableWord(name)
        }
        self.name = name
    }

    /// The year and what follows 年 or 年度 up to the end of the line.
    private static func yearAndRest(_ text: String) -> (Substring, Substring)? {
        var start = text.startIndex
        while start < text.endIndex {
            var cursor = Cursor(text, at: start)
            let century = cursor.take("1") ? cursor.take("9") : cursor.take("2") && cursor.take("0")
            if century, cursor.takeRun(upTo: 2, where: \.isNumber) == 2 {
                let year = text[start..<cursor.index]
                if cursor.take("年") {
                    _ = cursor.take("度")
                    let restStart = cursor.index
                    let restEnd = text[restStart...].firstIndex(where: \.isNewline) ?? text.endIndex
                    return (year, text[restStart..<restEnd])
                }
            }
            start = text.index(after: start)
        }
        return nil
    }

    /// The name without a leading batch number: 第二批, （第一批）.
    private static func droppingBatch(_ name: String) -> String {
        var cursor = Cursor(name)
        _ = cursor.take(where: { openingBrackets.contains($0.literal) })
        guard cursor.take("第"),
              (1...3).contains(cursor.takeRun(upTo: 4, where: { $0.isNumber || batchNumerals.contains($0.literal) })),
              cursor.take("批") else { return name }
        _ = cursor.take(where: { closingBrackets.contains($0.literal) })
        return String(name[cursor.index...])
    }

    /// The name without a trailing table word (表, 清单, 分配表, 计划一览表…).
    private static func droppingTableWord(_ name: String) -> String {
        var start = name.startIndex
        while start < name.endIndex {
            var cursor = Cursor(name, at: start)
            var probe = cursor
            if planWords.contains(where: { probe.take(word: $0) }), tableWords.contains(where: { probe.take(word: $0) }),
               probe.isAtEnd {
                return String(name[..<start])
            }
            if tableWords.contains(where: { cursor.take(word: $0) }), cursor.isAtEnd {
                return String(name[..<start])
            }
            start = name.index(after: start)
        }
        return name
    }

    private static let openingBrackets = literals("(（")
    private static let closingBrackets = literals(")）")
    private static let batchNumerals = literals("一二三四五六七八九十")
    private static let planWords = ["分配", "计划", "安排", "明细", "汇总", "测算"]
    private static let tableWords = ["一览表", "表", "清单", "方案"]

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
