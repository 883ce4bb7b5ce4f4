import AllotModel
import AllotNormalize

extension TextLine {
    /// The line's text with all whitespace removed and normalized, for comparisons.
    var compact: String { NameNormalizer.normalize(cells.map(\.text).joined()) }
}
