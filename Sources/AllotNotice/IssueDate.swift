import AllotNormalize

/// Dates of issue (成文日期), written with Arabic or Chinese numerals, as ISO 8601.
public enum IssueDate {
    /// The date a whole line states (2022年12月6日, 二〇二二年十二月六日), ISO 8601; nil when the
    /// line holds anything else or the date does not exist.
    public static func find(in text: String) -> String? {
        let compact = NameNormalizer.normalize(text)
        if let match = compact.wholeMatch(of: arabic) { return iso(match.output) }
        if let match = compact.wholeMatch(of: chinese) { return iso(match.output) }
        return nil
    }

    /// The first date anywhere in the text, ISO 8601 (for print lines: …2022年12月7日印发).
    public static func first(in text: String) -> (iso: String, range: Range<String.Index>)? {
        for match in text.matches(of: arabic) {
            if let iso = iso(match.output) { return (iso, match.range) }
        }
        for match in text.matches(of: chinese) {
            if let iso = iso(match.output) { return (iso, match.range) }
        }
        return nil
    }

    private static var arabic: Regex<(Substring, Substring, Substring, Substring)> {
        /((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日/
    }

    private static var chinese: Regex<(Substring, Substring, Substring, Substring)> {
        /([〇○零Oo0一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十廿卅]{1,3})日/
    }

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
