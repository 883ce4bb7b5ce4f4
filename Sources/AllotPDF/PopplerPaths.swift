import CPopplerPaths

/// The only place that calls CPopplerPaths (poppler's core API behind a C interface): the marks a
/// page paints, copied into Swift values with every C allocation freed before returning.
enum PopplerPaths {
    /// Why the marks could not be read: poppler's message.
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

    /// A document opened from bytes; closed when the wrapper goes away. One thread at a time.
    final class Document {
        private let pointer: OpaquePointer

        fileprivate init(pointer: OpaquePointer) { self.pointer = pointer }
        deinit { allot_paths_close(pointer) }

        var pageCount: Int { max(0, Int(allot_paths_page_count(pointer))) }

        /// The marks page `index` (0-based) paints, in painting order.
        func marks(ofPageAt index: Int) throws(Failure) -> [Mark] {
            guard let index32 = Int32(exactly: index) else { throw Failure(message: "page \(index + 1) out of range") }
            if CFault.fails(.pagePaths) { throw Failure(message: "page paths made to fail") }
            var marks: UnsafeMutablePointer<allot_mark>? = nil
            var count = 0
            var message = [CChar](repeating: 0, count: 256)
            let status = message.withUnsafeMutableBufferPointer { buffer in
                allot_paths_page(pointer, index32, &marks, &count, buffer.baseAddress, buffer.count)
            }
            defer { allot_paths_free_marks(marks) }
            guard status == 0 else { throw Failure(message: PopplerPaths.string(message)) }
            guard let marks, count > 0 else { return [] }
            return UnsafeBufferPointer(start: marks, count: count).compactMap(PopplerPaths.mark)
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

    private static func mark(_ raw: allot_mark) -> Mark? {
        let kind: Mark.Kind
        switch Int(raw.kind) {
        case Int(ALLOT_MARK_STROKE): kind = .stroke
        case Int(ALLOT_MARK_FILL): kind = .fill
        case Int(ALLOT_MARK_IMAGE): kind = .image
        default: return nil
        }
        let values = [raw.x0, raw.y0, raw.x1, raw.y1, raw.width, raw.clip_x0, raw.clip_y0, raw.clip_x1, raw.clip_y1]
        guard values.allSatisfy(\.isFinite) else { return nil }
        return Mark(kind: kind, x0: raw.x0, y0: raw.y0, x1: raw.x1, y1: raw.y1, width: raw.width,
                    clip: (raw.clip_x0, raw.clip_y0, raw.clip_x1, raw.clip_y1),
                    brightest: max(raw.red, raw.green, raw.blue), dashed: raw.dashed != 0)
    }
}
