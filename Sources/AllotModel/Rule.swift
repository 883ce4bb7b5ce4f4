/// A ruling line of a page: a horizontal or vertical stroke long enough to separate table cells.
/// Page points, origin top-left, y growing downward, like `Box`.
public struct Rule: Hashable, Sendable, Codable {
    /// Which way the line runs.
    public enum Axis: String, Hashable, Sendable, Codable {
        /// Runs left to right; `position` is its y.
        case horizontal
        /// Runs top to bottom; `position` is its x.
        case vertical
    }

    /// Direction of the line.
    public var axis: Axis
    /// Centre of the stroke across the line: y of a horizontal rule, x of a vertical one.
    public var position: Double
    /// Where the line begins along its axis (x of a horizontal rule, y of a vertical one).
    public var start: Double
    /// Where the line ends along its axis.
    public var end: Double
    /// Width of the stroke across the line.
    public var thickness: Double

    /// Creates a rule.
    public init(axis: Axis, position: Double, start: Double, end: Double, thickness: Double) {
        self.axis = axis
        self.position = position
        self.start = min(start, end)
        self.end = max(start, end)
        self.thickness = thickness
    }

    /// Length along the axis.
    public var length: Double { end - start }

    /// The area the stroke covers.
    public var box: Box {
        let half = thickness / 2
        switch axis {
        case .horizontal: return Box(x0: start, y0: position - half, x1: end, y1: position + half)
        case .vertical: return Box(x0: position - half, y0: start, x1: position + half, y1: end)
        }
    }
}
