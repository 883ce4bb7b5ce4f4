/// Tolerances of the notice-metadata stage. Distances are in font-size units (em).
public struct MetadataSettings: Sendable, Hashable {
    /// Lines of a stacked 发文机关标志 (joint issuers) lie at most this many em apart.
    public var headerLineGap: Double = 1.5
    /// Two lines share a font size when the sizes differ by at most this share of the larger one.
    public var fontSizeTolerance: Double = 0.15
    /// A wrapped line starts at most this many em below the end of the line it continues.
    public var wrapGap: Double = 1.2
    /// A line starting more than this many em right of the page's left edge is indented.
    public var indent: Double = 1.0
    /// The 发文机关标志 is looked for in this many lines when the notice has no doc number.
    public var headerSearchLines: Int = 6
    /// The title wraps over at most this many lines.
    public var maxTitleLines: Int = 3
    /// The addressees wrap over at most this many lines.
    public var maxAddresseeLines: Int = 3
    /// An attachment title wraps over at most this many lines.
    public var maxAttachmentLines: Int = 3
    /// The signature (发文机关署名) spans at most this many lines.
    public var maxSignatureLines: Int = 4
    /// The copy-to list (抄送) wraps over at most this many lines.
    public var maxCopyToLines: Int = 4

    /// The defaults.
    public init() {}
}
