/// Chinese numerals as written in dates and titles: digit by digit for years (二〇二二),
/// positional for months, days and ordinals (十二, 二十六, 三十一, 第十二批).
public enum ChineseNumeral {
    /// Digit values; 〇 (U+3007), ○ (U+25CB, a common stand-in), 零 and a Latin O all mean zero.
    public static let digits: [Character: Int] = [
        "〇": 0, "○": 0, "零": 0, "O": 0, "o": 0, "0": 0,
        "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    /// The value `digits` gives the ideograph among its keys in the CJK Unified Ideographs block
    /// (零 一 … 九), nil for any other scalar.
    public static func ideographDigit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "零": 0
        case "一": 1
        case "二": 2
        case "三": 3
        case "四": 4
        case "五": 5
        case "六": 6
        case "七": 7
        case "八": 8
        case "九": 9
        default: nil
        }
    }

    /// A year written digit by digit (二〇二二 → 2022; 2022 stays), nil unless every character is a digit.
    public static func digitString(_ text: Substring) -> String? {
        var result = ""
        for character in text {
            guard let value = digits[character] ?? (character.isASCII ? character.wholeNumberValue : nil)
            else { return nil }
            result += String(value)
        }
        return result.isEmpty ? nil : result
    }

    /// A number from 1 to 99 written positionally: 六, 十, 十二, 二十, 二十六, 廿六, 卅一; nil otherwise.
    public static func value(_ text: Substring) -> Int? {
        let expanded = text.replacing("廿", with: "二十").replacing("卅", with: "三十")
        let parts = expanded.split(separator: "十", omittingEmptySubsequences: false)
        switch parts.count {
        case 1:
            return single(parts[0])
        case 2:
            let tens = parts[0].isEmpty ? 1 : single(parts[0])
            let ones = parts[1].isEmpty ? 0 : single(parts[1])
            guard let tens, let ones, tens > 0 else { return nil }
            return tens * 10 + ones
        default:
            return nil
        }
    }

    /// One digit from 一 to 九 (zero is never written in a month or day).
    private static func single(_ text: Substring) -> Int? {
        guard text.count == 1, let value = text.first.flatMap({ digits[$0] }), value > 0 else { return nil }
        return value
    }
}
