import AllotSource

/// Why an HTML page could not be read. Every case names the file.
public enum HTMLError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file does not exist or cannot be read.
    case unreadable(path: String, reason: String)
    /// The file is empty.
    case empty(path: String)
    /// The bytes are not text (NUL bytes in a page that is not UTF-16).
    case notHTML(path: String, reason: String)
    /// The file is larger than libxml2 can take in one piece (2 GiB).
    case tooLarge(path: String, bytes: Int)
    /// Elements are nested deeper than the parser reads: the rest of the page would be lost.
    case tooDeep(path: String, limit: Int)
    /// The bytes are not valid in the encoding the page declares (or in any allot tried).
    case undecodable(path: String, encoding: String, declared: String?)
    /// libxml2 returned no document, with its error code and message.
    case parser(path: String, code: Int32, message: String)

    /// Stable machine-readable kind, used in reports.
    public var kind: String {
        switch self {
        case .unreadable: "unreadable"
        case .empty: "empty_file"
        case .notHTML: "not_html"
        case .tooLarge: "too_large"
        case .tooDeep: "too_deep"
        case .undecodable: "undecodable"
        case .parser: "libxml2_error"
        }
    }

    /// The file the error is about.
    public var path: String {
        switch self {
        case let .unreadable(path, _), let .empty(path), let .notHTML(path, _), let .tooLarge(path, _),
             let .tooDeep(path, _), let .undecodable(path, _, _), let .parser(path, _, _):
            path
        }
    }

    /// One line a user can act on.
    public var description: String {
        switch self {
        case let .unreadable(path, reason): "\(path): cannot read file: \(reason)"
        case let .empty(path): "\(path): empty file"
        case let .notHTML(path, reason): "\(path): not an HTML page (\(reason))"
        case let .tooLarge(path, bytes): "\(path): too large for the HTML parser (\(bytes) bytes)"
        case let .tooDeep(path, limit): "\(path): elements nested deeper than \(limit) levels; the page cannot be read whole"
        case let .undecodable(path, encoding, declared):
            if let declared {
                "\(path): the page declares charset \(declared) but its bytes are not valid \(encoding) (nor UTF-8 or GB18030 with a table)"
            } else {
                "\(path): the bytes are not valid \(encoding)"
            }
        case let .parser(path, code, message): "\(path): libxml2 error \(code): \(message)"
        }
    }
}

extension HTMLError {
    /// The error for a file whose bytes could not be had.
    init(_ error: SourceFileError) {
        switch error {
        case let .unreadable(path, reason): self = .unreadable(path: path, reason: reason)
        case let .empty(path): self = .empty(path: path)
        default: self = .unreadable(path: error.path, reason: error.reason)
        }
    }
}
