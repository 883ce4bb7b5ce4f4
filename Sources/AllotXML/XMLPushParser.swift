/// Reads XML as a stream of events (element start with attributes, element end, text), fed in
/// chunks: memory does not grow with the part. Element and attribute names are local names.
public final class XMLPushParser {
    private let state: LibXML2.PushState
    private let raw: LibXML2Context

    /// Creates a parser that calls the closures as events arrive.
    public init(onStart: @escaping (String, [String: String]) -> Void, onEnd: @escaping (String) -> Void = { _ in },
                onText: @escaping (String) -> Void = { _ in }) throws(MarkupError) {
        state = LibXML2.PushState(onStart: onStart, onEnd: onEnd, onText: onText)
        raw = LibXML2Context(try LibXML2.newPush(state))
    }

    /// Parses the next chunk of the part.
    public func feed(_ bytes: UnsafeRawBufferPointer) throws(MarkupError) {
        try LibXML2.push(raw.pointer, state, bytes, terminate: false)
    }

    /// Parses the next chunk of the part.
    public func feed(_ bytes: [UInt8]) throws(MarkupError) {
        let result: Result<Void, MarkupError> = bytes.withUnsafeBytes { buffer in
            Result { () throws(MarkupError) in try feed(buffer) }
        }
        try result.get()
    }

    /// Ends the input; throws when the part is not well-formed.
    public func finish() throws(MarkupError) {
        let empty: [UInt8] = []
        let result: Result<Void, MarkupError> = empty.withUnsafeBytes { buffer in
            Result { () throws(MarkupError) in try LibXML2.push(raw.pointer, state, buffer, terminate: true) }
        }
        try result.get()
    }
}

/// Owns a push parser context and frees it once.
final class LibXML2Context {
    let pointer: LibXML2.PushContext

    init(_ pointer: LibXML2.PushContext) {
        self.pointer = pointer
    }

    deinit { LibXML2.freePush(pointer) }
}

/// Parses markup into element trees: HTML pages (recovering from broken markup) and XML parts.
public enum Markup {
    /// Parses an HTML page decoded as `encoding`; names lowercased.
    public static func parseHTML(_ bytes: [UInt8], encoding: String) throws(MarkupError) -> MarkupElement {
        try LibXML2.parse(bytes, encoding: encoding).root
    }

    /// Parses an HTML page decoded as `encoding`, saying whether the decoder met invalid bytes.
    public static func readHTML(_ bytes: [UInt8], encoding: String) throws(MarkupError) -> MarkupPage {
        try LibXML2.parse(bytes, encoding: encoding)
    }

    /// Parses a whole XML part (strict; no DTD).
    public static func parseXML(_ bytes: [UInt8]) throws(MarkupError) -> MarkupElement {
        try LibXML2.parseXML(bytes)
    }

    /// True when libxml2 can decode `encoding`.
    public static func supports(encoding: String) -> Bool {
        LibXML2.supports(encoding: encoding)
    }
}
