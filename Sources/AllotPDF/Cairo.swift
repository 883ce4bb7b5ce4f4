import AllotModel
import CPoppler

/// The only place that calls cairo (poppler's renderer is called from `Poppler`, onto a context
/// from here). Every surface and context is destroyed by its wrapper; PNG bytes and pixels are
/// copied into Swift arrays before returning. The library is opened when the first surface is
/// made (`library`), not linked: a run that renders nothing never loads it.
enum Cairo {
    /// A cairo status other than success, with cairo's own message, or cairo not loaded.
    struct Failure: Error {
        var status: Int32
        var message: String
        /// cairo could not be loaded (`message` says why; `status` is -1).
        var libraryUnavailable = false

        init(_ status: cairo_status_t, _ api: AllotCairoAPI) {
            self.status = Int32(bitPattern: status.rawValue)
            message = String(cString: api.cairo_status_to_string(status))
        }

        /// cairo could not be loaded: the loader's `reason`.
        init(unavailable reason: String) {
            status = -1
            message = "cannot load cairo: \(reason) (install libcairo2)"
            libraryUnavailable = true
        }
    }

    /// The functions of the library, found once a process (or why they could not be).
    private static let library = load(ALLOT_CAIRO_SONAME)

    /// Opens the cairo library named `soname` and finds the functions allot calls in it.
    static func load(_ soname: String) -> Result<AllotCairoAPI, Failure> {
        let table = UnsafeMutablePointer<AllotCairoAPI>.allocate(capacity: 1)
        defer { table.deallocate() }
        if let failure = allot_cairo_open(soname, table) {
            return .failure(Failure(unavailable: String(cString: failure)))
        }
        return .success(table.pointee)
    }

    /// The functions, loaded at the first call; the `.cairoLibrary` fault asks for a cairo that is
    /// not installed.
    private static func api() throws(Failure) -> AllotCairoAPI {
        if CFault.fails(.cairoLibrary) { return try load("libcairo-absent.so.2").get() }
        return try library.get()
    }

    /// An ARGB32 image surface and a drawing context on it, destroyed with the wrapper. The pixels
    /// are memory of our own, not cleared (every canvas is painted white before anything is drawn):
    /// cairo would zero them first.
    final class Canvas {
        private let surface: OpaquePointer
        private let context: OpaquePointer
        private let memory: UnsafeMutableRawPointer
        private let api: AllotCairoAPI

        /// A canvas of `width` × `height` pixels (cairo's limit is 32,767 a side); its pixels are
        /// undefined until `paintWhite()`.
        init(width: Int, height: Int) throws(Failure) {
            let api = try Cairo.api()
            guard (0...Self.maxSide).contains(width), (0...Self.maxSide).contains(height) else {
                throw Failure(CAIRO_STATUS_INVALID_SIZE, api)
            }
            let stride = Int(api.cairo_format_stride_for_width(CAIRO_FORMAT_ARGB32, Int32(width)))
            let memory = UnsafeMutableRawPointer.allocate(byteCount: max(1, stride * height), alignment: 16)
            let surface = api.cairo_image_surface_create_for_data(memory.assumingMemoryBound(to: UInt8.self), CAIRO_FORMAT_ARGB32,
                                                              Int32(width), Int32(height), Int32(stride))
            let status = CFault.fails(.cairoSurface) ? CAIRO_STATUS_NO_MEMORY : api.cairo_surface_status(surface)
            guard stride >= 0, status == CAIRO_STATUS_SUCCESS else {
                api.cairo_surface_destroy(surface)
                memory.deallocate()
                throw Failure(stride >= 0 ? status : CAIRO_STATUS_INVALID_STRIDE, api)
            }
            // Never NULL: a context that could not be made is in an error state, which `check()` throws.
            self.context = api.cairo_create(surface)
            self.surface = surface
            self.memory = memory
            self.api = api
        }

        deinit {
            api.cairo_destroy(context)
            api.cairo_surface_finish(surface)
            api.cairo_surface_destroy(surface)
            memory.deallocate()
        }

        /// Largest side cairo's image surfaces take.
        static let maxSide = 32_767

        /// The first error the context ran into, if any (cairo errors are sticky).
        func check() throws(Failure) {
            let status = api.cairo_status(context)
            if status != CAIRO_STATUS_SUCCESS { throw Failure(status, api) }
        }

        /// Fills the whole surface with opaque white; PDF pages are transparent where nothing is drawn.
        func paintWhite() {
            api.cairo_save(context)
            api.cairo_set_source_rgb(context, 1, 1, 1)
            api.cairo_paint(context)
            api.cairo_restore(context)
        }

        /// Scales user space so that later drawing is in page points.
        func scale(_ factor: Double) {
            api.cairo_scale(context, factor, factor)
        }

