import AllotHTML
import AllotOCR
import AllotOffice
import AllotPDF
import AllotSource

/// Why a file could not be processed. Every case names the file.
public enum ProcessError: Error, Sendable, CustomStringConvertible {
    /// The PDF could not be read.
    case pdf(PDFError)
    /// The HTML page could not be read.
    case html(HTMLError)
    /// The spreadsheet, docx, OFD or archive could not be read.
    case office(OfficeError)
    /// The path does not exist (or a symbolic link points nowhere).
    case notFound(path: String)
    /// The path is a FIFO, a device, a socket or a directory: not read.
    case notRegularFile(path: String, what: String)
    /// Symbolic links point at each other in a loop (or too many of them are chained).
    case symlinkLoop(path: String)
    /// The file exists but this user may not read it.
    case permissionDenied(path: String)
    /// The file could not be read for another reason (the system's message).
    case unreadable(path: String, reason: String)
    /// The file is larger than the limit; `option` raises it.
    case tooLarge(path: String, bytes: Int, limit: Int, option: String)
    /// A table has more rows than the limit.
    case tooManyRows(path: String, table: Int, rows: Int, limit: Int)
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
        case .notRegularFile: "not_a_regular_file"
        case .symlinkLoop: "symlink_loop"
        case .permissionDenied: "permission_denied"
        case .unreadable: "unreadable"
        case .tooLarge: "too_large"
        case .tooManyRows: "too_many_rows"
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
        case let .notFound(path), let .unsupported(path, _), let .noTextLayer(path), let .referenceData(path, _),
             let .notRegularFile(path, _), let .symlinkLoop(path), let .permissionDenied(path), let .unreadable(path, _),
             let .tooLarge(path, _, _, _), let .tooManyRows(path, _, _, _):
            path
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
        case let .notRegularFile(path, what): "\(path): not a regular file but \(what); not read"
        case let .symlinkLoop(path): "\(path): symbolic links loop (too many levels); not read"
        case let .permissionDenied(path): "\(path): permission denied"
        case let .unreadable(path, reason): "\(path): cannot read file: \(reason)"
        case let .tooLarge(path, bytes, limit, option):
            "\(path): too large: \(bytes) bytes (limit \(limit / 1_048_576) MB; raise with \(option))"
        case let .tooManyRows(path, table, rows, limit):
            "\(path): table \(table): too many rows: \(rows) (limit \(limit); raise with --max-rows)"
        case let .unsupported(path, reason): "\(path): \(reason)"
        case let .noTextLayer(path): "\(path): no text layer (scanned image?) and OCR is off (--ocr never)"
        case let .referenceData(path, reason):
            "\(path): not read: allot's bundled reference data cannot be loaded (\(reason))"
        case let .ocr(error): error.description
        }
    }
}

extension ProcessError {
    /// The error for a file that could not be read; `option` raises the size limit.
    init(_ error: SourceFileError, option: String) {
        switch error {
        case let .unreadable(path, reason): self = .unreadable(path: path, reason: reason)
        case let .empty(path): self = .pdf(.empty(path: path))
        case let .notFound(path): self = .notFound(path: path)
        case let .notRegularFile(path, what): self = .notRegularFile(path: path, what: what)
        case let .symlinkLoop(path): self = .symlinkLoop(path: path)
        case let .permissionDenied(path): self = .permissionDenied(path: path)
        case let .tooLarge(path, bytes, limit): self = .tooLarge(path: path, bytes: bytes, limit: limit, option: option)
        }
    }
}
