import AllotModel
import Foundation

/// Renders one PDF page to PNG with shapes drawn over it, for showing what was read from the page.
public struct PageRenderer: Sendable {
    /// Pixels per point; 2 gives 144 dpi, readable for 10.5 pt CJK text.
    public var scale: Double
    /// Password for encrypted files, if the user has one.
    public var password: String?

    /// Creates a renderer.
    public init(scale: Double = 2, password: String? = nil) {
        self.scale = scale
        self.password = password
    }

    /// Renders page `page` (1-based) of the PDF at `path` on white, draws `overlays` in order and
    /// `legend` in the top right corner, and returns the PNG bytes.
    public func png(path: String, page: Int, overlays: [Overlay], legend: [LegendEntry] = []) throws(RenderError) -> Data {
        let document = try open(path)
        guard let size = document.size(ofPageAt: page - 1) else {
            throw .noSuchPage(path: path, page: page, pageCount: document.pageCount)
        }
        do {
            let canvas = try Cairo.Canvas(width: Int((size.width * scale).rounded(.up)),
                                          height: Int((size.height * scale).rounded(.up)))
            canvas.paintWhite()
            canvas.scale(scale)
            _ = canvas.render(document, pageAt: page - 1)
            for overlay in overlays { draw(overlay, on: canvas) }
            if !legend.isEmpty { drawLegend(legend, pageWidth: size.width, on: canvas) }
            try canvas.check()
            return Data(try canvas.png())
        } catch {
            throw .cairo(path: path, page: page, status: error.status, message: error.message)
        }
    }

    private func open(_ path: String) throws(RenderError) -> Poppler.Document {
        let bytes: [UInt8]
        do {
            bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw .pdf(.unreadable(path: path, reason: (error as NSError).localizedDescription))
        }
        guard !bytes.isEmpty else { throw .pdf(.empty(path: path)) }
        do {
            return try Poppler.open(bytes: bytes, password: password)
        } catch {
            throw .pdf(PDFExtractor.translate(error, path: path))
        }
    }

    private func draw(_ overlay: Overlay, on canvas: Cairo.Canvas) {
        let box = overlay.box
        canvas.rectangle(x: box.x0, y: box.y0, width: box.width, height: box.height, fill: overlay.fill,
                         stroke: overlay.stroke, lineWidth: overlay.lineWidth, dashed: overlay.dashed)
        if overlay.strikeThrough, let color = overlay.stroke ?? overlay.fill {
            canvas.line(from: (box.x0, box.midY), to: (box.x1, box.midY), color: color.opaque,
                        lineWidth: max(overlay.lineWidth, Legend.strikeWidth), dashed: false)
        }
    }

    /// A white box of swatches and ASCII labels, in page points, in the top right corner.
    private func drawLegend(_ entries: [LegendEntry], pageWidth: Double, on canvas: Cairo.Canvas) {
        let labelWidth = entries.map { canvas.textWidth($0.label, size: Legend.fontSize) }.max() ?? 0
        let width = Legend.padding * 3 + Legend.swatchWidth + labelWidth
        let height = Legend.padding * 2 + Legend.lineHeight * Double(entries.count)
        let x0 = pageWidth - Legend.margin - width
        let y0 = Legend.margin
        canvas.rectangle(x: x0, y: y0, width: width, height: height, fill: Legend.background,
                         stroke: Legend.border, lineWidth: Legend.borderWidth, dashed: false)
        for (index, entry) in entries.enumerated() {
            let top = y0 + Legend.padding + Legend.lineHeight * Double(index)
            let swatchTop = top + (Legend.lineHeight - Legend.swatchHeight) / 2
            var swatch = entry.swatch
            swatch.box = Box(x0: x0 + Legend.padding, y0: swatchTop,
                             x1: x0 + Legend.padding + Legend.swatchWidth, y1: swatchTop + Legend.swatchHeight)
            draw(swatch, on: canvas)
            canvas.text(entry.label, x: swatch.box.x1 + Legend.padding,
                        y: top + (Legend.lineHeight + Legend.fontSize * Legend.capHeight) / 2,
                        size: Legend.fontSize, color: Legend.border)
        }
    }

    /// Legend geometry in page points.
    private enum Legend {
        static let margin = 8.0
        static let padding = 4.0
        static let fontSize = 7.0
        static let capHeight = 0.7
        static let lineHeight = 10.0
        static let swatchWidth = 16.0
        static let swatchHeight = 6.0
        static let borderWidth = 0.5
        static let strikeWidth = 0.8
        static let background = Overlay.Color(red: 1, green: 1, blue: 1, alpha: 0.92)
        static let border = Overlay.Color(red: 0.2, green: 0.2, blue: 0.2)
    }
}

