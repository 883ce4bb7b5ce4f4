/// How a recognized glyph was read: the engine's confidence and the other symbols it considered.
/// Text-layer glyphs have none.
public struct GlyphReading: Hashable, Sendable {
    /// One alternative symbol with the engine's confidence in it.
    public struct Choice: Hashable, Sendable {
        /// The symbol.
        public var text: String
        /// Confidence, 0-100.
        public var confidence: Double

        /// Creates a choice.
        public init(text: String, confidence: Double) {
            self.text = text
            self.confidence = confidence
        }
    }

    /// Confidence in the chosen symbol, 0-100.
    public var confidence: Double
    /// Alternatives the engine considered, best first, the chosen symbol excluded.
    public var choices: [Choice]

    /// Creates a reading.
    public init(confidence: Double, choices: [Choice] = []) {
        self.confidence = confidence
        self.choices = choices
    }
}

/// How the text (and so the amounts) of a page or row was obtained.
public enum TextSource: String, Sendable, Codable, CaseIterable {
    /// Read from the PDF's text layer.
    case textLayer = "text_layer"
    /// Recognized from the page image.
    case ocr
    /// Recognized, and at least one digit replaced by the engine's alternative that makes the sums hold.
    case ocrCorrected = "ocr_corrected"
}
