import CLibXML2

/// The only place that calls libxml2. The parsed C document is converted into Swift values at
/// once and freed before returning; nothing of libxml2 escapes this file.
enum LibXML2 {
    /// A C error copied out of the parser context.
    typealias RawError = MarkupError

    /// Elements nested deeper than this are cut off (their content is dropped) so that no walk
    /// over the converted tree can exhaust the stack on hostile input.
    static let maximumDepth = 256

    /// Recover from broken markup, stay silent, never fetch anything, and ignore the page's own
    /// encoding declaration: the caller has already decided the encoding and passes it in.
    private static let options = Int32(bitPattern:
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)

    /// libxml2 must be initialized once before it is used from several threads; a static let
    /// runs its initializer exactly once, thread-safely.
    static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// True when libxml2 can decode `encoding` (built in, or through iconv).
    static func supports(encoding: String) -> Bool {
        _ = initialized
        guard let handler = xmlFindCharEncodingHandler(encoding) else { return false }
        // Frees iconv-backed handlers; a no-op for the built-in ones. Never read the handler's
        // fields: the shim hides LIBXML_ICU_ENABLED, which changes the struct's layout.
        xmlCharEncCloseFunc(handler)
        return true
    }

    /// Parses `bytes` (not empty, at most Int32.max long) decoded as `encoding` and returns the
    /// root element; a page without any element gives an empty `html` element.
    static func parse(_ bytes: [UInt8], encoding: String) throws(RawError) -> MarkupElement {
        _ = initialized
        // Encoding errors bypass HTML_PARSE_NOERROR and go to the global handler, which prints to
        // stderr. The handler is per thread; ours drops them (the context still records its errors).
        xmlSetStructuredErrorFunc(nil, { _, _ in })
        guard let context = htmlNewParserCtxt() else {
            throw RawError(code: -1, message: "cannot create a parser context")
        }
        defer { htmlFreeParserCtxt(context) }
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let size = Int32(exactly: buffer.count) else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { characters in
                htmlCtxtReadMemory(context, characters, size, nil, encoding, options)
            }
        }
        guard let document else { throw lastError(of: context) }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return MarkupElement(name: "html") }
        return element(root, depth: 0, lowercase: true)
    }

    static func lastError(of context: xmlParserCtxtPtr) -> RawError {
        guard let error = xmlCtxtGetLastError(UnsafeMutableRawPointer(context)) else {
            return RawError(code: -1, message: "the parser returned no document")
        }
        let message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
        let trimmed = message.reversed().drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace)
        return RawError(code: error.pointee.code, message: String(trimmed))
    }

    static func element(_ node: xmlNodePtr, depth: Int, lowercase: Bool) -> MarkupElement {
        let name = string(node.pointee.name)
        var element = MarkupElement(name: lowercase ? name.lowercased() : name,
                                    attributes: attributes(of: node, lowercase: lowercase))
        guard depth < maximumDepth else { return element }
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                element.children.append(.element(Self.element(current, depth: depth + 1, lowercase: lowercase)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                element.children.append(.text(string(current.pointee.content)))
            default:
                break  // comments, processing instructions, DTD nodes
            }
            child = current.pointee.next
        }
        return element
    }

    private static func attributes(of node: xmlNodePtr, lowercase: Bool) -> [String: String] {
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = lowercase ? string(current.pointee.name).lowercased() : string(current.pointee.name)
            if let value = xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1) {
                defer { allot_xml_free(value) }
                attributes[name] = String(cString: value)
            } else {
                attributes[name] = ""
            }
            attribute = current.pointee.next
        }
        return attributes
    }

    private static func string(_ characters: UnsafePointer<xmlChar>?) -> String {
        characters.map { String(cString: $0) } ?? ""
    }
}
