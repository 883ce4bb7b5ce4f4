import AllotModel
import AllotNormalize

/// Reads the official-document elements (GB/T 9704) from the body lines of a notice.
public struct MetadataParser: Sendable {
    /// Creates a parser.
    public init() {}

    /// The metadata found in the lines; fields not found stay empty.
    public func parse(_ lines: [TextLine]) -> NoticeMetadata {
        var metadata = NoticeMetadata()
        let texts = lines.map(\.compact)
        for (index, text) in texts.enumerated() {
            if metadata.issuer.isEmpty, let match = text.wholeMatch(of: /(.{2,30}?)文件/) {
                metadata.issuer = String(match.1)
            }
            if metadata.docNumber.isEmpty, let number = DocNumber.find(in: text) {
                metadata.docNumber = number
                metadata.title = title(after: index, in: texts)
            }
            if let date = IssueDate.find(in: text) { metadata.date = date }
        }
        return metadata
    }

    /// The title: the lines after the doc number up to the one ending in 通知/决定/意见/批复/函.
    private func title(after index: Int, in texts: [String]) -> String {
        var parts: [String] = []
        for text in texts.dropFirst(index + 1).prefix(4) {
            parts.append(text)
            if text.hasSuffix("通知") || text.hasSuffix("决定") || text.hasSuffix("意见") || text.hasSuffix("批复")
                || text.hasSuffix("函") {
                return parts.joined()
            }
        }
        return ""
    }
}

/// Document numbers (发文字号) in their official form: 晋乡振发〔2022〕125号.
public enum DocNumber {
    /// The first document number in the text, normalized, or nil.
    public static func find(in text: String) -> String? {
        let compact = NameNormalizer.normalize(text)
        guard let match = compact.firstMatch(of: /(\p{Han}{1,10})[〔\[【(（]((?:19|20)\d{2})[〕\]】)）]0*(\d{1,5})号/)
        else { return nil }
        return "\(match.1)〔\(match.2)〕\(match.3)号"
    }
}

/// Dates of issue, written with Arabic or Chinese numerals, as ISO 8601.
public enum IssueDate {
    /// The date on a line that holds only a date, or nil.
    public static func find(in text: String) -> String? {
        if let match = text.wholeMatch(of: /((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日/),
           let month = Int(match.2), let day = Int(match.3) {
            return format(year: String(match.1), month: month, day: day)
        }
        if let match = text.wholeMatch(of: /([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/) {
            let year = String(match.1.map { digit(of: $0) ?? "?" })
            guard let month = chineseNumber(String(match.2)), let day = chineseNumber(String(match.3)) else {
                return nil
            }
            return format(year: year, month: month, day: day)
        }
        return nil
    }

    private static func format(year: String, month: Int, day: Int) -> String? {
        guard (1...12).contains(month), (1...31).contains(day), year.allSatisfy(\.isNumber) else { return nil }
        let mm = month < 10 ? "0\(month)" : "\(month)"
        let dd = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(mm)-\(dd)"
    }

    private static let digits: [Character: Character] = [
        "〇": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9",
    ]

    private static func digit(of character: Character) -> Character? { digits[character] }

    /// 一 … 三十一.
    static func chineseNumber(_ text: String) -> Int? {
        let values: [Character: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        if text == "十" { return 10 }
        let parts = text.split(separator: "十", omittingEmptySubsequences: false)
        switch parts.count {
        case 1:
            return text.count == 1 ? text.first.flatMap { values[$0] } : nil
        case 2:
            let tens = parts[0].isEmpty ? 1 : parts[0].first.flatMap { values[$0] }
            let ones = parts[1].isEmpty ? 0 : parts[1].first.flatMap { values[$0] }
            guard let tens, let ones, parts[0].count <= 1, parts[1].count <= 1 else { return nil }
            return tens * 10 + ones
        default:
            return nil
        }
    }
}

extension TextLine {
    /// The line's text with all whitespace removed and normalized, for comparisons.
    var compact: String { NameNormalizer.normalize(cells.map(\.text).joined()) }
}
