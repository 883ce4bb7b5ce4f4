/// A parsed HTML page: the root element, and whether libxml2 met bytes that are not valid in the
/// encoding it was told (it then stops decoding and drops the rest of the page).
public struct MarkupPage: Sendable, Equatable {
    /// The root element.
    public var root: MarkupElement
    /// True when the decoder met invalid bytes.
    public var conversionFailed: Bool

    /// Creates a page.
    public init(root: MarkupElement, conversionFailed: Bool) {
        self.root = root
        self.conversionFailed = conversionFailed
    }
}
