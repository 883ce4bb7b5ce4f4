/// The positioned text of one page.
public struct PageText: Sendable {
    /// 1-based page number in the file.
    public var number: Int
    /// Page width in points.
    public var width: Double
    /// Page height in points.
    public var height: Double
    /// Glyphs in the order the text layer emitted them (not reading order).
    public var glyphs: [Glyph]
    /// Ruling lines drawn on the page, sorted (horizontal first, by position, then start); nil
    /// when they were not looked for (`PDFExtractor.rules` off, or an HTML page).
    public var rules: [Rule]?
    /// False when the rules were looked for only to read ruled grids: the line builder then cuts
    /// cells without them, as on a page whose rules were not looked for.
    public var rulesSplitCells = true

    /// Where the glyphs come from: the text layer, or recognition of the page image.
    public var source: TextSource
    /// For a recognized page, the skew in degrees that was straightened before reading (the glyph
    /// boxes are in the straightened page); 0 for the text layer.
    public var skew: Double
    /// For a recognized page, the clockwise angle (90, 180, 270) by which the scan was turned and
    /// turned back before reading: the glyph boxes are in the upright page (width and height
    /// swapped after a quarter turn); 0 for the text layer.
    public var turn: Int

    /// Creates a page.
    public init(number: Int, width: Double, height: Double, glyphs: [Glyph], rules: [Rule]? = nil,
                source: TextSource = .textLayer, skew: Double = 0, turn: Int = 0) {
        self.number = number
        self.width = width
        self.height = height
        self.glyphs = glyphs
        self.rules = rules
        self.source = source
        self.skew = skew
        self.turn = turn
    }

    /// True when the page carries a visible character.
    public var hasText: Bool {
        glyphs.contains { !$0.isSpace }
    }
}

/// Everything the extractor read from one source file.
public struct SourceDocument: Sendable {
    /// Path of the file as given by the user.
    public var path: String
    /// Lowercase hex SHA-256 of the file's bytes.
    public var sha256: String
    /// The pages, in order.
    public var pages: [PageText]
    /// 1-based numbers of pages the extractor could not read (damaged objects).
    public var unreadablePages: [Int]
    /// 1-based numbers of pages whose ruling lines were found on the page rendered because the
    /// lines it paints could not be read.
    public var renderedRulePages: [Int]

    /// Creates a document.
    public init(path: String, sha256: String, pages: [PageText], unreadablePages: [Int] = [],
                renderedRulePages: [Int] = []) {
        self.path = path
        self.sha256 = sha256
        self.pages = pages
        self.unreadablePages = unreadablePages
        self.renderedRulePages = renderedRulePages
    }

    /// True when no page carries a visible character: a scanned image or an empty document.
    public var hasTextLayer: Bool {
        pages.contains(where: \.hasText)
    }

    /// 1-based numbers of the pages whose text was recognized from the image.
    public var recognizedPages: [Int] {
        pages.filter { $0.source != .textLayer }.map(\.number)
    }
}
