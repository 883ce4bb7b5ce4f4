import CPoppler

/// The only place that calls poppler-glib and GLib (cairo itself is called from `Cairo`). Each
/// function turns C results into Swift values at once and frees every C allocation before returning.
/// The libraries are opened at the first document opened through them (`library`), not linked:
/// a run that reads every page through poppler's core never loads them.
enum Poppler {
    /// A raw C error copied out of a GError, or why the libraries could not be loaded.
    struct RawError: Error {
        var isPopplerDomain: Bool
        var domain: String
        var code: Int32
        var message: String
        /// poppler-glib or a GLib library could not be loaded (`message` names it and the package).
        var libraryUnavailable = false
    }

    /// The sonames of poppler-glib and of the GLib libraries whose functions allot calls beside it.
    struct Libraries {
        var popplerGlib = ALLOT_POPPLER_GLIB_SONAME
        var glib = ALLOT_GLIB_SONAME
        var gobject = ALLOT_GOBJECT_SONAME
        var gio = ALLOT_GIO_SONAME
    }

    /// The functions of the libraries, found once a process (or why they could not be).
    private static let library = load(Libraries())

    /// Opens the libraries named in `libraries` and finds the functions allot calls in them.
    static func load(_ libraries: Libraries) -> Result<AllotPopplerAPI, RawError> {
        let table = UnsafeMutablePointer<AllotPopplerAPI>.allocate(capacity: 1)
        defer { table.deallocate() }
        if let failure = allot_poppler_open(libraries.popplerGlib, libraries.glib, libraries.gobject, libraries.gio, table) {
            return .failure(RawError(isPopplerDomain: false, domain: "dlopen", code: -1,
                                     message: "cannot load poppler-glib: \(String(cString: failure)) (install libpoppler-glib8)",
                                     libraryUnavailable: true))
        }
        return .success(table.pointee)
    }

    /// The functions, loaded at the first call; the `.popplerLibrary` fault asks for a poppler-glib
    /// that is not installed.
    private static func api() throws(RawError) -> AllotPopplerAPI {
        if CFault.fails(.popplerLibrary) { return try load(Libraries(popplerGlib: "libpoppler-glib-absent.so.8")).get() }
        return try library.get()
    }

    /// An open poppler document, unreferenced when the wrapper goes away.
    /// Never share one between threads: poppler documents are not thread-safe.
    final class Document {
        let pointer: OpaquePointer
        fileprivate let api: AllotPopplerAPI

        fileprivate init(pointer: OpaquePointer, api: AllotPopplerAPI) {
            self.pointer = pointer
            self.api = api
        }

        deinit { api.g_object_unref(UnsafeMutableRawPointer(pointer)) }

        var pageCount: Int { max(0, Int(api.poppler_document_get_n_pages(pointer))) }

        /// Size in points of page `index` (0-based); nil when there is no such page.
        func size(ofPageAt index: Int) -> (width: Double, height: Double)? {
            loadPage(at: index)?.size
        }

        /// The 0-based page, loaded; nil when there is no such page.
        func loadPage(at index: Int) -> Page? {
            guard index >= 0, index < pageCount, let index32 = Int32(exactly: index), !CFault.fails(.loadPage),
                  let page = api.poppler_document_get_page(pointer, index32) else { return nil }
            return Page(pointer: page, api: api)
        }
    }

    /// A loaded page, unreferenced when the wrapper goes away (the page holds a reference to its
    /// document). poppler keeps the text it gathered (`raw()`) with the page, so rendering the same
    /// page afterwards does not gather the text a second time: read a page's text and render it
    /// through one `Page`. Never share one between threads.
    final class Page {
        private let pointer: OpaquePointer
        private let api: AllotPopplerAPI

        fileprivate init(pointer: OpaquePointer, api: AllotPopplerAPI) {
            self.pointer = pointer
            self.api = api
        }

        deinit { api.g_object_unref(UnsafeMutableRawPointer(pointer)) }

        /// Size in points.
        var size: (width: Double, height: Double) {
            var width = 0.0
            var height = 0.0
            api.poppler_page_get_size(pointer, &width, &height)
            return (width, height)
        }

