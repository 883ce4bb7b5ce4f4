/// One character of a page's text layer with its box and font size, as the extractor saw it.
/// Its class and space test are worked out once, when the glyph is made or its text changes:
/// the stages ask them of every glyph many times, and asking a String costs Unicode look-ups.
public struct Glyph: Hashable, Sendable {
    /// The character as the text layer carries it (one Unicode scalar; raw, not normalized).
    public var text: String {
        didSet { (isSpace, kind) = Self.traits(of: text) }
    }
    /// Where the glyph is drawn.
    public var box: Box
    /// Font size in points (0 when the producer did not say).
    public var fontSize: Double
    /// Confidence and alternatives when the glyph was recognized from an image; nil for the text layer.
    public var reading: GlyphReading?
    /// True for glyphs that only pad: ASCII space, ideographic space, NBSP and other whitespace.
    public private(set) var isSpace: Bool
    /// Digit, ideograph or other (`CharacterKind` of `text`).
    public private(set) var kind: CharacterKind

    /// Creates a glyph.
    public init(text: String, box: Box, fontSize: Double, reading: GlyphReading? = nil) {
        self.text = text
        self.box = box
        self.fontSize = fontSize
        self.reading = reading
        (isSpace, kind) = Self.traits(of: text)
    }

    /// Creates a glyph of one scalar (the text layer's case), classified from the scalar itself.
    public init(scalar: Unicode.Scalar, box: Box, fontSize: Double) {
        text = String(scalar)
        self.box = box
        self.fontSize = fontSize
        reading = nil
        isSpace = Self.isSpace(scalar)
        kind = CharacterKind(scalar)
    }

    private static func traits(of text: String) -> (isSpace: Bool, kind: CharacterKind) {
        (text.unicodeScalars.allSatisfy(isSpace), CharacterKind(text))
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        // Ideographs and visible ASCII are never whitespace: skip the property lookup for them.
        switch scalar.value {
        case 0x21...0x7E, 0x4E00...0x9FFF: false
        default: scalar.properties.isWhitespace
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
