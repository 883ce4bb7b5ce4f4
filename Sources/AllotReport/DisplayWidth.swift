/// Terminal column widths by Unicode East Asian Width: wide and fullwidth characters take two
/// columns, combining marks none, everything else one.
enum DisplayWidth {
    /// East Asian Wide (W) and Fullwidth (F) blocks, per UAX #11.
    private static let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F,    // Hangul Jamo initials
        0x2E80...0x303E,    // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
        0x3041...0x33FF,    // kana, bopomofo, Hangul compatibility, enclosed CJK, compatibility
        0x3400...0x4DBF,    // Extension A
        0x4E00...0x9FFF,    // unified ideographs
        0xA000...0xA4CF,    // Yi
        0xAC00...0xD7A3,    // Hangul syllables
        0xF900...0xFAFF,    // compatibility ideographs
        0xFE10...0xFE19,    // vertical forms
        0xFE30...0xFE6F,    // compatibility and small forms
        0xFF00...0xFF60,    // fullwidth forms
        0xFFE0...0xFFE6,    // fullwidth signs
        0x1F300...0x1F64F,  // pictographs and emoticons
        0x20000...0x3FFFD,  // supplementary ideographic planes
    ]

    /// Columns one scalar takes.
    static func of(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        return wide.contains { $0.contains(scalar.value) } ? 2 : 1
    }

    /// Columns a string takes.
    static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + of($1) }
    }

    /// `text` padded with spaces to `width` columns, on the right (left-aligned) or on the left.
    static func pad(_ text: String, to width: Int, rightAligned: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - of(text)))
        return rightAligned ? padding + text : text + padding
    }
}
