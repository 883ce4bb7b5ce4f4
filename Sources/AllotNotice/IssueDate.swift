import AllotText

/// Dates of issue (成文日期), written with Arabic or Chinese numerals, as ISO 8601.
///
/// The two forms, matched by hand (see `Cursor` for how the patterns are read):
///
///     arabic:  ((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日
///     chinese: ([〇○零Oo0一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十廿卅]{1,3})日
public enum IssueDate {
    /// The date a whole line states (2022年12月6日, 二〇二二年十二月六日), ISO 8601; nil when the
    /// line holds anything else or the date does not exist.
    public static func find(in text: String) -> String? {
        find(compact: NameNormalizer.normalize(text))
    }

    /// `find(in:)` for a line already normalized (`NoticeLines.text`).
    static func find(compact: String) -> String? {
        guard compact.last?.literal == 0x65E5 else { return nil }   // 日
        for form in Form.allCases {
            if let parts = match(form, in: compact, at: compact.startIndex), parts.end == compact.endIndex {
                return iso(parts.output(in: compact))
            }
        }
        return nil
    }

    /// The first date anywhere in the text, ISO 8601 (for print lines: …2022年12月7日印发).
    public static func first(in text: String) -> (iso: String, range: Range<String.Index>)? {
        for form in Form.allCases {
            var start = text.startIndex
            while start < text.endIndex {
                if let parts = match(form, in: text, at: start) {
                    if let iso = iso(parts.output(in: text)) { return (iso, start..<parts.end) }
                    start = parts.end
                } else {
                    start = text.index(after: start)
                }
            }
        }
        return nil
    }

    private enum Form: CaseIterable {
        case arabic, chinese
    }

    /// The year, month and day of a date matched at `start`, and its end.
    private struct Parts {
        var start, yearEnd, monthStart, monthEnd, dayStart, dayEnd, end: String.Index

        func output(in text: String) -> (Substring, Substring, Substring, Substring) {
            (text[start..<end], text[start..<yearEnd], text[monthStart..<monthEnd], text[dayStart..<dayEnd])
        }
    }

    private static func match(_ form: Form, in text: String, at start: String.Index) -> Parts? {
        var cursor = Cursor(text, at: start)
        switch form {
        case .arabic:
            let century = cursor.take("1") ? cursor.take("9") : cursor.take("2") && cursor.take("0")
            guard century, cursor.takeRun(upTo: 2, where: \.isNumber) == 2 else { return nil }
        case .chinese:
            guard cursor.takeRun(upTo: 4, where: { chineseYearDigits.contains($0.literal) }) == 4 else { return nil }
        }
        let yearEnd = cursor.index
        guard cursor.take("年") else { return nil }
        let monthStart = cursor.index
        guard number(form, of: chineseMonthDigits, at: &cursor) else { return nil }
        let monthEnd = cursor.index
        guard cursor.take("月") else { return nil }
        let dayStart = cursor.index
        guard number(form, of: chineseDayDigits, at: &cursor) else { return nil }
        let dayEnd = cursor.index
        guard cursor.take("日") else { return nil }
        return Parts(start: start, yearEnd: yearEnd, monthStart: monthStart, monthEnd: monthEnd,
                     dayStart: dayStart, dayEnd: dayEnd, end: cursor.index)
    }

    /// `\d{1,2}` (Arabic) or `[digits]{1,3}` (Chinese) before a character that is no such digit: as
    /// the regex backtracks, a longer run of digits cannot match.
    private static func number(_ form: Form, of digits: LiteralSet, at cursor: inout Cursor<String>) -> Bool {
        switch form {
        case .arabic: (1...2).contains(cursor.takeRun(upTo: 3, where: \.isNumber))
        case .chinese: (1...3).contains(cursor.takeRun(upTo: 4, where: { digits.contains($0.literal) }))
        }
    }

    private static let chineseYearDigits = literals("〇○零Oo0一二三四五六七八九")
    private static let chineseMonthDigits = literals("一二三四五六七八九十")
    private static let chineseDayDigits = literals("一二三四五六七八九十廿卅")

    /// The ISO form of a matched year, month and day, nil when the date does not exist.
    private static func iso(_ parts: (Substring, Substring, Substring, Substring)) -> String? {
        guard let yearText = ChineseNumeral.digitString(parts.1), let year = Int(yearText),
              let month = Int(parts.2) ?? ChineseNumeral.value(parts.2),
              let day = Int(parts.3) ?? ChineseNumeral.value(parts.3),
              (1900...2099).contains(year), (1...12).contains(month),
              (1...daysIn(month: month, year: year)).contains(day) else { return nil }
        return "\(yearText)-\(twoDigits(month))-\(twoDigits(day))"
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
