import AllotHTML
import AllotOCR
import AllotOffice
import AllotPDF

/// Why a file could not be processed. Every case names the file.
public enum ProcessError: Error, Sendable, CustomStringConvertible {
    /// The PDF could not be read.
    case pdf(PDFError)
    /// The HTML page could not be read.
    case html(HTMLError)
    /// The spreadsheet, docx, OFD or archive could not be read.
    case office(OfficeError)
    /// The path does not exist.
    case notFound(path: String)
    /// The file is of a kind allot does not read.
    case unsupported(path: String, reason: String)
    /// No page has a text layer and OCR was turned off (`--ocr never`).
    case noTextLayer(path: String)
    /// allot's own bundled reference data could not be loaded (a broken build or installation).
    case referenceData(path: String, reason: String)
    /// Image-only pages could not be recognized.
    case ocr(OCRError)

    /// Stable machine-readable kind.
    public var kind: String {
        switch self {
        case let .pdf(error): error.kind
        case let .html(error): error.kind
        case let .office(error): error.kind
        case .notFound: "not_found"
        case .unsupported: "unsupported_file"
        case .noTextLayer: "no_text_layer"
        case .referenceData: "reference_data_missing"
        case let .ocr(error): error.kind
        }
    }

    /// The file the error is about.
    public var path: String {
        switch self {
        case let .pdf(error): error.path
        case let .html(error): error.path
        case let .office(error): error.path
        case let .notFound(path), let .unsupported(path, _), let .noTextLayer(path), let .referenceData(path, _): path
        case let .ocr(error): error.path
        }
    }

    /// One line a user can act on.
    public var description: String {
        switch self {
        case let .pdf(error): error.description
        case let .html(error): error.description
        case let .office(error): error.description
        case let .notFound(path): "\(path): no such file or directory"
        case let .unsupported(path, reason): "\(path): \(reason)"
        case let .noTextLayer(path): "\(path): no text layer (scanned image?) and OCR is off (--ocr never)"
        case let .referenceData(path, reason):
            "\(path): not read: allot's bundled reference data cannot be loaded (\(reason))"
        case let .ocr(error): error.description
        }
    }
}