/// A shape drawn over a rendered page: a rectangle in page points (origin top left, y down), stroked
/// and/or filled; a rectangle of zero width or height draws a line.
public struct Overlay: Hashable, Sendable {
    /// A straight (not premultiplied) RGBA colour, components 0…1.
    public struct Color: Hashable, Sendable {
        /// Red, 0…1.
        public var red: Double
        /// Green, 0…1.
        public var green: Double
        /// Blue, 0…1.
        public var blue: Double
        /// Opacity, 0 (transparent) … 1 (opaque).
        public var alpha: Double

        /// Creates a colour.
        public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
            self.red = red
            self.green = green
            self.blue = blue
            self.alpha = alpha
        }

        /// The same colour fully opaque.
        public var opaque: Color { Color(red: red, green: green, blue: blue) }
    }

    /// Where, in page points.
    public var box: Box
    /// Outline colour, nil for none.
    public var stroke: Color?
    /// Fill colour, nil for none.
    public var fill: Color?
    /// Outline width in points.
    public var lineWidth: Double
    /// Dashed outline.
    public var dashed: Bool
    /// A line through the vertical middle, for struck-out text.
    public var strikeThrough: Bool

    /// Creates an overlay.
    public init(box: Box, stroke: Color? = nil, fill: Color? = nil, lineWidth: Double = 1, dashed: Bool = false,
                strikeThrough: Bool = false) {
        self.box = box
        self.stroke = stroke
        self.fill = fill
        self.lineWidth = lineWidth
        self.dashed = dashed
        self.strikeThrough = strikeThrough
    }
}

/// One line of the legend: a swatch drawn in an overlay's style, and an ASCII label.
public struct LegendEntry: Hashable, Sendable {
    /// Label, ASCII only (cairo's toy text API draws no CJK).
    public var label: String
    /// Style of the swatch; its box is ignored.
    public var swatch: Overlay

    /// Creates an entry.
    public init(label: String, swatch: Overlay) {
        self.label = label
        self.swatch = swatch
    }
}

/// Why a page could not be rendered or a PNG read. Every case names the file.
public enum RenderError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The PDF could not be opened.
    case pdf(PDFError)
    /// The page number is outside the document.
    case noSuchPage(path: String, page: Int, pageCount: Int)
    /// cairo failed while drawing or encoding (page 0 when reading a PNG).
    case cairo(path: String, page: Int, status: Int32, message: String)

    /// One line a user can act on.
    public var description: String {
        switch self {
        case let .pdf(error): error.description
        case let .noSuchPage(path, page, count): "\(path): no page \(page) (the document has \(count))"
        case let .cairo(path, page, status, message):
            page > 0 ? "\(path): page \(page): cairo error \(status): \(message)" : "\(path): cairo error \(status): \(message)"
        }
    }
}

/// A PNG file decoded to straight RGBA pixels, for tests that look at rendered overlays.
public struct PNGImage: Sendable {
    /// One pixel, not premultiplied.
    public struct Pixel: Hashable, Sendable {
        /// Red, 0…255.
        public var red: UInt8
        /// Green, 0…255.
        public var green: UInt8
        /// Blue, 0…255.
        public var blue: UInt8
        /// Opacity, 0…255.
        public var alpha: UInt8
    }

    /// Width in pixels.
    public let width: Int
    /// Height in pixels.
    public let height: Int
    private let rgba: [UInt8]

    /// Reads the PNG file at `path`.
    public static func read(path: String) throws(RenderError) -> PNGImage {
        do {
            let pixels = try Cairo.readPNG(path: path)
            return PNGImage(width: pixels.width, height: pixels.height, rgba: pixels.rgba)
        } catch {
            throw .cairo(path: path, page: 0, status: error.status, message: error.message)
        }
    }

    /// The pixel at column `x`, row `y` (origin top left); nil outside the image.
    public func pixel(x: Int, y: Int) -> Pixel? {
        guard x >= 0, x < width, y >= 0, y < height else { return nil }
        let offset = (y * width + x) * 4
        return Pixel(red: rgba[offset], green: rgba[offset + 1], blue: rgba[offset + 2], alpha: rgba[offset + 3])
    }
}