        /// Draws page `index` (0-based) of the document; false when there is no such page.
        func render(_ document: Poppler.Document, pageAt index: Int) -> Bool {
            guard let page = document.loadPage(at: index) else { return false }
            render(page)
            return true
        }

        /// Draws a loaded page.
        func render(_ page: Poppler.Page) {
            api.cairo_save(context)
            defer { api.cairo_restore(context) }
            page.render(onto: context)
        }

        /// Fills and/or strokes a rectangle in user space.
        func rectangle(x: Double, y: Double, width: Double, height: Double,
                       fill: Overlay.Color?, stroke: Overlay.Color?, lineWidth: Double, dashed: Bool) {
            if let fill {
                api.cairo_rectangle(context, x, y, width, height)
                setSource(fill)
                api.cairo_fill(context)
            }
            if let stroke {
                api.cairo_rectangle(context, x, y, width, height)
                strokePath(stroke, lineWidth: lineWidth, dashed: dashed)
            }
        }

        /// Strokes a straight line in user space.
        func line(from start: (x: Double, y: Double), to end: (x: Double, y: Double),
                  color: Overlay.Color, lineWidth: Double, dashed: Bool) {
            api.cairo_move_to(context, start.x, start.y)
            api.cairo_line_to(context, end.x, end.y)
            strokePath(color, lineWidth: lineWidth, dashed: dashed)
        }

        /// Advance width of ASCII text in the toy font at `size`.
        func textWidth(_ text: String, size: Double) -> Double {
            selectFont(size)
            var extents = cairo_text_extents_t()
            api.cairo_text_extents(context, text, &extents)
            return extents.x_advance
        }

        /// Draws ASCII text with its baseline starting at (x, y), in the toy font (no shaping, no CJK).
        func text(_ text: String, x: Double, y: Double, size: Double, color: Overlay.Color) {
            selectFont(size)
            setSource(color)
            api.cairo_move_to(context, x, y)
            api.cairo_show_text(context, text)
        }

        /// Calls `body` with the surface's pixels (valid only during the call). The surface must
        /// be opaque (painted white first), so premultiplied colour is the colour itself.
        func withRaster<R>(_ body: (Raster) -> R) -> R? {
            api.cairo_surface_flush(surface)
            let width = Int(api.cairo_image_surface_get_width(surface))
            let height = Int(api.cairo_image_surface_get_height(surface))
            let stride = Int(api.cairo_image_surface_get_stride(surface))
            guard width > 0, height > 0, stride >= width * 4, stride % 4 == 0,
                  let data = api.cairo_image_surface_get_data(surface) else { return nil }
            let base = UnsafeRawPointer(data).assumingMemoryBound(to: UInt32.self)
            return body(Raster(base: base, width: width, height: height, rowLength: stride / 4))
        }

        /// Calls `visit` with each pixel's index and colour (the surface is opaque: painted white
        /// first), after `prepare` with the pixel count; returns the size.
        private func eachPixel(prepare: (Int) -> Void,
                               visit: (Int, UInt8, UInt8, UInt8) -> Void) -> (width: Int, height: Int) {
            api.cairo_surface_flush(surface)
            let width = Int(api.cairo_image_surface_get_width(surface))
            let height = Int(api.cairo_image_surface_get_height(surface))
            let stride = Int(api.cairo_image_surface_get_stride(surface))
            guard width > 0, height > 0, let data = api.cairo_image_surface_get_data(surface) else {
                prepare(0)
                return (0, 0)
            }
            prepare(width * height)
            for y in 0..<height {
                let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
                for x in 0..<width {
                    // Native-endian 0xAARRGGBB; opaque, so premultiplication changes nothing.
                    let value = row[x]
                    visit(y * width + x, UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF))
                }
            }
            return (width, height)
        }

        /// The surface encoded as PNG.
        func png() throws(Failure) -> [UInt8] {
            api.cairo_surface_flush(surface)
            let sink = ByteSink()
            let status = withExtendedLifetime(sink) {
                api.cairo_surface_write_to_png_stream(surface, { closure, data, length in
                    guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
                    let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
                    sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
                    return CAIRO_STATUS_SUCCESS
                }, Unmanaged.passUnretained(sink).toOpaque())
            }
            guard status == CAIRO_STATUS_SUCCESS, !CFault.fails(.cairoPNG) else {
                throw Failure(status == CAIRO_STATUS_SUCCESS ? CAIRO_STATUS_WRITE_ERROR : status, api)
            }
            return sink.bytes
        }

