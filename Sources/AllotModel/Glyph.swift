/// One character of a page's text layer with its box and font size, as the extractor saw it.
/// Its class and space test are worked out once, when the glyph is made or its text changes:
/// the stages ask them of every glyph many times, and asking a String costs Unicode look-ups.
/// A text layer's glyph is one Unicode scalar and is kept as that scalar, without a String: the
/// rare glyph of other text (a recognized character of several scalars) or with a reading keeps
/// them in a shared box of its own, so copying a glyph retains at most one reference.
public struct Glyph: Hashable, Sendable {
    /// The character as the text layer carries it (one Unicode scalar; raw, not normalized).
    public var text: String {
        get { extra?.text ?? String(storedScalar) }
        set { setText(newValue) }
    }
    /// The glyph's text when it is one Unicode scalar (every glyph of a text layer); nil otherwise.
    /// Inlinable: called on a glyph in an array from another module, it would copy the glyph.
    @inlinable public var scalar: Unicode.Scalar? {
        extra?.text == nil ? storedScalar : nil
    }
    /// Where the glyph is drawn.
    public var box: Box
    /// Font size in points (0 when the producer did not say).
    public var fontSize: Double
    /// Confidence and alternatives when the glyph was recognized from an image; nil for the text layer.
    public var reading: GlyphReading? {
        get { extra?.reading }
        set { extra = Extra.make(text: extra?.text, reading: newValue) }
    }
    /// True for glyphs that only pad: ASCII space, ideographic space, NBSP and other whitespace.
    public private(set) var isSpace: Bool
    /// Digit, ideograph or other (`CharacterKind` of `text`).
    public private(set) var kind: CharacterKind
    /// The text when it is `extra.text`, else its one scalar.
    @usableFromInline var storedScalar: Unicode.Scalar
    /// Text of other than one scalar, and the reading; nil for a text layer's glyph.
    @usableFromInline var extra: Extra?

    /// Creates a glyph.
    public init(text: String, box: Box, fontSize: Double, reading: GlyphReading? = nil) {
        self.box = box
        self.fontSize = fontSize
        storedScalar = " "
        isSpace = true
        kind = .other
        extra = nil
        setText(text)
        if let reading { self.reading = reading }
    }

    /// Creates a glyph of one scalar (the text layer's case), classified from the scalar itself.
    public init(scalar: Unicode.Scalar, box: Box, fontSize: Double) {
        storedScalar = scalar
        self.box = box
        self.fontSize = fontSize
        extra = nil
        isSpace = Self.isSpace(scalar)
        kind = CharacterKind(scalar)
    }

    /// Appends the glyph's text as UTF-8 to `bytes`, without making a String for a one-scalar glyph.
    /// Inlinable: called on a glyph in an array from another module, it copied the glyph.
    @inlinable public func appendUTF8(to bytes: inout [UInt8]) {
        if let text = extra?.text {
            bytes.append(contentsOf: text.utf8)
        } else {
            UTF8Bytes.append(storedScalar, to: &bytes)
        }
    }

    public static func == (a: Glyph, b: Glyph) -> Bool {
        a.storedScalar == b.storedScalar && a.box == b.box && a.fontSize == b.fontSize && a.isSpace == b.isSpace
            && a.kind == b.kind && a.extra?.text == b.extra?.text && a.extra?.reading == b.extra?.reading
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storedScalar)
        hasher.combine(box)
        hasher.combine(fontSize)
        hasher.combine(extra?.text)
        hasher.combine(extra?.reading)
    }

    private mutating func setText(_ text: String) {
        let scalars = text.unicodeScalars
        if let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex {
            storedScalar = first
            extra = Extra.make(text: nil, reading: extra?.reading)
            isSpace = Self.isSpace(first)
            kind = CharacterKind(first)
        } else {
            // "" keeps U+0020 beside it, so that glyphs of equal text stay equal.
            storedScalar = scalars.first ?? " "
            extra = Extra.make(text: text, reading: extra?.reading)
            isSpace = scalars.allSatisfy(Self.isSpace)
            kind = CharacterKind(text)
        }
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        // Visible ASCII, general punctuation, CJK punctuation, kana, ideographs and full-width
        // forms are never whitespace: skip the property lookup for them (GlyphTests holds this
        // to the property on every scalar).
        switch scalar.value {
        case 0x21...0x7E, 0x2010...0x2027, 0x2030...0x205E, 0x3001...0x9FFF, 0xFF00...0xFFEF: false
        default: scalar.properties.isWhitespace
        }
    }

    /// What few glyphs have, boxed so that the rest carry one empty reference.
    @usableFromInline final class Extra: Sendable {
        /// Text of other than one scalar; nil when the glyph's text is its scalar.
        @usableFromInline let text: String?
        let reading: GlyphReading?

        private init(text: String?, reading: GlyphReading?) {
            self.text = text
            self.reading = reading
        }

        /// The box of `text` and `reading`, nil when both are nil.
        static func make(text: String?, reading: GlyphReading?) -> Extra? {
            text == nil && reading == nil ? nil : Extra(text: text, reading: reading)
        }
    }
}

extension Collection where Element == Glyph {
    /// The smallest box around the glyphs, nil when there are none.
    public var boundingBox: Box? {
        guard let first else { return nil }
        return dropFirst().reduce(first.box) { $0.union($1.box) }
    }
}