        /// Text, glyph boxes and per-glyph font sizes; nil when poppler fails on a page that has
        /// text (an unreadable page). The extractor reads pages in one pass through
        /// `PopplerPaths`, which gives the same; this is its fallback.
        func raw() -> RawPage? {
            let (width, height) = size
            guard !CFault.fails(.pageText), let text = api.poppler_page_get_text(pointer) else { return nil }
            defer { api.g_free(text) }
            return RawPage.reading(width: width, height: height, utf8: text, boxes: layout, fontSizes: fontSizes)
        }

        /// Draws the page onto a cairo context in page points.
        func render(onto context: OpaquePointer) {
            api.poppler_page_render(pointer, context)
        }

        /// One box per scalar of the text (see `RawPage.boxes`); nil when poppler fails.
        private func layout() -> [Double]? {
            var rectangles: UnsafeMutablePointer<PopplerRectangle>? = nil
            var count: guint = 0
            let ok = !CFault.fails(.textLayout) && api.poppler_page_get_text_layout(pointer, &rectangles, &count) != 0
            defer { api.g_free(rectangles) }
            guard ok, let rectangles else { return nil }
            var values: [Double] = []
            values.reserveCapacity(4 * Int(count))
            for rectangle in UnsafeBufferPointer(start: rectangles, count: Int(count)) {
                values.append(rectangle.x1)
                values.append(rectangle.y1)
                values.append(rectangle.x2)
                values.append(rectangle.y2)
            }
            return values
        }

        /// The text's font-size runs (see `RawPage.fontSizes`); nil when poppler fails.
        private func fontSizes() -> [(start: Int, end: Int, size: Double)]? {
            guard !CFault.fails(.textAttributes), let list = api.poppler_page_get_text_attributes(pointer) else { return nil }
            defer { api.poppler_page_free_text_attributes(list) }
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

    /// What poppler reports for one page, before any interpretation, in flat arrays copied once
    /// from poppler's blocks.
    struct RawPage {
        var width: Double
        var height: Double
        /// The page text's Unicode scalars.
        var scalars: [Unicode.Scalar]
        /// One box per scalar of the text, four numbers each (x0, y0, x1, y1; origin top-left).
        var boxes: [Double]
        /// Inclusive scalar ranges of the text and their font size.
        var fontSizes: [(start: Int, end: Int, size: Double)]

        /// Number of boxes.
        var boxCount: Int { boxes.count / 4 }

        /// The page text.
        var text: String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            return String(view)
        }

        /// The page of the UTF-8 text at `utf8` (NUL-terminated), whose boxes and sizes are asked
        /// for only when it holds more than whitespace (a page without text has no layout and no
        /// attributes: that is not a failure); nil when either is missing for a page that has text.
        static func reading(width: Double, height: Double, utf8: UnsafePointer<CChar>?,
                            boxes: () -> [Double]?,
                            fontSizes: () -> [(start: Int, end: Int, size: Double)]?) -> RawPage? {
            let scalars = utf8.map(Self.scalars) ?? []
            guard scalars.contains(where: { !$0.properties.isWhitespace }) else {
                return RawPage(width: width, height: height, scalars: [], boxes: [], fontSizes: [])
            }
            guard let boxes = boxes(), let sizes = fontSizes() else { return nil }
            return RawPage(width: width, height: height, scalars: scalars, boxes: boxes, fontSizes: sizes)
        }

        /// The scalars of NUL-terminated UTF-8, an ill-formed sequence read as U+FFFD as
        /// `String(cString:)` reads it, without making the String.
        static func scalars(_ utf8: UnsafePointer<CChar>) -> [Unicode.Scalar] {
            var length = 0
            while utf8[length] != 0 { length += 1 }
            return utf8.withMemoryRebound(to: UInt8.self, capacity: length) { bytes in
                decode(UnsafeBufferPointer(start: bytes, count: length))
            }
        }

        /// The scalars of UTF-8 bytes, each ill-formed sequence read as one U+FFFD (the maximal
        /// subpart, as the standard library reads it). ASCII and two- and three-byte sequences
        /// whose lead byte takes any continuation are decoded here; the rest, by the standard
        /// library's parser one scalar at a time (its generic decoder cost about 200
        /// instructions a scalar).
        static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
            // Each scalar or ill-formed sequence takes at least one byte: the bytes' count bounds
            // the scalars', and they are written straight into the array's storage.
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { storage, count in
                count = 0
                var index = 0
                while index < bytes.count, count < storage.count {
                    let (scalar, length) = Self.scalar(in: bytes, at: index)
                    storage.initializeElement(at: count, to: scalar)
                    count += 1
                    index += length
                }
            }
        }

