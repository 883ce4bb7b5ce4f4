/// Coarse character classes used to split a label from an adjacent number.
public enum CharacterKind: Equatable, Sendable {
    /// Digits (ASCII or full-width) and the separators inside numbers.
    case digit
    /// CJK ideographs and radicals.
    case ideograph
    /// Anything else.
    case other

    /// The class of a text: the class all its scalars share (a one-character text's), `.other`
    /// when they differ.
    public init(_ text: String) {
        var shared: CharacterKind?
        for scalar in text.unicodeScalars {
            let kind = CharacterKind(scalar)
            guard shared == nil || shared == kind else {
                self = .other
                return
            }
            shared = kind
        }
        self = shared ?? .digit
    }

    /// The Unicode Ideographic property, the common ideographs (U+4E00–9FFF, all of them
    /// ideographic) and ASCII (none) answered without a property look-up.
    public static func isIdeographic(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00...0x9FFF: true
        case 0x00...0x7F: false
        default: scalar.properties.isIdeographic
        }
    }

    /// The class of one scalar: ASCII, the common ideographs (U+4E00–9FFF, all of them
    /// ideographic), general punctuation, CJK punctuation and full-width forms (none of them
    /// ideographic or a radical: the ideographic marks U+3006-3007 and the Hangzhou numerals are
    /// left to the look-up) without a Unicode property look-up.
    public init(_ scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0x30...0x39, 0x2C, 0x2E, 0xFF10...0xFF19, 0xFF0C, 0xFF0E: self = .digit
        case 0x4E00...0x9FFF: self = .ideograph
        case 0x00...0x7F, 0x2000...0x206F, 0x3000...0x3005, 0x3008...0x3020, 0xFF00...0xFFEF: self = .other
        default: self = scalar.properties.isIdeographic || scalar.properties.isRadical ? .ideograph : .other
        }
    }
}
