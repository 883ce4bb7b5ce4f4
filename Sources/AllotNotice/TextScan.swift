import AllotModel

/// Hand-written matching for the few text patterns of this module, in place of `Regex`: building a
/// regex and running it cost many times more than the rest of the metadata parse. Each matcher
/// names the pattern it stands for and answers as `Regex` would; like `Regex` by default, they see
/// text one `Character` at a time, with the same character classes:
///
/// - a non-ASCII literal matches the characters canonically equivalent to it (年 matches U+F98E),
///   an ASCII literal only itself (`;` does not match U+037E); see `TextUnit.literal`;
/// - `\d` is `Character.isNumber`, `\s` is `Character.isWhitespace`, `.` is any character but a
///   newline (`Character.isNewline`);
/// - `\p{Han}` is a character whose first scalar has Han among its script extensions, which takes
///   in 、。〔〕《》 and the like; see `Unicode.Scalar.isHan`.
///
/// The matchers run on `Character`s, or on `Unicode.Scalar`s when every scalar of the text is a
/// character of its own (`Unicode.Scalar.standsAlone`), which is much cheaper and answers the same.
struct Cursor<Text: BidirectionalCollection> where Text.Element: TextUnit {
    let text: Text
    var index: Text.Index

    init(_ text: Text, at index: Text.Index) {
        self.text = text
        self.index = index
    }

    init(_ text: Text) {
        self.init(text, at: text.startIndex)
    }

    var isAtEnd: Bool { index == text.endIndex }

    /// Consumes the next character when it matches the literal `scalar`.
    mutating func take(_ scalar: Unicode.Scalar) -> Bool {
        take { $0.literal == scalar.value }
    }

    /// Consumes the literal `word` (two or more characters), or nothing.
    mutating func take(word: String) -> Bool {
        var probe = self
        for scalar in word.unicodeScalars where !probe.take(scalar) { return false }
        self = probe
        return true
    }

    /// Consumes the next character when `predicate` holds for it.
    mutating func take(where predicate: (Text.Element) -> Bool) -> Bool {
        guard !isAtEnd, predicate(text[index]) else { return false }
        index = text.index(after: index)
        return true
    }

    /// Consumes up to `limit` characters for which `predicate` holds; returns how many it took.
    @discardableResult
    mutating func takeRun(upTo limit: Int = .max, where predicate: (Text.Element) -> Bool) -> Int {
        var count = 0
        while count < limit, take(where: predicate) { count += 1 }
        return count
    }

    /// `\s*`, greedy.
    mutating func skipWhitespace() {
        takeRun(where: \.isWhitespace)
    }

    /// The rest matched by `\s*(.+)` (`\s*(.*)` when `allowingEmpty`) up to the end: nil when a newline
    /// stands in it. A rest of whitespace only yields its last character to `.+`.
    func restAfterWhitespace(allowingEmpty: Bool) -> Range<Text.Index>? {
        var probe = self
        probe.skipWhitespace()
        if probe.isAtEnd, !allowingEmpty {
            guard probe.index != index else { return nil }
            let last = text.index(before: text.endIndex)
            return text[last].isNewline ? nil : last..<text.endIndex
        }
        let rest = probe.index..<text.endIndex
        return text[rest].contains(where: \.isNewline) ? nil : rest
    }
}

/// The literals of a regex character class such as `[(（]`, for matching against `TextUnit.literal`.
func literals(_ characters: String) -> LiteralSet {
    LiteralSet(values: characters.unicodeScalars.map(\.value))
}

/// A few literals; looked through one by one, which beats hashing at this size.
struct LiteralSet {
    fileprivate let values: [UInt32]

    func contains(_ literal: UInt32) -> Bool {
        values.contains(literal)
    }

    func union(_ other: LiteralSet) -> LiteralSet {
        LiteralSet(values: values + other.values)
    }
}

/// A unit of text the matchers step through: a `Character`, or a `Unicode.Scalar` of text whose
/// scalars all stand alone (then each has the properties of the character it is).
protocol TextUnit {
    /// The scalar this unit matches as a regex literal; 0 when it matches none of the module's literals.
    var literal: UInt32 { get }
    /// `\p{Han}`.
    var isHan: Bool { get }
    /// `\d`.
    var isNumber: Bool { get }
    /// `\s`.
    var isWhitespace: Bool { get }
    /// Not matched by `.`.
    var isNewline: Bool { get }
    /// `[0-9]`.
    var isASCIIDigit: Bool { get }
    /// True when the unit holds the scalar `value` (possibly with others).
    func holds(_ value: UInt32) -> Bool
    /// The text of a run of units.
    static func string<Units: Sequence>(_ units: Units) -> String where Units.Element == Self
    /// The units of a text.
    static func units(of text: String) -> [Self]
}

extension Character: TextUnit {
    static func string<Units: Sequence>(_ units: Units) -> String where Units.Element == Character {
        String(units)
    }

    static func units(of text: String) -> [Character] {
        Array(text)
    }

    func holds(_ value: UInt32) -> Bool {
        unicodeScalars.contains { $0.value == value }
    }

