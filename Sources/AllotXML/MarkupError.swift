/// Why libxml2 could not turn a page or part into an element tree.
public enum MarkupError: Error, Equatable, Sendable, CustomStringConvertible {
    /// libxml2 returned no document (or refused the part): its error code (-1 when it gave none)
    /// and message, trimmed.
    case parser(code: Int32, message: String)
    /// Elements are nested deeper than `limit`: libxml2 stops there and drops the rest.
    case tooDeep(limit: Int)

    /// A parser error.
    public init(code: Int32, message: String) {
        self = .parser(code: code, message: message)
    }

    /// The reason in words.
    public var message: String {
        switch self {
        case let .parser(_, message): message
        case let .tooDeep(limit): "elements nested deeper than \(limit) levels"
        }
    }

    /// "libxml2 error CODE: MESSAGE".
    public var description: String {
        switch self {
        case let .parser(code, message): "libxml2 error \(code): \(message)"
        case .tooDeep: message
        }
    }
}
