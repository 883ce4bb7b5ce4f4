import AllotLayout
import AllotOCR
import AllotTables

/// Settings of every stage, with named defaults.
public struct PipelineOptions: Sendable {
    /// Password for encrypted PDFs.
    public var password: String?
    /// Layout tolerances.
    public var layout = LayoutSettings()
    /// Table tolerances and vocabulary.
    public var tables = TableSettings()
    /// Which pages are read by OCR.
    public var ocr: OCRMode
    /// OCR tunables.
    public var recognition = OCRSettings()
    /// Grid reading and synthetic page of documents without page geometry (HTML, xlsx, xls, docx).
    public var grid = GridSettings()
    /// Bounds on file size, pages, glyphs and rows.
    public var limits = InputLimits()

    /// The defaults.
    public init(password: String? = nil, ocr: OCRMode = .auto) {
        self.password = password
        self.ocr = ocr
    }
}
