/// One character of a page's text layer with its box and font size, as the extractor saw it.
public struct Glyph: Hashable, Sendable {
    /// The character as the text layer carries it (one Unicode scalar; raw, not normalized).
    public var text: String
    /// Where the glyph is drawn.
    public var box: Box
    /// Font size in points (0 when the producer did not say).
    public var fontSize: Double
    /// Confidence and alternatives when the glyph was recognized from an image; nil for the text layer.
    public var reading: GlyphReading?

    /// Creates a glyph.
    public init(text: String, box: Box, fontSize: Double, reading: GlyphReading? = nil) {
        self.text = text
        self.box = box
        self.fontSize = fontSize
        self.reading = reading
    }

    /// True for glyphs that only pad: ASCII space, ideographic space, NBSP and other whitespace.
    public var isSpace: Bool {
        text.unicodeScalars.allSatisfy { scalar in
            // Ideographs and visible ASCII are never whitespace: skip the property lookup for them.
            switch scalar.value {
            case 0x21...0x7E, 0x4E00...0x9FFF: false
            default: scalar.properties.isWhitespace
            }
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