        /// The scalar (or U+FFFD) at `index` of non-empty `bytes` and the bytes it takes (at least one).
        private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
            let lead = bytes[index]
            if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
            let left = bytes.count - index
            if (0xC2...0xDF).contains(lead), left >= 2, bytes[index + 1] & 0xC0 == 0x80 {
                let value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                if let scalar = Unicode.Scalar(value) { return (scalar, 2) }
            }
            if (0xE1...0xEC).contains(lead) || lead == 0xEE || lead == 0xEF, left >= 3,
               bytes[index + 1] & 0xC0 == 0x80, bytes[index + 2] & 0xC0 == 0x80 {
                let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                if let scalar = Unicode.Scalar(value) { return (scalar, 3) }
            }
            var parser = Unicode.UTF8.ForwardParser()
            var iterator = UnsafeBufferPointer(rebasing: bytes[index...]).makeIterator()
            switch parser.parseScalar(from: &iterator) {
            case let .valid(encoded): return (Unicode.UTF8.decode(encoded), encoded.count)
            case let .error(length): return ("\u{FFFD}", max(length, 1))
            case .emptyInput: return ("\u{FFFD}", 1)
            }
        }
    }

    /// Opens a document from bytes already in memory.
    static func open(bytes: [UInt8], password: String?) throws(RawError) -> Document {
        let api = try api()
        let gbytes = bytes.withUnsafeBytes { buffer in
            api.g_bytes_new(buffer.baseAddress, gsize(buffer.count))
        }
        defer { api.g_bytes_unref(gbytes) }
        var error: UnsafeMutablePointer<GError>? = nil
        let document: OpaquePointer?
        if CFault.fails(.openDocument) {
            document = nil
        } else if let password {
            // poppler 22.12's _from_bytes (and _from_data) retry a wrong password on a copy of the
            // stream that they cast to the wrong class: the copy is NULL and poppler dereferences
            // it (SIGSEGV). The stream variant copies its stream correctly, so any password goes
            // through it; without a password there is no retry and the faster path is safe.
            let stream = api.g_memory_input_stream_new_from_bytes(gbytes)
            defer { api.g_object_unref(UnsafeMutableRawPointer(stream)) }
            document = api.poppler_document_new_from_stream(stream, goffset(bytes.count), password, nil, &error)
        } else {
            document = api.poppler_document_new_from_bytes(gbytes, nil, &error)
        }
        if let document {
            if let error { api.g_error_free(error) }
            return Document(pointer: document, api: api)
        }
        throw consume(error, api)
    }

    /// Copies a GError into a Swift error and frees it.
    private static func consume(_ error: UnsafeMutablePointer<GError>?, _ api: AllotPopplerAPI) -> RawError {
        guard let error else {
            return RawError(isPopplerDomain: false, domain: "unknown", code: -1, message: "no error detail")
        }
        defer { api.g_error_free(error) }
        let domain = error.pointee.domain
        let message = error.pointee.message.map { String(cString: $0) } ?? ""
        let domainName = api.g_quark_to_string(domain).map { String(cString: $0) } ?? "unknown"
        return RawError(isPopplerDomain: domain == api.poppler_error_quark(), domain: domainName,
                        code: error.pointee.code, message: message)
    }

    static let encryptedCode = Int32(POPPLER_ERROR_ENCRYPTED.rawValue)
    static let damagedCodes: Set<Int32> = [
        Int32(POPPLER_ERROR_DAMAGED.rawValue), Int32(POPPLER_ERROR_INVALID.rawValue),
        Int32(POPPLER_ERROR_BAD_CATALOG.rawValue),
    ]
}