    /// The literal of its only scalar; 0 for a character of several scalars (none of the module's
    /// literals is a canonical composite, so no such character is equivalent to one).
    var literal: UInt32 {
        let scalars = unicodeScalars
        guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return 0 }
        return first.literal
    }

    /// `\p{Han}`: the first scalar has the Han script among its script extensions.
    var isHan: Bool {
        unicodeScalars.first?.isHan ?? false
    }

    /// `[0-9]`: one ASCII digit scalar.
    var isASCIIDigit: Bool {
        unicodeScalars.count == 1 && unicodeScalars.first!.isASCIIDigit
    }
}

extension Unicode.Scalar: TextUnit {
    static func string<Units: Sequence>(_ units: Units) -> String where Units.Element == Unicode.Scalar {
        // As UTF-8 bytes decoded once: appending to a String's scalar view one scalar at a time
        // costs several times more.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(units.underestimatedCount * 3)
        for scalar in units {
            UTF8Bytes.append(scalar, to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func units(of text: String) -> [Unicode.Scalar] {
        Array(text.unicodeScalars)
    }

    func holds(_ value: UInt32) -> Bool {
        self.value == value
    }

    /// The literal it matches: itself, or for a compatibility ideograph canonically equivalent to one
    /// of the module's non-ASCII literals, that literal (non-ASCII literals match canonically equivalent
    /// characters; the module's ASCII literals have no equivalents that `Regex` matches).
    var literal: UInt32 {
        switch value {
        case 0xF98E: 0x5E74   // 年
        case 0xF9B2: 0x96F6   // 零
        case 0xF9D1: 0x516D   // 六
        case 0xFA01: 0x5EA6   // 度
        case 0xFAAE: 0x7C7B   // 类
        case 0x2F855: 0x578B  // 型
        default: value
        }
    }

    /// Han among its script extensions.
    var isHan: Bool {
        let value = value
        if value < 0xB7 { return false }
        if (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) { return true }
        var lower = 0
        var upper = Self.hanRanges.count
        while lower < upper {
            let middle = (lower + upper) / 2
            let range = Self.hanRanges[middle]
            if value < range.lowerBound {
                upper = middle
            } else if value > range.upperBound {
                lower = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    /// The scalars `\p{Han}` matches (Unicode 15.1 script extensions, as Swift's `Regex` has them).
    static let hanRanges: [ClosedRange<UInt32>] = [
        0x00B7...0x00B7, 0x2E80...0x2E99, 0x2E9B...0x2EF3, 0x2F00...0x2FD5, 0x2FF0...0x2FFF, 0x3001...0x3003,
        0x3005...0x3011, 0x3013...0x301F, 0x3021...0x302D, 0x3030...0x3030, 0x3037...0x303F, 0x30FB...0x30FB,
        0x3190...0x319F, 0x31C0...0x31E5, 0x31EF...0x31EF, 0x3220...0x3247, 0x3280...0x32B0, 0x32C0...0x32CB,
        0x32FF...0x32FF, 0x3358...0x3370, 0x337B...0x337F, 0x33E0...0x33FE, 0x3400...0x4DBF, 0x4E00...0x9FFF,
        0xA700...0xA707, 0xF900...0xFA6D, 0xFA70...0xFAD9, 0xFE45...0xFE46, 0xFF61...0xFF65, 0x16FE2...0x16FE3,
        0x16FF0...0x16FF1, 0x1D360...0x1D371, 0x1F250...0x1F251, 0x20000...0x2A6DF, 0x2A700...0x2B739,
        0x2B740...0x2B81D, 0x2B820...0x2CEA1, 0x2CEB0...0x2EBE0, 0x2EBF0...0x2EE5D, 0x2F800...0x2FA1D,
        0x30000...0x3134A, 0x31350...0x323AF,
    ]

    var isASCIIDigit: Bool {
        (0x30...0x39).contains(value)
    }

    /// `Character.isNumber` of the character the scalar starts.
    var isNumber: Bool {
        switch value {
        case 0x30...0x39: true
        case 0x00...0x7F: false
        default: properties.numericType != nil
        }
    }

    /// `Character.isWhitespace` of the character the scalar starts (`properties.isWhitespace`).
    var isWhitespace: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// `Character.isNewline` of the character the scalar starts.
    var isNewline: Bool {
        switch value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// True when the scalar is a character of its own next to any other such scalar: no grapheme
    /// cluster rule joins two of them (none is a control, extender, spacing mark, prepended mark,
    /// joiner, Hangul jamo or regional indicator). Covers the scalars of Chinese text: ASCII, Latin,
    /// general and CJK punctuation, CJK ideographs, full-width forms.
    var standsAlone: Bool {
        switch value {
        case 0x20...0x7E, 0xA0...0xAC, 0xAE...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x2460...0x24FF,
             0x2500...0x25FF, 0x3000...0x3029, 0x3030...0x303F, 0x3200...0x32FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xF900...0xFAFF, 0xFE30...0xFE6F, 0xFF01...0xFF65: true
        default: false
        }
    }
}
