/// Tolerances of the layout stage, in font-size units (em) so they hold at any print size.
public struct LayoutSettings: Sendable, Hashable {
    /// Two glyphs share a line when their vertical overlap is at least this share of the smaller height.
    public var lineOverlap: Double = 0.5
    /// A horizontal gap wider than this many em starts a new cell.
    public var cellGap: Double = 1.2
    /// A gap of at least this many em between a CJK character and a digit starts a new cell
    /// (a label next to its amount), even when the gap is narrower than `cellGap`.
    public var labelNumberGap: Double = 0.25
    /// Glyphs whose box is smaller than this many points in both directions carry no position.
    public var minimumGlyphSize: Double = 0.01

    /// The defaults.
    public init() {}

    /// Checks that every tolerance is in range, naming the setting that is not.
    public func validate() throws(LayoutSettingsError) {
        if !(lineOverlap > 0 && lineOverlap <= 1) { throw .outOfRange("lineOverlap", lineOverlap) }
        if !(cellGap > 0 && cellGap < 100) { throw .outOfRange("cellGap", cellGap) }
        if !(labelNumberGap >= 0 && labelNumberGap <= cellGap) {
            throw .outOfRange("labelNumberGap", labelNumberGap)
        }
    }
}

/// A layout setting out of range.
public enum LayoutSettingsError: Error, Equatable, CustomStringConvertible {
    /// The named setting has a value outside its range.
    case outOfRange(String, Double)

    /// Human description.
    public var description: String {
        switch self {
        case let .outOfRange(name, value): "layout setting \(name) = \(value) is out of range"
        }
    }
}
