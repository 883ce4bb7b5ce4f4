import CPopplerPaths

/// The only place that calls CPopplerPaths (poppler's core API behind a C interface): a page read
/// in one pass, its text as poppler-glib's text calls give it and the marks it paints, copied into
/// Swift values with every C allocation freed before returning.
enum PopplerPaths {
    /// Why a page could not be read: poppler's message.
    struct Failure: Error {
        var message: String
    }

    /// What a page paints, in page points (top-left origin, the page's rotation applied, as text
    /// boxes are).
    struct Mark {
        enum Kind {
            /// A straight piece of a stroked path, from (x0, y0) to (x1, y1).
            case stroke
            /// The box of a filled subpath of straight lines.
            case fill
            /// The box an image is painted into.
            case image
        }

        var kind: Kind
        var x0: Double
        var y0: Double
        var x1: Double
        var y1: Double
        /// Line width of a stroke (0: the thinnest line the device draws).
        var width: Double
        /// The clip box the mark was painted in.
        var clip: (x0: Double, y0: Double, x1: Double, y1: Double)
        /// Brightest channel of the paint composited over white, 0 (black) … 1 (white).
        var brightest: Double
        /// A dashed stroke.
        var dashed: Bool
    }

    /// One page read in one pass.
    struct Page {
        /// The page as poppler-glib's text calls read it; nil for a page that has text but no
        /// layout (what poppler-glib calls unreadable).
        var raw: Poppler.RawPage?
        /// The marks the page paints, in painting order.
        var marks: [Mark]
    }

    /// A document opened from bytes; closed when the wrapper goes away. One thread at a time.
    final class Document {
        private let pointer: OpaquePointer

        fileprivate init(pointer: OpaquePointer) { self.pointer = pointer }
        deinit { allot_paths_close(pointer) }

        var pageCount: Int { max(0, Int(allot_paths_page_count(pointer))) }

        /// Page `index` (0-based): its text, glyph boxes, font sizes and marks, from one pass.
        func page(at index: Int) throws(Failure) -> Page {
            guard let index32 = Int32(exactly: index) else { throw Failure(message: "page \(index + 1) out of range") }
            if CFault.fails(.pagePaths) { throw Failure(message: "page made to fail") }
            var read = allot_page()
            var message = [CChar](repeating: 0, count: 256)
            let status = message.withUnsafeMutableBufferPointer { buffer in
                allot_paths_read_page(pointer, index32, &read, buffer.baseAddress, buffer.count)
            }
            defer { allot_paths_free_page(&read) }
            guard status == 0 else { throw Failure(message: PopplerPaths.string(message)) }
            return Page(raw: PopplerPaths.raw(read), marks: PopplerPaths.marks(read))
        }
    }

    /// Makes poppler's global parameters once for the process, before any document is opened.
    static func prepare() {
        allot_paths_prepare()
    }

    /// Opens a document from bytes already in memory (copied by the C side).
    static func open(bytes: [UInt8], password: String?) throws(Failure) -> Document {
        if CFault.fails(.openPaths) { throw Failure(message: "paths document made to fail") }
        var code: Int32 = 0
        var message = [CChar](repeating: 0, count: 256)
        let document = bytes.withUnsafeBufferPointer { data in
            message.withUnsafeMutableBufferPointer { buffer in
                allot_paths_open(data.baseAddress, data.count, password, &code, buffer.baseAddress, buffer.count)
            }
        }
        guard let document else { throw Failure(message: "\(string(message)) (poppler error \(code))") }
        return Document(pointer: document)
    }

    private static func string(_ buffer: [CChar]) -> String {
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The page's text, boxes and font-size runs, each block copied once.
    private static func raw(_ read: allot_page) -> Poppler.RawPage? {
        Poppler.RawPage.reading(width: read.width, height: read.height, utf8: read.text, boxes: {
            guard read.has_layout != 0 else { return nil }
            guard let boxes = read.boxes, read.box_count > 0 else { return [] }
            let (count, overflow) = read.box_count.multipliedReportingOverflow(by: 4)
            guard !overflow else { return nil }
            return Array(UnsafeBufferPointer(start: boxes, count: count))
        }, fontSizes: {
            // poppler-glib gives no list (NULL) for no runs, and the page is then unreadable.
            guard let runs = read.runs, read.run_count > 0 else { return nil }
            return UnsafeBufferPointer(start: runs, count: read.run_count).map { (Int($0.start), Int($0.end), $0.font_size) }
        })
    }

    private static func marks(_ read: allot_page) -> [Mark] {
        guard let marks = read.marks, read.mark_count > 0 else { return [] }
        return UnsafeBufferPointer(start: marks, count: read.mark_count).compactMap(mark)
    }

    private static func mark(_ raw: allot_mark) -> Mark? {
        let kind: Mark.Kind
        switch Int(raw.kind) {
        case Int(ALLOT_MARK_STROKE): kind = .stroke
        case Int(ALLOT_MARK_FILL): kind = .fill
        case Int(ALLOT_MARK_IMAGE): kind = .image
        default: return nil
        }
        // Tested one by one: an array of the nine made for each mark cost an allocation.
        guard raw.x0.isFinite, raw.y0.isFinite, raw.x1.isFinite, raw.y1.isFinite, raw.width.isFinite,
              raw.clip_x0.isFinite, raw.clip_y0.isFinite, raw.clip_x1.isFinite, raw.clip_y1.isFinite else { return nil }
        return Mark(kind: kind, x0: raw.x0, y0: raw.y0, x1: raw.x1, y1: raw.y1, width: raw.width,
                    clip: (raw.clip_x0, raw.clip_y0, raw.clip_x1, raw.clip_y1),
                    brightest: max(raw.red, raw.green, raw.blue), dashed: raw.dashed != 0)
    }
}
