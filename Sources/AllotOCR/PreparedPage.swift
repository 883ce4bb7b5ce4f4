/// A page image made ready for the engine (`PageRecognizer.prepare`): red ink dropped, the paper
/// lifted to white, upright, straightened, its rules erased.
public struct PreparedPage: Sendable {
    let image: GrayImage
    /// The skew found, in degrees.
    let skew: Double
    /// The median height of its lines of text, in pixels (`targetTextHeight` when none was measured).
    let textHeight: Double
    /// Whether `textHeight` was measured on the page.
    let measured: Bool
    /// The scale it was rendered at.
    let pixelsPerPoint: Double
    /// The clockwise angle its text had, turned upright.
    let turn: Int

    /// The render scale (pixels per point) at which the text of the page would be
    /// `targetTextHeight` tall, when the text measured on the page as rendered is further from it
    /// than `maxTextHeightError`; nil when it is near enough (or no text was measured). The 72 dpi
    /// probe sees a line of text 7-10 px tall, so that one pixel is 10-14 % of it, and
    /// straightening a skewed probe thins its strokes: on a page skewed by 1.2° it measured 7 px
    /// where the text is 9.75 pt, and the page was read at 39 px (288 dpi) instead of 28.
    public func betterScale(_ settings: OCRSettings) -> Double? {
        guard measured, textHeight > 0,
              abs(textHeight - settings.targetTextHeight) > settings.targetTextHeight * Self.maxTextHeightError
        else { return nil }
        let bounds = (settings.minDPI / 72)...(settings.maxDPI / 72)
        let scale = min(bounds.upperBound, max(bounds.lowerBound, pixelsPerPoint * settings.targetTextHeight / textHeight))
        return abs(scale - pixelsPerPoint) > pixelsPerPoint * 0.05 ? scale : nil
    }

    /// How far (a share of `targetTextHeight`) the text of a page as rendered may be from the
    /// target before the page is rendered again: the probe's rounding (a pixel of a 9-10 px line)
    /// is left alone, more is not (measured: 31-33 px read as well as 28; at 35 px the wholly
    /// scanned notice's page 4 read 绛县 as 络县 and 古县 as 赴(月, at 28 px right).
    public static let maxTextHeightError = 0.2
}
