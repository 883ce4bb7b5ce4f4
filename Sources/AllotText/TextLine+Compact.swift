import AllotModel

extension TextLine {
    /// The line's text with all whitespace removed and normalized, for comparisons.
    public var compact: String { NameNormalizer.normalize(joining: cells.map(\.text)) }
}

extension TextCell {
    /// The cell's text with all whitespace removed and normalized.
    public var compact: String { NameNormalizer.normalize(text) }
}
