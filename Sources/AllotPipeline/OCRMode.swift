/// When pages are read by OCR.
public enum OCRMode: String, Sendable, CaseIterable {
    /// Only pages without a text layer (a page with text is never recognized).
    case auto
    /// Never: a PDF without any text layer is refused as `no_text_layer`.
    case never
    /// Every page, ignoring the text layer.
    case always
}
