import CPoppler

/// The only place that calls poppler-glib and GLib (cairo itself is called from `Cairo`). Each
/// function turns C results into Swift values at once and frees every C allocation before returning.
enum Poppler {
    /// A raw C error copied out of a GError.
    struct RawError: Error {
        var isPopplerDomain: Bool
        var domain: String
        var code: Int32
        var message: String
    }

    /// An open poppler document, unreferenced when the wrapper goes away.
    /// Never share one between threads: poppler documents are not thread-safe.
    final class Document {
        let pointer: OpaquePointer

        init(pointer: OpaquePointer) { self.pointer = pointer }
        deinit { g_object_unref(UnsafeMutableRawPointer(pointer)) }

        var pageCount: Int { Int(poppler_document_get_n_pages(pointer)) }

        /// Text, glyph boxes and per-glyph font sizes of a 0-based page index.
        func page(at index: Int) -> RawPage? {
            withPage(at: index) { page in
                let (width, height) = Poppler.size(of: page)
                return RawPage(width: width, height: height, text: Poppler.text(of: page),
                               boxes: Poppler.layout(of: page), fontSizes: Poppler.fontSizes(of: page))
            }
        }

        /// Size in points of page `index` (0-based); nil when there is no such page.
        func size(ofPageAt index: Int) -> (width: Double, height: Double)? {
            withPage(at: index, Poppler.size(of:))
        }

        /// Draws a 0-based page onto a cairo context in page points; false when there is no such page.
        func render(pageAt index: Int, onto context: OpaquePointer) -> Bool {
            withPage(at: index) { page in poppler_page_render(page, context) } != nil
        }

        /// Runs `body` on the 0-based page, unreferenced afterwards; nil when there is no such page.
        private func withPage<T>(at index: Int, _ body: (OpaquePointer) -> T) -> T? {
            guard index >= 0, index < pageCount,
                  let page = poppler_document_get_page(pointer, Int32(index)) else { return nil }
            defer { g_object_unref(UnsafeMutableRawPointer(page)) }
            return body(page)
        }
    }

    /// What poppler reports for one page, before any interpretation.
    struct RawPage {
        var width: Double
        var height: Double
        var text: String
        /// One box per Unicode scalar of `text` (x0, y0, x1, y1; origin top-left).
        var boxes: [(Double, Double, Double, Double)]
        /// Inclusive scalar ranges of `text` and their font size.
        var fontSizes: [(start: Int, end: Int, size: Double)]
    }

    /// Opens a document from bytes already in memory.
    static func open(bytes: [UInt8], password: String?) throws(RawError) -> Document {
        let gbytes = bytes.withUnsafeBytes { buffer in
            g_bytes_new(buffer.baseAddress, gsize(buffer.count))
        }
        defer { g_bytes_unref(gbytes) }
        var error: UnsafeMutablePointer<GError>? = nil
        let document = poppler_document_new_from_bytes(gbytes, password, &error)
        if let document {
            if let error { g_error_free(error) }
            return Document(pointer: document)
        }
        throw consume(error)
    }

    /// Copies a GError into a Swift error and frees it.
    private static func consume(_ error: UnsafeMutablePointer<GError>?) -> RawError {
        guard let error else {
            return RawError(isPopplerDomain: false, domain: "unknown", code: -1, message: "no error detail")
        }
        defer { g_error_free(error) }
        let domain = error.pointee.domain
        let message = error.pointee.message.map { String(cString: $0) } ?? ""
        let domainName = g_quark_to_string(domain).map { String(cString: $0) } ?? "unknown"
        return RawError(isPopplerDomain: domain == poppler_error_quark(), domain: domainName,
                        code: error.pointee.code, message: message)
    }

    static let encryptedCode = Int32(POPPLER_ERROR_ENCRYPTED.rawValue)
    static let damagedCodes: Set<Int32> = [
        Int32(POPPLER_ERROR_DAMAGED.rawValue), Int32(POPPLER_ERROR_INVALID.rawValue),
        Int32(POPPLER_ERROR_BAD_CATALOG.rawValue),
    ]

    private static func size(of page: OpaquePointer) -> (width: Double, height: Double) {
        var width = 0.0
        var height = 0.0
        poppler_page_get_size(page, &width, &height)
        return (width, height)
    }

    private static func text(of page: OpaquePointer) -> String {
        guard let raw = poppler_page_get_text(page) else { return "" }
        defer { g_free(raw) }
        return String(cString: raw)
    }

    private static func layout(of page: OpaquePointer) -> [(Double, Double, Double, Double)] {
        var rectangles: UnsafeMutablePointer<PopplerRectangle>? = nil
        var count: guint = 0
        guard poppler_page_get_text_layout(page, &rectangles, &count) != 0, let rectangles else {
            return []
        }
        defer { g_free(rectangles) }
        return UnsafeBufferPointer(start: rectangles, count: Int(count)).map { ($0.x1, $0.y1, $0.x2, $0.y2) }
    }

    private static func fontSizes(of page: OpaquePointer) -> [(start: Int, end: Int, size: Double)] {
        guard let list = poppler_page_get_text_attributes(page) else { return [] }
        defer { poppler_page_free_text_attributes(list) }
        var result: [(start: Int, end: Int, size: Double)] = []
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            if let data = current.pointee.data {
                let attributes = data.assumingMemoryBound(to: PopplerTextAttributes.self).pointee
                result.append((Int(attributes.start_index), Int(attributes.end_index), attributes.font_size))
            }
            node = current.pointee.next
        }
        return result
    }
}
