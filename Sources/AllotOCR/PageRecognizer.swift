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
    private let orientationEngine: Tesseract.Engine

    /// Starts the engines; `path` names the file in errors.
    public init(path: String, settings: OCRSettings = OCRSettings()) throws(OCRError) {
        self.settings = settings
        self.path = path
        do {
            textEngine = try Tesseract.Engine(languages: settings.pageLanguages, variables: [("lstm_choice_mode", "2")])
            // Its warnings ("Invalid resolution 0 dpi": OSD does not see the resolution given with
            // the image) go nowhere: the detection works from the image itself.
            orientationEngine = try Tesseract.Engine(languages: settings.orientationLanguage,
                                                     variables: [("debug_file", "/dev/null")])
            digitEngine = try Tesseract.Engine(languages: settings.digitLanguage, variables: [
                ("lstm_choice_mode", "2"), ("tessedit_char_whitelist", settings.digitWhitelist),
            ])
        } catch {
            throw .engineUnavailable(path: path, reason: error.message)
        }
    }

    /// The render scale (pixels per point) at which the page's text is `targetTextHeight` pixels
    /// tall, measured on a low-resolution probe render of the page turned upright by `turn` (the
    /// clockwise angle the scan has, see `orientation`); nil for a blank page (no band of ink a
    /// line of text makes, only paper and specks), which is not worth recognizing.
    public static func pixelsPerPoint(probe: PixelBuffer, turn: Int = 0, settings: OCRSettings = OCRSettings()) -> Double? {
        let gray = GrayImage(probe, dropRed: RedInk(settings)).turned(quarterTurns: -turn / 90)
        let angle = Deskew.angle(of: gray, limit: settings.maxSkew, darkLevel: settings.darkLevel)
        let straight = Deskew.straightened(gray, degrees: angle)
        let bounds = (settings.minDPI / 72)...(settings.maxDPI / 72)
        guard let height = TextHeight.median(straight, darkLevel: settings.darkLevel), height > 0 else {
            return nil
        }
        let points = height / probe.pixelsPerPoint
        return min(bounds.upperBound, max(bounds.lowerBound, settings.targetTextHeight / points))
    }

    /// The clockwise angle (0, 90, 180, 270) by which the text of a page image is turned, when
    /// Tesseract's orientation detection is confident of it; 0 otherwise.
    public func orientation(_ image: PixelBuffer) -> Int {
        let gray = ImageCleaner(settings: settings).whitened(GrayImage(image, dropRed: RedInk(settings)))
        guard let found = orientationEngine.orientation(gray: gray.pixels, width: gray.width, height: gray.height,
                                                        dpi: Int((image.pixelsPerPoint * 72).rounded())),
              found.confidence >= settings.minOrientationConfidence, [90, 180, 270].contains(found.degrees) else { return 0 }
        return found.degrees
    }

    /// The glyphs of page `number` (1-based) of `width` × `height` points, read from `image`
    /// turned upright by `turn` (the clockwise angle of its text, from `orientation`).
    public func recognize(_ image: PixelBuffer, number: Int, width: Double, height: Double,
                          turn: Int = 0) throws(OCRError) -> PageText {
        try read(image, number: number, width: width, height: height, turn: turn).text
    }

    /// `recognize`, with the cleaned upright image the glyphs were read from (for reading cells
    /// again in the table's context).
    public func read(_ image: PixelBuffer, number: Int, width: Double, height: Double,
                     turn: Int = 0) throws(OCRError) -> (text: PageText, image: PageImage) {
        try read(prepare(image, turn: turn), number: number, width: width, height: height)
    }

    /// The page image made ready for the engine (`prepared`).
    public func prepare(_ image: PixelBuffer, turn: Int = 0) -> PreparedPage {
        let prepared = Self.prepared(image, turn: turn, settings: settings)
        return PreparedPage(image: prepared.image, skew: prepared.skew, textHeight: prepared.textHeight,
                            measured: prepared.measured, pixelsPerPoint: image.pixelsPerPoint, turn: turn)
    }

    /// The glyphs of a prepared page, with its image (for reading cells again in the table's context).
    public func read(_ page: PreparedPage, number: Int, width: Double, height: Double) throws(OCRError) -> (text: PageText, image: PageImage) {
        let scale = page.pixelsPerPoint
        let dpi = Int((scale * 72).rounded())
        // A quarter turn makes a landscape image of a portrait page: the upright page is the other way round.
        let (pageWidth, pageHeight) = page.turn % 180 == 0 ? (width, height) : (height, width)
        let straight = page.image
        let symbols: [Tesseract.Symbol]
        do {
            let found = try textEngine.recognize(gray: straight.pixels, width: straight.width, height: straight.height,
                                                 dpi: dpi, segmentation: .block)
            symbols = try SegmentReader(digitEngine: digitEngine, textEngine: textEngine, settings: settings,
                                        textHeight: page.textHeight, dpi: dpi)
                .reread(found, in: straight)
                .filter { GlyphPlacer.isTextMark($0.text) || inkShare($0.box, in: straight) >= settings.minInkShare }
        } catch {
            throw .recognition(path: path, page: number, reason: error.message)
        }
        let glyphs = GlyphPlacer(settings: settings, image: straight, scale: scale).glyphs(symbols)
        return (PageText(number: number, width: pageWidth, height: pageHeight, glyphs: glyphs, source: .ocr, skew: page.skew,
                         turn: page.turn), PageImage(number: number, scale: scale, image: straight))
    }

    /// The page image as the engine reads it: red ink dropped, the paper lifted to white, turned
    /// upright, straightened, its ruled lines erased (and then its paper's texture lifted to
    /// white); with the skew found and the text height in pixels.
    static func prepared(_ image: PixelBuffer, turn: Int,
                         settings: OCRSettings) -> (image: GrayImage, skew: Double, textHeight: Double, measured: Bool) {
        let gray = GrayImage(image, dropRed: RedInk(settings))
        let cleaner = ImageCleaner(settings: settings)
        let whitened = cleaner.whitened(gray).turned(quarterTurns: -turn / 90)
        let angle = Deskew.angle(of: whitened, limit: settings.maxSkew, darkLevel: settings.darkLevel)
        var straight = Deskew.straightened(whitened, degrees: angle)
        let measured = TextHeight.median(straight, darkLevel: settings.darkLevel)
        let textHeight = measured ?? settings.targetTextHeight
        let erased = cleaner.eraseRules(&straight, minLength: Int(textHeight * settings.ruleLengthInTextHeights),
                                        fringe: Int((textHeight * settings.ruleFringeInTextHeights).rounded()))
        if erased > 0 { cleaner.liftPaperTexture(&straight) }
        return (straight, angle, textHeight, measured != nil)
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
