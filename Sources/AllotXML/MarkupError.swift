/// A libxml2 error copied out of the parser: its code and message.
public struct MarkupError: Error, Equatable, Sendable, CustomStringConvertible {
    /// libxml2's error code (-1 when the parser gave none).
    public var code: Int32
    /// libxml2's message, trimmed.
    public var message: String

    /// Creates an error.
    public init(code: Int32, message: String) {
        self.code = code
        self.message = message
    }

    /// "libxml2 error CODE: MESSAGE".
    public var description: String { "libxml2 error \(code): \(message)" }
}
