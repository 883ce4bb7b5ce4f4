import CLibXML2

/// The raw libxml2 calls for XML parts (OOXML, OFD): whole-part trees and a SAX push parser.
extension LibXML2 {
    /// Strict XML (an OOXML or OFD part): no network, no DTD loading, no entity substitution,
    /// and a document type declaration is refused (those parts never carry one, and it is how
    /// entity bombs arrive). Names are kept as written, without namespace prefixes.
    static let xmlOptions = Int32(bitPattern:
        XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)

    /// Parses a whole XML part and returns its root element.
    static func parseXML(_ bytes: [UInt8]) throws(RawError) -> MarkupElement {
        _ = initialized
        xmlSetStructuredErrorFunc(nil, { _, _ in })
        guard let size = Int32(exactly: bytes.count) else {
            throw RawError(code: -1, message: "part larger than 2 GiB")
        }
        guard !XMLFault.fails(.xmlParserContext), let context = xmlNewParserCtxt() else {
            throw RawError(code: -1, message: "cannot create a parser context")
        }
        defer { xmlFreeParserCtxt(context) }
        let document: xmlDocPtr? = XMLFault.fails(.xmlReadMemory) ? nil : bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { characters in
                xmlCtxtReadMemory(context, characters, size, nil, "UTF-8", xmlOptions)
            }
        }
        guard let document else { throw lastError(of: context) }
        defer { xmlFreeDoc(document) }
        if document.pointee.intSubset != nil || document.pointee.extSubset != nil {
            throw RawError(code: -1, message: "document type declarations are not allowed in this part")
        }
        guard let root = xmlDocGetRootElement(document) else {
            throw RawError(code: -1, message: "no root element")
        }
        var tooDeep = false  // an OOXML or OFD part this deep is cut off, not refused
        return element(root, depth: 0, lowercase: false, tooDeep: &tooDeep)
    }
}

extension LibXML2 {
    /// A push parser's context, opaque outside this file.
    typealias PushContext = xmlParserCtxtPtr

    /// The callbacks of a push parser and its state, reached from C through the user-data pointer.
    final class PushState {
        let onStart: (String, [String: String]) -> Void
        let onEnd: (String) -> Void
        let onText: (String) -> Void
        var context: xmlParserCtxtPtr?
        var refusedDocumentType = false

        init(onStart: @escaping (String, [String: String]) -> Void, onEnd: @escaping (String) -> Void,
             onText: @escaping (String) -> Void) {
            self.onStart = onStart
            self.onEnd = onEnd
            self.onText = onText
        }
    }

    /// A SAX2 push parser for large parts (worksheets, shared strings): bytes go in as they are
    /// decompressed and events come out, so no document tree is ever built. Returns the context
    /// (freed by `freePush`).
    static func newPush(_ state: PushState) throws(RawError) -> xmlParserCtxtPtr {
        _ = initialized
        xmlSetStructuredErrorFunc(nil, { _, _ in })
        var sax = xmlSAXHandler()
        sax.initialized = XML_SAX2_MAGIC
        sax.startElementNs = { user, localName, _, _, _, _, attributeCount, _, attributes in
            guard let user else { return }
            let state = Unmanaged<PushState>.fromOpaque(user).takeUnretainedValue()
            var values: [String: String] = [:]
            if let attributes, attributeCount > 0 {
                for index in 0..<Int(attributeCount) {
                    let base = index * 5
                    guard let name = attributes[base], let start = attributes[base + 3],
                          let end = attributes[base + 4] else { continue }
                    let length = max(0, end - start)
                    values[String(cString: name)] = String(decoding: UnsafeBufferPointer(start: start, count: length),
                                                           as: UTF8.self)
                }
            }
            state.onStart(localName.map { String(cString: $0) } ?? "", values)
        }
        sax.endElementNs = { user, localName, _, _ in
            guard let user else { return }
            Unmanaged<PushState>.fromOpaque(user).takeUnretainedValue().onEnd(localName.map { String(cString: $0) } ?? "")
        }
        sax.characters = { user, characters, length in
            guard let user, let characters, length > 0 else { return }
            let text = String(decoding: UnsafeBufferPointer(start: characters, count: Int(length)), as: UTF8.self)
            Unmanaged<PushState>.fromOpaque(user).takeUnretainedValue().onText(text)
        }
        sax.internalSubset = { user, _, _, _ in
            guard let user else { return }
            let state = Unmanaged<PushState>.fromOpaque(user).takeUnretainedValue()
            state.refusedDocumentType = true
            if let context = state.context { xmlStopParser(context) }
        }
        let user = Unmanaged.passUnretained(state).toOpaque()
        guard !XMLFault.fails(.pushParser), let context = xmlCreatePushParserCtxt(&sax, user, nil, 0, nil) else {
            throw RawError(code: -1, message: "cannot create a push parser")
        }
        _ = xmlCtxtUseOptions(context, xmlOptions)
        state.context = context
        return context
    }

    /// Hands a chunk (or, with `terminate`, the end of input) to the push parser.
    static func push(_ context: xmlParserCtxtPtr, _ state: PushState, _ bytes: UnsafeRawBufferPointer,
                     terminate: Bool) throws(RawError) {
        guard let size = Int32(exactly: bytes.count) else { throw RawError(code: -1, message: "chunk too large") }
        let status = XMLFault.fails(.parseChunk) ? -1 : bytes.withMemoryRebound(to: CChar.self) { characters in
            xmlParseChunk(context, characters.baseAddress, size, terminate ? 1 : 0)
        }
        if state.refusedDocumentType {
            throw RawError(code: -1, message: "document type declarations are not allowed in this part")
        }
        if status != 0 { throw lastError(of: context) }
    }

    /// Frees a push parser's context and the document it may hold.
    static func freePush(_ context: xmlParserCtxtPtr) {
        if let document = context.pointee.myDoc { xmlFreeDoc(document) }
        xmlFreeParserCtxt(context)
    }
}
