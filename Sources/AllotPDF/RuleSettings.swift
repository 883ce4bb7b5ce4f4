/// Tunables of ruling-line detection, in points unless named otherwise.
public struct RuleSettings: Sendable, Hashable {
    /// Render resolution in pixels per point (1.5 = 108 dpi). At 1 (72 dpi) some 0.5 pt rules of
    /// real disclosures render too light to see; 1.5 finds the same rules as 2 at half the pixels.
    public var scale: Double = 1.5
    /// Pages larger than this many pixels at `scale` are rendered at a lower scale instead.
    public var maxPixels: Int = 8_000_000
    /// A pixel is ink when its brightest channel (0 black … 255 white) is below this: black and
    /// grey rules are ink; light fills such as shaded header cells (D9D9D9 = 217) and saturated
    /// colours (a red seal or masthead) are not.
    public var inkBelow: UInt8 = 180
    /// Shortest run that can be a rule: longer than a glyph stroke at body sizes (a 12 pt "一").
    public var minLength: Double = 15
    /// Thickest stroke that is still a rule; thicker ink is a filled area, not a line.
    public var maxThickness: Double = 3
    /// Gaps up to this many pixels inside a run are bridged (anti-aliasing, dashed joins).
    public var gapPixels: Int = 1
    /// Rules on the same line whose ends are this close are joined into one.
    public var joinGap: Double = 1.5
    /// A line is a glyph's stroke, not a rule, when one glyph box holds at least this share of it
    /// (the strokes of a 36 pt masthead character are longer than `minLength`).
    public var glyphShare: Double = 0.5
    /// A rule shorter than this is kept only when it touches a long rule across it (a cell border
    /// meets the table's frame; a lone stroke of a bold heading meets nothing).
    public var longLength: Double = 60
    /// How close a rule's end or line must come to another rule to touch it.
    public var touch: Double = 2
    /// Pages with fewer digit glyphs than this (0.95 has three) are not rendered: they hold no
    /// amount to rule. 0 looks at every page.
    public var minDigits: Int = 3
    /// Only pages whose text layer runs two amounts together (a digit run with a second decimal
    /// point or separator after its decimals, 9759.385377.64) are rendered: there the text
    /// geometry cannot tell the cells apart, and the rules can.
    public var onlyRunTogetherAmounts = false
    /// With `onlyRunTogetherAmounts`, pages with at least this many digit glyphs are rendered all
    /// the same: they may hold a ruled table of amounts, whose grid tells its cells apart where a
    /// label or amount is centred in a tall cell. 0 renders none for this reason.
    public var tableDigits = 0
    /// With `onlyRunTogetherAmounts`, pages with a line of at least this many figures side by
    /// side (`AmountRow`: words of figures only, one after another, a cell gap apart) are
    /// rendered all the same: a ruled table of few figures (the 三公 table's one row of three
    /// amounts holds 11 digits) has fewer than `tableDigits`. 0 renders none for this reason.
    public var rowAmounts = 0

    /// Where rules are read from.
    public enum Source: Sendable, Hashable {
        /// The lines and thin boxes the page paints (poppler's core API); a page whose marks cannot
        /// be read is rendered instead (`SourceDocument.renderedRulePages`).
        case vectors
        /// The page rendered at `scale` and searched for runs of ink (`RuleDetector`).
        case rendering
    }

    /// Where rules are read from; the rendering settings (`scale`, `maxPixels`, `gapPixels`) also
    /// say what a rendered page would show of a painted mark (a line drawn 0 wide is one pixel).
    public var source = Source.vectors

    /// Default settings.
    public init() {}

    /// Rules only where amounts run together.
    public static var whereAmountsRunTogether: RuleSettings {
        var settings = RuleSettings()
        settings.onlyRunTogetherAmounts = true
        return settings
    }

    /// The settings the pipeline reads pages with: rules where amounts run together, on pages
    /// with digits enough for a few amounts (a ruled table, or the last rows of one carried over),
    /// and on pages with a row of two figures side by side (a small table of few figures).
    public static var whereTablesMayBe: RuleSettings {
        var settings = whereAmountsRunTogether
        settings.tableDigits = 16
        settings.rowAmounts = 2
        return settings
    }
}
