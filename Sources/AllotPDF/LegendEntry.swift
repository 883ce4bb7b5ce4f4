import AllotModel
import Foundation

/// One line of the legend: a swatch drawn in an overlay's style, and an ASCII label.
public struct LegendEntry: Hashable, Sendable {
    /// Label, ASCII only (cairo's toy text API draws no CJK).
    public var label: String
    /// Style of the swatch; its box is ignored.
    public var swatch: Overlay

    /// Creates an entry.
    public init(label: String, swatch: Overlay) {
        self.label = label
        self.swatch = swatch
    }
}
