/// Tunables of the OCR stage, with named defaults. Lengths are in text heights (the median height
/// of a printed line), so that they hold at any resolution.
public struct OCRSettings: Sendable {
    /// Tesseract languages for the page text.
    public var pageLanguages = "chi_sim"
    /// Tesseract language for amounts, read with a digit whitelist.
    public var digitLanguage = "eng"
    /// Characters an amount cell may hold.
    public var digitWhitelist = "0123456789.,-"
    /// The text height, in pixels, the page is rendered at (Tesseract's Chinese model reads best around 28 px).
    public var targetTextHeight = 28.0
    /// Render resolution bounds, in dots per inch.
    public var minDPI = 150.0
    public var maxDPI = 400.0
    /// Resolution of the probe render that measures the text height.
    public var probeDPI = 72.0
    /// Tesseract's orientation data (osd.traineddata, Debian tesseract-ocr-osd): a page scanned
    /// turned by a quarter or half turn is turned upright before reading.
    public var orientationLanguage = "osd"
    /// Orientation confidence (Tesseract's OSD score) needed before a page is turned.
    public var minOrientationConfidence = 2.0
    /// Largest skew searched, in degrees.
    public var maxSkew = 4.0
    /// Grey level below which a pixel is ink.
    public var darkLevel: UInt8 = 128
    /// Red ink (seals, red header marks): red at least this far above green and blue.
    public var redMargin = 60
    /// The share of pixels darker than the paper: the paper level is this percentile of the grey values.
    public var paperPercentile = 0.9
    /// A straight dark run at least this many text heights long is a ruled line, not text.
    public var ruleLengthInTextHeights = 3.0
    /// A ruled line's blurred edge, erased with it: this many text heights on either side.
    public var ruleFringeInTextHeights = 0.1
    /// On a page whose rules were erased, grey lighter than this (after the paper is lifted to
    /// white) is the paper's texture, lifted to white too (`ImageCleaner.liftPaperTexture`).
    public var paperTextureLevel: UInt8 = 240
    /// Symbols of one segment (a table cell, a run of body text) are at most this many text heights apart.
    public var segmentGapInTextHeights = 1.5
    /// Gaps in a line's ink narrower than this many line heights are inside a word (between the
    /// characters, or between the strokes of 川 and 小).
    public var inkGapInTextHeights = 0.3
    /// Width of a character's ink in its advance (em): an ideograph's ink fills about this much.
    public var inkShareOfEm = 0.9
    /// Width of a punctuation mark's ink (、，：。), in text heights: a sliver of its advance.
    public var markInkInTextHeights = 0.15
    /// Ink runs of a line closer than this many text heights are one stretch of text, whose
    /// symbols are shared out among them in order (`RunAligner`); a table's cells lie further apart.
    public var alignmentGapInTextHeights = 1.0
    /// What moving a symbol one text height away from the run nearest its box costs, against a
    /// text height of a run's width not matching its characters (`RunAligner`).
    public var alignmentMoveCost = 0.25
    /// A recognized symbol whose box holds less than this share of ink pixels is a hallucination.
    public var minInkShare = 0.02
    /// Runs of at most this many ideographs (a region name) are read a second time for alternatives.
    public var maxNameLength = 6
    /// Margin around an amount when it is read again on its own, in text heights.
    public var cellMarginInTextHeights = 0.3
    /// A cell read again independently (`CellRecognizer.readDigits`) is enlarged by each of these
    /// factors (measured: the digit model reads a cell best enlarged, in grey; a binarised cell
    /// drops a leading digit now and then, so its reading only proposes corrections).
    public var rereadScales = [2, 3]

    /// Shares of the page height at the top and the bottom where page numbers are printed (as the
    /// table reader's page-furniture margins).
    public var topMarginShare = 0.08
    public var bottomMarginShare = 0.1
    /// A page number there is centred (its middle within this share of the page width of the
    /// page's middle) and at most this many text heights wide; it is read as digits.
    public var pageNumberCentring = 0.08
    public var pageNumberWidthInTextHeights = 8.0
    /// In those margins, a run of ink whose dark rows (more than half inked) span at most this many
    /// text heights and that is at least `dashLengthInTextHeights` long is a dash.
    public var strokeThicknessInTextHeights = 0.2
    public var dashLengthInTextHeights = 0.4

    /// A recognized digit with less confidence (0-100) than this is doubtful: its alternatives are
    /// tried when a sum fails, and a failing sum over it is not blamed on the document.
    public var lowConfidence = 90.0

    /// The defaults.
    public init() {}
}
