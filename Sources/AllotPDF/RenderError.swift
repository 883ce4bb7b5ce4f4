import AllotModel
import Foundation

/// Why a page could not be rendered or a PNG read. Every case names the file.
public enum RenderError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The PDF could not be opened.
    case pdf(PDFError)
    /// The page number is outside the document.
    case noSuchPage(path: String, page: Int, pageCount: Int)
    /// cairo failed while drawing or encoding (page 0 when reading a PNG).
    case cairo(path: String, page: Int, status: Int32, message: String)
    /// cairo could not be loaded.
    case libraryUnavailable(path: String, reason: String)

    /// One line a user can act on.
    public var description: String {
        switch self {
        case let .pdf(error): error.description
        case let .noSuchPage(path, page, count): "\(path): no page \(page) (the document has \(count))"
        case let .cairo(path, page, status, message):
            page > 0 ? "\(path): page \(page): cairo error \(status): \(message)" : "\(path): cairo error \(status): \(message)"
        case let .libraryUnavailable(path, reason): "\(path): \(reason)"
        }
    }

    /// The error for a cairo failure on page `page` of `path` (0 when reading a PNG).
    init(_ failure: Cairo.Failure, path: String, page: Int) {
        self = failure.libraryUnavailable
            ? .libraryUnavailable(path: path, reason: failure.message)
            : .cairo(path: path, page: page, status: failure.status, message: failure.message)
    }
}
