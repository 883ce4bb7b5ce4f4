import AllotPDF
import AllotStore

/// Why a page overlay or a report could not be made. Every case names the file.
public enum ReportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The page could not be rendered.
    case render(RenderError)
    /// The output could not be written.
    case write(StoreError)
    /// A dataset file is missing or unreadable.
    case unreadable(path: String, reason: String)
    /// A dataset file is not the CSV the report expects (line is 1-based; 0 for the whole file).
    case malformed(path: String, line: Int, reason: String)

    /// A dataset read error: a missing or unreadable file, or a row that is not what the schema says.
    init(_ error: StoreError) {
        switch error {
        case let .read(path, reason): self = .unreadable(path: path, reason: reason)
        case let .malformedCSV(path, line, reason): self = .malformed(path: path, line: line, reason: "malformed CSV: \(reason)")
        case let .invalid(path, line, reason): self = .malformed(path: path, line: line, reason: reason)
        default: self = .write(error)
        }
    }

    /// One line a user can act on.
    public var description: String {
        switch self {
        case let .render(error): error.description
        case let .write(error): error.description
        case let .unreadable(path, reason): "\(path): cannot read: \(reason)"
        case let .malformed(path, line, reason): line > 0 ? "\(path):\(line): \(reason)" : "\(path): \(reason)"
        }
    }
}
