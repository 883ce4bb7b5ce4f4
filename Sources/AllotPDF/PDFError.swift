import AllotSource

/// Why a PDF could not be read. Every case names the file.
public enum PDFError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file does not exist or cannot be read.
    case unreadable(path: String, reason: String)
    /// The file is empty.
    case empty(path: String)
    /// poppler refused the file: not a PDF, truncated or damaged beyond repair.
    case damaged(path: String, reason: String)
    /// The PDF is encrypted and no (or a wrong) password was given.
    case encrypted(path: String)
    /// The PDF is encrypted and the password given does not open it.
    case wrongPassword(path: String)
    /// The document has more pages than the limit.
    case tooManyPages(path: String, pages: Int, limit: Int)
    /// A page carries more glyphs than the limit.
    case tooManyGlyphs(path: String, page: Int, glyphs: Int, limit: Int)
    /// Any other error poppler reported, with its domain and code.
    case poppler(path: String, domain: String, code: Int32, message: String)
    /// The file needed poppler-glib (poppler's core could not open it), which could not be loaded.
    case libraryUnavailable(path: String, reason: String)

    /// Stable machine-readable kind, used in reports.
    public var kind: String {
        switch self {
        case .unreadable: "unreadable"
        case .empty: "empty_file"
        case .damaged: "not_a_pdf_or_damaged"
        case .encrypted: "encrypted"
        case .wrongPassword: "wrong_password"
        case .tooManyPages: "too_many_pages"
        case .tooManyGlyphs: "too_many_glyphs"
        case .poppler: "poppler_error"
        case .libraryUnavailable: "library_unavailable"
        }
    }

    /// The file the error is about.
    public var path: String {
        switch self {
        case let .unreadable(path, _), let .empty(path), let .damaged(path, _),
             let .encrypted(path), let .wrongPassword(path), let .poppler(path, _, _, _),
             let .tooManyPages(path, _, _), let .tooManyGlyphs(path, _, _, _), let .libraryUnavailable(path, _):
            path
        }
    }

    /// One line a user can act on.
    public var description: String {
        switch self {
        case let .unreadable(path, reason): "\(path): cannot read file: \(reason)"
        case let .empty(path): "\(path): empty file"
        case let .damaged(path, reason): "\(path): not a PDF or damaged beyond repair (\(reason))"
        case let .encrypted(path): "\(path): encrypted PDF (give the password with --password)"
        case let .wrongPassword(path): "\(path): encrypted PDF and the password given does not open it"
        case let .tooManyPages(path, pages, limit):
            "\(path): too many pages: \(pages) (limit \(limit); raise with --max-pages)"
        case let .tooManyGlyphs(path, page, glyphs, limit):
            "\(path): page \(page): too many glyphs: \(glyphs) (limit \(limit); raise with --max-glyphs)"
        case let .poppler(path, domain, code, message): "\(path): poppler error \(domain)/\(code): \(message)"
        case let .libraryUnavailable(path, reason): "\(path): \(reason)"
        }
    }
}

extension PDFError {
    /// The error for a file whose bytes could not be had.
    init(_ error: SourceFileError) {
        switch error {
        case let .unreadable(path, reason): self = .unreadable(path: path, reason: reason)
        case let .empty(path): self = .empty(path: path)
        default: self = .unreadable(path: error.path, reason: error.reason)
        }
    }
}
