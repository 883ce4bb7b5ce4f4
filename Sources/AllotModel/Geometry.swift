/// An axis-aligned box in page space: points, origin top-left, y growing downward.
public struct Box: Hashable, Sendable, Codable {
    public var x0: Double
    public var y0: Double
    public var x1: Double
    public var y1: Double

    /// Creates a box from its left, top, right and bottom edges.
    public init(x0: Double, y0: Double, x1: Double, y1: Double) {
        self.x0 = x0
        self.y0 = y0
        self.x1 = x1
        self.y1 = y1
    }

    /// Width of the box.
    public var width: Double { x1 - x0 }
    /// Height of the box.
    public var height: Double { y1 - y0 }
    /// Horizontal centre.
    public var midX: Double { (x0 + x1) / 2 }
    /// Vertical centre.
    public var midY: Double { (y0 + y1) / 2 }

    /// The smallest box containing both.
    public func union(_ other: Box) -> Box {
        Box(x0: min(x0, other.x0), y0: min(y0, other.y0), x1: max(x1, other.x1), y1: max(y1, other.y1))
    }

    /// Length of the vertical overlap with another box (0 when disjoint).
    public func verticalOverlap(_ other: Box) -> Double {
        max(0, min(y1, other.y1) - max(y0, other.y0))
    }

    /// Length of the horizontal overlap with another box (0 when disjoint).
    public func horizontalOverlap(_ other: Box) -> Double {
        max(0, min(x1, other.x1) - max(x0, other.x0))
    }
}
