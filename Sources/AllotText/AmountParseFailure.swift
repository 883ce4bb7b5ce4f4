/// Why a printed cell is not an amount, in English and in Chinese (the `invalid_amount` and
/// `unplaced_text` findings' reason).
public enum AmountParseFailure: Hashable, Sendable {
    /// Whitespace between the digits ("1 234").
    case spaceInside
    /// A character that is no digit, separator or leading minus ("100万元" → 万).
    case unexpectedCharacter(Unicode.Scalar)
    /// "1.2.3".
    case moreThanOneDecimalPoint
    /// Nothing but a sign.
    case noDigits
    /// Thousands separators not three digits apart ("12,34", "1,,234").
    case misplacedThousandsSeparator
    /// ".5".
    case noDigitsBeforeDecimalPoint
    /// "5.".
    case noDigitsAfterDecimalPoint
    /// "1.234,5".
    case separatorAfterDecimalPoint
    /// More significant digits than an amount may have (`AmountParser.maximumDigits`).
    case tooManyDigits(maximum: Int)
    /// Digits that Foundation's Decimal does not read.
    case notANumber

    /// The reason in English, as findings.csv's `message` gives it.
    public var english: String {
        switch self {
        case .spaceInside: "space inside the number"
        case let .unexpectedCharacter(scalar): "unexpected character \"\(scalar)\""
        case .moreThanOneDecimalPoint: "more than one decimal point"
        case .noDigits: "no digits"
        case .misplacedThousandsSeparator: "misplaced thousands separator"
        case .noDigitsBeforeDecimalPoint: "no digits before the decimal point"
        case .noDigitsAfterDecimalPoint: "no digits after the decimal point"
        case .separatorAfterDecimalPoint: "separator after the decimal point"
        case let .tooManyDigits(maximum): "too many digits (more than \(maximum))"
        case .notANumber: "not a number"
        }
    }

    /// The reason in Chinese, as findings.csv's `message_zh` gives it.
    public var chinese: String {
        switch self {
        case .spaceInside: "数字中有空格"
        case let .unexpectedCharacter(scalar): "意外的字符 \"\(scalar)\""
        case .moreThanOneDecimalPoint: "不止一个小数点"
        case .noDigits: "没有数字"
        case .misplacedThousandsSeparator: "千分位分隔符位置不对"
        case .noDigitsBeforeDecimalPoint: "小数点前没有数字"
        case .noDigitsAfterDecimalPoint: "小数点后没有数字"
        case .separatorAfterDecimalPoint: "小数点后有分隔符"
        case let .tooManyDigits(maximum): "位数过多（超过 \(maximum) 位）"
        case .notANumber: "不是数字"
        }
    }
}