        /// The surface's pixels as grey (BT.601 luma) or RGB samples, for recognition.
        func pixels(_ format: PixelBuffer.Format, pixelsPerPoint: Double) throws(Failure) -> PixelBuffer {
            var out: [UInt8] = []
            let (width, height) = eachPixel { count in
                out = [UInt8](repeating: 255, count: count * format.rawValue)
            } visit: { index, red, green, blue in
                switch format {
                case .gray:
                    let luma: Int = 299 * Int(red) + 587 * Int(green) + 114 * Int(blue)
                    out[index] = UInt8(luma / 1000)
                case .rgb:
                    out[index * 3] = red
                    out[index * 3 + 1] = green
                    out[index * 3 + 2] = blue
                }
            }
            guard let buffer = PixelBuffer(width: width, height: height, format: format, samples: out,
                                           pixelsPerPoint: pixelsPerPoint) else { throw Failure(CAIRO_STATUS_INVALID_SIZE, api) }
            return buffer
        }

        private func setSource(_ color: Overlay.Color) {
            api.cairo_set_source_rgba(context, color.red, color.green, color.blue, color.alpha)
        }

        private func strokePath(_ color: Overlay.Color, lineWidth: Double, dashed: Bool) {
            setSource(color)
            api.cairo_set_line_width(context, lineWidth)
            if dashed {
                let pattern = [lineWidth * 4, lineWidth * 3]
                api.cairo_set_dash(context, pattern, Int32(pattern.count), 0)
            } else {
                api.cairo_set_dash(context, nil, 0, 0)
            }
            api.cairo_stroke(context)
        }

        private func selectFont(_ size: Double) {
            api.cairo_select_font_face(context, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
            api.cairo_set_font_size(context, size)
        }
    }

    /// Collects the bytes cairo's PNG writer hands out.
    private final class ByteSink {
        var bytes: [UInt8] = []
    }

    /// A rendered page as 8-bit lightness, row by row.
    struct Gray {
        var width: Int
        var height: Int
        var pixels: [UInt8]
    }

    /// Opaque ARGB32 pixels (native-endian 0xAARRGGBB words), `rowLength` words a row; the
    /// memory belongs to whoever hands them out and is valid only while they do.
    struct Raster {
        var base: UnsafePointer<UInt32>
        var width: Int
        var height: Int
        var rowLength: Int
    }

    /// Renders a loaded page on white at `scale` pixels per point and calls `body` with its
    /// pixels; nil when the surface holds none.
    static func render<R>(_ page: Poppler.Page, scale: Double, _ body: (Raster) -> R) throws(Failure) -> R? {
        let size = page.size
        let canvas = try Canvas(width: max(1, Int((size.width * scale).rounded(.up))),
                                height: max(1, Int((size.height * scale).rounded(.up))))
        canvas.paintWhite()
        canvas.scale(scale)
        canvas.render(page)
        try canvas.check()
        return canvas.withRaster(body)
    }

    /// Decoded PNG: size and straight (not premultiplied) RGBA bytes, row by row.
    struct Pixels {
        var width: Int
        var height: Int
        var rgba: [UInt8]
    }

    /// Reads a PNG file into straight RGBA pixels.
    static func readPNG(path: String) throws(Failure) -> Pixels {
        let api = try api()
        let surface = api.cairo_image_surface_create_from_png(path)
        defer { api.cairo_surface_destroy(surface) }
        let status = api.cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else { throw Failure(status, api) }
        api.cairo_surface_flush(surface)
        let format = api.cairo_image_surface_get_format(surface)
        guard format == CAIRO_FORMAT_ARGB32 || format == CAIRO_FORMAT_RGB24 else {
            throw Failure(CAIRO_STATUS_INVALID_FORMAT, api)
        }
        let width = Int(api.cairo_image_surface_get_width(surface))
        let height = Int(api.cairo_image_surface_get_height(surface))
        let stride = Int(api.cairo_image_surface_get_stride(surface))
        guard let data = api.cairo_image_surface_get_data(surface) else { throw Failure(CAIRO_STATUS_NULL_POINTER, api) }
        var rgba = [UInt8](repeating: 0, count: width * height * 4)
        for y in 0..<height {
            let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<width {
                // Native-endian 0xAARRGGBB, colour premultiplied by alpha; RGB24 leaves alpha undefined.
                let value = row[x]
                let alpha = format == CAIRO_FORMAT_RGB24 ? 255 : Int(value >> 24)
                let offset = (y * width + x) * 4
                for index in 0..<3 {
                    let channel = Int((value >> (16 - 8 * index)) & 0xFF)
                    rgba[offset + index] = alpha == 0 ? 0 : UInt8(min(255, (channel * 255 + alpha / 2) / alpha))
                }
                rgba[offset + 3] = UInt8(alpha)
            }
        }
        return Pixels(width: width, height: height, rgba: rgba)
    }
}
