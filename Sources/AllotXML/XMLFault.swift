/// The libxml2 calls that can fail, each of which a test can make fail on purpose
/// (`XMLFault.$failing.withValue(.readMemory) { … }`) to prove that the failure becomes a typed
/// Swift error and never a crash. Unset in normal runs: every call goes through to C.
enum XMLFault: String, CaseIterable, Sendable {
    /// `htmlNewParserCtxt` returns NULL.
    case parserContext
    /// `htmlCtxtReadMemory` returns no document.
    case readMemory
    /// `xmlNewParserCtxt` returns NULL.
    case xmlParserContext
    /// `xmlCtxtReadMemory` returns no document.
    case xmlReadMemory
    /// `xmlCreatePushParserCtxt` returns NULL.
    case pushParser
    /// `xmlParseChunk` reports an error.
    case parseChunk

    /// The call made to fail in the current task or thread, if any.
    @TaskLocal static var failing: XMLFault?

    /// True when `point` is made to fail.
    static func fails(_ point: XMLFault) -> Bool { failing == point }
}
