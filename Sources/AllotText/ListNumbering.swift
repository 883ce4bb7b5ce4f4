/// The list number in front of a row label, by style: 一、 / （一） / 1. or 1、 / (1) or ①.
/// Chinese documents nest them in this order, but a table may skip a style, so the depth of a style
/// is judged from the order the styles first appear in (see `RowHierarchy`).
public enum ListNumbering: Int, Sendable, Hashable, Comparable, CaseIterable {
    /// 一、 二、
    case chineseComma = 0
    /// （一） (二)
    case chineseParenthesized = 1
    /// 1. 2、 3．
    case arabicDot = 2
    /// (1) （2） ① ②
    case arabicParenthesized = 3

    /// Orders by the conventional nesting.
    public static func < (lhs: ListNumbering, rhs: ListNumbering) -> Bool { lhs.rawValue < rhs.rawValue }

    private static let chineseNumerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "〇", "零"]

    /// The numbering style of a label (normalized or raw), nil when it carries none. The number must
    /// be followed by text.
    /// (Lengths are asked as "is there more after k characters", never counted over the whole label:
    /// body lines are long.)
    public static func of(_ label: String) -> ListNumbering? {
        // Most labels and body lines start with a scalar no numbering starts with: told from that
        // scalar, without forming characters.
        guard let lead = label.unicodeScalars.first, mayStart(lead) else { return nil }
        return numbering(label)
    }

    /// False when a label starting with `scalar` has no numbering: a character starting with it is
    /// none of the characters `numbering` looks for first (a space, an opening parenthesis, ① … ⑳,
    /// a Chinese numeral, an ASCII digit) nor canonically equivalent to one (U+F9B2 and U+F9D1 are
    /// 零 and 六).
    static func mayStart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x3000, 0x28, 0xFF08, 0x30...0x39, 0x2460...0x2473, 0xF9B2, 0xF9D1,
             0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341, 0x3007, 0x96F6: true
        default: false
        }
    }

    /// `of(_:)` read character by character.
    static func numbering(_ label: String) -> ListNumbering? {
        let text = Substring(label.drop { $0 == " " || $0 == "\u{3000}" })
        guard let first = text.first else { return nil }
        if first == "(" || first == "（" {
            let inside = text.dropFirst().prefix { $0 != ")" && $0 != "）" }
            let after = text.dropFirst(inside.count + 2)
            guard !inside.isEmpty, inside.count <= 3, !text.dropFirst(inside.count + 1).isEmpty, !after.isEmpty else {
                return nil
            }
            if inside.allSatisfy({ chineseNumerals.contains($0) }) { return .chineseParenthesized }
            if inside.allSatisfy({ $0.isASCII && $0.isNumber }) { return .arabicParenthesized }
            return nil
        }
        if let scalar = first.unicodeScalars.first, (0x2460...0x2473).contains(scalar.value), !text.dropFirst().isEmpty {
            return .arabicParenthesized  // ① … ⑳
        }
        let chinese = text.prefix { chineseNumerals.contains($0) }
        if !chinese.isEmpty, chinese.count <= 3 {
            let rest = text.dropFirst(chinese.count)
            if rest.first == "、", !rest.dropFirst().isEmpty { return .chineseComma }
            return nil
        }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3 else { return nil }
        let rest = text.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == "、" || mark == "．", !rest.dropFirst().isEmpty,
              let next = rest.dropFirst().first, !(next.isASCII && next.isNumber) else { return nil }
        return .arabicDot
    }
}
