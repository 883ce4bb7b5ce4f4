import AllotModel

/// Recognizes the text of an image-only page as positioned glyphs, the same value the text-layer
/// extractor gives, each glyph with the engine's confidence and alternatives. Holds two Tesseract
/// engines (page text, and amounts with a digit whitelist): one recognizer per thread.
public final class PageRecognizer {
    /// Tunables.
    public let settings: OCRSettings
    private let path: String
    private let textEngine: Tesseract.Engine
    private let digitEngine: Tesseract.Engine

    /// Starts the engines; `path` names the file in errors.
    public init(path: String, settings: OCRSettings = OCRSettings()) throws(OCRError) {
        self.settings = settings
        self.path = path
        do {
            textEngine = try Tesseract.Engine(languages: settings.pageLanguages, variables: [("lstm_choice_mode", "2")])
            digitEngine = try Tesseract.Engine(languages: settings.digitLanguage, variables: [
                ("lstm_choice_mode", "2"), ("tessedit_char_whitelist", settings.digitWhitelist),
            ])
        } catch {
            throw .engineUnavailable(path: path, reason: error.message)
        }
    }

    /// The render scale (pixels per point) at which the page's text is `targetTextHeight` pixels
    /// tall, measured on a low-resolution probe render of the page.
    public static func pixelsPerPoint(probe: PixelBuffer, settings: OCRSettings = OCRSettings()) -> Double {
        let gray = GrayImage(probe, dropRed: RedInk(margin: settings.redMargin))
        let angle = Deskew.angle(of: gray, limit: settings.maxSkew, darkLevel: settings.darkLevel)
        let straight = Deskew.straightened(gray, degrees: angle)
        let bounds = (settings.minDPI / 72)...(settings.maxDPI / 72)
        guard let height = TextHeight.median(straight, darkLevel: settings.darkLevel), height > 0 else {
            return bounds.upperBound
        }
        let points = height / probe.pixelsPerPoint
        return min(bounds.upperBound, max(bounds.lowerBound, settings.targetTextHeight / points))
    }

    /// The glyphs of page `number` (1-based) of `width` × `height` points, read from `image`.
    public func recognize(_ image: PixelBuffer, number: Int, width: Double, height: Double) throws(OCRError) -> PageText {
        let scale = image.pixelsPerPoint
        let gray = GrayImage(image, dropRed: RedInk(margin: settings.redMargin))
        let cleaner = ImageCleaner(settings: settings)
        let whitened = cleaner.whitened(gray)
        let angle = Deskew.angle(of: whitened, limit: settings.maxSkew, darkLevel: settings.darkLevel)
        var straight = Deskew.straightened(whitened, degrees: angle)
        let textHeight = TextHeight.median(straight, darkLevel: settings.darkLevel) ?? settings.targetTextHeight
        cleaner.eraseRules(&straight, minLength: Int(textHeight * settings.ruleLengthInTextHeights))
        let dpi = Int((scale * 72).rounded())
        let symbols: [Tesseract.Symbol]
        do {
            let page = try textEngine.recognize(gray: straight.pixels, width: straight.width, height: straight.height,
                                                dpi: dpi, segmentation: .block)
            symbols = try SegmentReader(digitEngine: digitEngine, settings: settings,
                                        textHeight: textHeight, dpi: dpi)
                .reread(page, in: straight)
                .filter { inkShare($0.box, in: straight) >= settings.minInkShare }
        } catch {
            throw .recognition(path: path, page: number, reason: error.message)
        }
        let glyphs = GlyphPlacer(settings: settings, image: straight, scale: scale).glyphs(symbols)
        return PageText(number: number, width: width, height: height, glyphs: glyphs, source: .ocr, skew: angle)
    }

    /// Share of ink pixels inside a box of the image.
    private func inkShare(_ box: PixelBox, in image: GrayImage) -> Double {
        let clipped = box.padded(0, width: image.width, height: image.height)
        guard clipped.width > 0, clipped.height > 0 else { return 0 }
        var ink = 0
        for y in clipped.top..<clipped.bottom {
            for x in clipped.left..<clipped.right where image.pixels[y * image.width + x] < settings.darkLevel { ink += 1 }
        }
        return Double(ink) / Double(clipped.width * clipped.height)
    }
}
