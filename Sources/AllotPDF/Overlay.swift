import AllotModel
import Foundation

/// A shape drawn over a rendered page: a rectangle in page points (origin top left, y down), stroked
/// and/or filled; a rectangle of zero width or height draws a line.
public struct Overlay: Hashable, Sendable {
    /// A straight (not premultiplied) RGBA colour, components 0…1.
    public struct Color: Hashable, Sendable {
        /// Red, 0…1.
        public var red: Double
        /// Green, 0…1.
        public var green: Double
        /// Blue, 0…1.
        public var blue: Double
        /// Opacity, 0 (transparent) … 1 (opaque).
        public var alpha: Double

        /// Creates a colour.
        public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
            self.red = red
            self.green = green
            self.blue = blue
            self.alpha = alpha
        }

        /// The same colour fully opaque.
        public var opaque: Color { Color(red: red, green: green, blue: blue) }
    }

    /// Where, in page points.
    public var box: Box
    /// Outline colour, nil for none.
    public var stroke: Color?
    /// Fill colour, nil for none.
    public var fill: Color?
    /// Outline width in points.
    public var lineWidth: Double
    /// Dashed outline.
    public var dashed: Bool
    /// A line through the vertical middle, for struck-out text.
    public var strikeThrough: Bool

    /// Creates an overlay.
    public init(box: Box, stroke: Color? = nil, fill: Color? = nil, lineWidth: Double = 1, dashed: Bool = false,
                strikeThrough: Bool = false) {
        self.box = box
        self.stroke = stroke
        self.fill = fill
        self.lineWidth = lineWidth
        self.dashed = dashed
        self.strikeThrough = strikeThrough
    }
}
