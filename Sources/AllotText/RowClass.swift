import AllotModel

/// The level of a table row and the region it is about, read from its label alone.
public struct RowClass: Hashable, Sendable {
    /// Total, subtotal or item.
    public var level: RowLevel
    /// The region the label names (太原市 for 太原市小计); nil when the label does not say
    /// (合计, 小计), so the caller takes it from the table's context.
    public var region: String?

    /// Creates a classification.
    public init(level: RowLevel, region: String?) {
        self.level = level
        self.region = region
    }
}
