/// Which scalars belong to East Asian wide scripts, where words are not separated by spaces.
enum CJK {
    private static let ranges: [ClosedRange<UInt32>] = [
        0x1100...0x11FF,    // Hangul Jamo
        0x2E80...0x2FFF,    // radicals, Kangxi, ideographic description
        0x3000...0x303F,    // CJK symbols and punctuation
        0x3040...0x31FF,    // kana, bopomofo, Hangul compatibility, strokes
        0x3200...0x4DBF,    // enclosed CJK, compatibility, Extension A
        0x4E00...0x9FFF,    // unified ideographs
        0xAC00...0xD7AF,    // Hangul syllables
        0xF900...0xFAFF,    // compatibility ideographs
        0xFE10...0xFE1F,    // vertical forms
        0xFE30...0xFE4F,    // compatibility forms
        0xFF00...0xFFEF,    // half- and full-width forms
        0x20000...0x3FFFF,  // supplementary ideographic planes
    ]

    /// True for ideographs, kana, Hangul and CJK punctuation.
    static func contains(_ scalar: Unicode.Scalar) -> Bool {
        ranges.contains { $0.contains(scalar.value) }
    }
}
