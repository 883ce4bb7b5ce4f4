import AllotModel

extension TextLine {
    /// The line's text with all whitespace removed and normalized, for comparisons.
    public var compact: String { NameNormalizer.normalize(cells.map(\.text).joined()) }
}

extension TextCell {
    /// The cell's text with all whitespace removed and normalized.
    public var compact: String { NameNormalizer.normalize(text) }
}
