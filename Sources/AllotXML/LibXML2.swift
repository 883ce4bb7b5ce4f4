import CLibXML2

/// The only place that calls libxml2. The parsed C document is converted into Swift values at
/// once and freed before returning; nothing of libxml2 escapes this file.
enum LibXML2 {
    /// A C error copied out of the parser context, or a page nested too deep.
    typealias RawError = MarkupError

    /// Pages nested deeper than this are refused. It is below libxml2's own limit (256, without
    /// XML_PARSE_HUGE, where it silently stops parsing), so a page libxml2 cut short always shows
    /// an element this deep with children, and no walk over the tree can exhaust the stack.
    /// XML parts are cut off at this depth (their content below it is dropped).
    static let maximumDepth = 200

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

    /// Parses `bytes` (not empty, at most Int32.max long) decoded as `encoding`; a page without
    /// any element gives an empty `html` element.
    static func parse(_ bytes: [UInt8], encoding: String) throws(RawError) -> MarkupPage {
        _ = initialized
        // Encoding errors bypass HTML_PARSE_NOERROR and go to the per-thread structured handler:
        // ours records conversion failures (nothing is printed) and is removed before returning.
        let log = ErrorLog()
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(log).toOpaque(), { userData, error in
            guard let userData, let error else { return }
            let domain = error.pointee.domain
            let code = error.pointee.code
            if domain == Int32(XML_FROM_I18N.rawValue) || code == Int32(XML_IO_ENCODER.rawValue)
                || code == Int32(XML_I18N_CONV_FAILED.rawValue) {
                Unmanaged<ErrorLog>.fromOpaque(userData).takeUnretainedValue().conversionFailed = true
            }
        })
        defer { xmlSetStructuredErrorFunc(nil, { _, _ in }) }
        return try withExtendedLifetime(log) { () throws(RawError) -> MarkupPage in
            guard !XMLFault.fails(.parserContext), let context = htmlNewParserCtxt() else {
                throw RawError(code: -1, message: "cannot create a parser context")
            }
            defer { htmlFreeParserCtxt(context) }
            let document: htmlDocPtr? = XMLFault.fails(.readMemory) ? nil : bytes.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress, let size = Int32(exactly: buffer.count) else { return nil }
                return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { characters in
                    htmlCtxtReadMemory(context, characters, size, nil, encoding, options)
                }
            }
            guard let document else { throw lastError(of: context) }
            defer { xmlFreeDoc(document) }
            guard let root = xmlDocGetRootElement(document) else {
                return MarkupPage(root: MarkupElement(name: "html"), conversionFailed: log.conversionFailed)
            }
            var tooDeep = false
            let element = element(root, depth: 0, lowercase: true, tooDeep: &tooDeep)
            if tooDeep { throw .tooDeep(limit: maximumDepth) }
            return MarkupPage(root: element, conversionFailed: log.conversionFailed)
        }
    }

    /// What the error handler saw during one parse.
    private final class ErrorLog {
        var conversionFailed = false
    }

    static func lastError(of context: xmlParserCtxtPtr) -> RawError {
        guard let error = xmlCtxtGetLastError(UnsafeMutableRawPointer(context)) else {
            return RawError(code: -1, message: "the parser returned no document")
        }
        let message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
        let trimmed = message.reversed().drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace)
        return RawError(code: error.pointee.code, message: String(trimmed))
    }

    /// Converts `node` and its descendants; an element with children below `maximumDepth` sets
    /// `tooDeep` and loses them.
    static func element(_ node: xmlNodePtr, depth: Int, lowercase: Bool, tooDeep: inout Bool) -> MarkupElement {
        let name = string(node.pointee.name)
        var element = MarkupElement(name: lowercase ? name.lowercased() : name,
                                    attributes: attributes(of: node, lowercase: lowercase))
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                guard depth < maximumDepth else {
                    tooDeep = true
                    return element
                }
                element.children.append(.element(Self.element(current, depth: depth + 1, lowercase: lowercase,
                                                              tooDeep: &tooDeep)))
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
