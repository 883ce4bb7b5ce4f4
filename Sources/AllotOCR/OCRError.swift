/// Why a page could not be recognized. Every case names the file and page.
public enum OCRError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Tesseract or its language data is not installed or would not start.
    case engineUnavailable(path: String, reason: String)
    /// The engine failed on a page.
    case recognition(path: String, page: Int, reason: String)

    /// Stable machine-readable kind.
    public var kind: String {
        switch self {
        case .engineUnavailable: "ocr_unavailable"
        case .recognition: "ocr_failed"
        }
    }

    /// The file the error is about.
    public var path: String {
        switch self {
        case let .engineUnavailable(path, _), let .recognition(path, _, _): path
        }
    }

    /// One line a user can act on.
    public var description: String {
        switch self {
        case let .engineUnavailable(path, reason): "\(path): cannot OCR the image-only pages: \(reason)"
        case let .recognition(path, page, reason): "\(path): page \(page): OCR failed: \(reason)"
        }
    }
}
