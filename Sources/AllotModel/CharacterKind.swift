/// Coarse character classes used to split a label from an adjacent number.
public enum CharacterKind: Equatable, Sendable {
    /// Digits (ASCII or full-width) and the separators inside numbers.
    case digit
    /// CJK ideographs and radicals.
    case ideograph
    /// Anything else.
    case other

    /// The class of a one-character text.
    public init(_ text: String) {
        let scalars = text.unicodeScalars
        if let only = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex {
            self.init(only)
            return
        }
        self.init(scalars: scalars)
    }

    /// The class of one scalar: ASCII and the common ideographs (U+4E00–9FFF, all of them
    /// ideographic) without a Unicode property look-up.
    public init(_ scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0x30...0x39, 0x2C, 0x2E, 0xFF10...0xFF19, 0xFF0C, 0xFF0E: self = .digit
        case 0x4E00...0x9FFF: self = .ideograph
        case 0x00...0x7F: self = .other
        default: self = scalar.properties.isIdeographic || scalar.properties.isRadical ? .ideograph : .other
        }
    }

    private init(scalars: String.UnicodeScalarView) {
        if scalars.allSatisfy({
            ("0"..."9").contains($0) || ("\u{FF10}"..."\u{FF19}").contains($0) || $0 == "." || $0 == ","
                || $0 == "\u{FF0E}" || $0 == "\u{FF0C}"
        }) {
            self = .digit
        } else if scalars.allSatisfy({ $0.properties.isIdeographic || $0.properties.isRadical }) {
            self = .ideograph
        } else {
            self = .other
        }
    }
}
