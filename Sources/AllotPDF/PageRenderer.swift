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
    /// `legend` in a band added below the page, where it hides nothing of it, and returns the PNG bytes.
    public func png(path: String, page: Int, overlays: [Overlay], legend: [LegendEntry] = []) throws(RenderError) -> Data {
        let document = try open(path)
        guard page >= 1, page <= document.pageCount else {
            throw .noSuchPage(path: path, page: page, pageCount: document.pageCount)
        }
        guard let size = document.size(ofPageAt: page - 1) else { throw unloadable(path, page) }
        let band: LegendBand
        let canvas: Cairo.Canvas
        do {
            band = try LegendBand(legend, pageWidth: size.width)
            canvas = try Cairo.Canvas(width: Int((max(size.width, band.width) * scale).rounded(.up)),
                                      height: Int(((size.height + band.height) * scale).rounded(.up)))
        } catch {
            throw RenderError(error, path: path, page: page)
        }
        canvas.paintWhite()
        canvas.scale(scale)
        guard canvas.render(document, pageAt: page - 1) else { throw unloadable(path, page) }
        for overlay in overlays { draw(overlay, on: canvas) }
        band.draw(legend, top: size.height, on: canvas) { draw($0, on: $1) }
        do {
            try canvas.check()
            return Data(try canvas.png())
        } catch {
            throw RenderError(error, path: path, page: page)
        }
    }

    /// A page inside the document that poppler cannot load.
    private func unloadable(_ path: String, _ page: Int) -> RenderError {
        .pdf(.poppler(path: path, domain: "poppler", code: -1, message: "cannot load page \(page)"))
    }

    private func open(_ path: String) throws(RenderError) -> Poppler.Document {
        do {
            return try PDFExtractor.open(PDFExtractor.read(path: path), password: password)
        } catch {
            throw .pdf(error)
        }
    }

    private func draw(_ overlay: Overlay, on canvas: Cairo.Canvas) {
        let box = overlay.box
        canvas.rectangle(x: box.x0, y: box.y0, width: box.width, height: box.height, fill: overlay.fill,
                         stroke: overlay.stroke, lineWidth: overlay.lineWidth, dashed: overlay.dashed)
        if overlay.strikeThrough, let color = overlay.stroke ?? overlay.fill {
            canvas.line(from: (box.x0, box.midY), to: (box.x1, box.midY), color: color.opaque,
                        lineWidth: max(overlay.lineWidth, Self.strikeWidth), dashed: false)
        }
    }

    /// Line width of a dropped line's strike-through, at least.
    private static let strikeWidth = 0.8

    /// The legend below the page: a white band holding a box of swatches and ASCII labels laid out
    /// in as many columns as the page's width takes; in page points.
    private struct LegendBand {
        static let margin = 8.0
        static let padding = 4.0
        static let fontSize = 7.0
        static let capHeight = 0.7
        static let lineHeight = 10.0
        static let swatchWidth = 16.0
        static let swatchHeight = 6.0
        static let borderWidth = 0.5
        static let background = Overlay.Color(red: 1, green: 1, blue: 1)
        static let border = Overlay.Color(red: 0.2, green: 0.2, blue: 0.2)

        /// One entry's width: swatch, label and the padding around them.
        let entryWidth: Double
        let columns: Int
        let rows: Int

        /// The band for `entries` under a page `pageWidth` wide; no band when there is no entry.
        init(_ entries: [LegendEntry], pageWidth: Double) throws(Cairo.Failure) {
            guard !entries.isEmpty else {
                (entryWidth, columns, rows) = (0, 0, 0)
                return
            }
            // Labels are measured in the toy font the legend draws them with.
            let measure = try Cairo.Canvas(width: 1, height: 1)
            let label = entries.map { measure.textWidth($0.label, size: Self.fontSize) }.max() ?? 0
            entryWidth = Self.padding * 3 + Self.swatchWidth + label
            let room = pageWidth - 2 * Self.margin - Self.padding
            columns = max(1, min(entries.count, Int(room / entryWidth)))
            rows = (entries.count + columns - 1) / columns
        }

        /// Points added below the page.
        var height: Double { rows == 0 ? 0 : Self.margin * 2 + boxHeight }
        /// Points the band needs across (the page's width is enough unless one column is wider).
        var width: Double { rows == 0 ? 0 : Self.margin * 2 + boxWidth }
        private var boxWidth: Double { Double(columns) * entryWidth + Self.padding }
        private var boxHeight: Double { Self.padding * 2 + Self.lineHeight * Double(rows) }

        /// Draws the entries row by row under the page, whose bottom edge is at `top`.
        func draw(_ entries: [LegendEntry], top: Double, on canvas: Cairo.Canvas,
                  drawing: (Overlay, Cairo.Canvas) -> Void) {
            guard rows > 0 else { return }
            let x0 = Self.margin, y0 = top + Self.margin
            canvas.rectangle(x: x0, y: y0, width: boxWidth, height: boxHeight, fill: Self.background,
                             stroke: Self.border, lineWidth: Self.borderWidth, dashed: false)
            for (index, entry) in entries.enumerated() {
                let left = x0 + Self.padding + Double(index % columns) * entryWidth
                let lineTop = y0 + Self.padding + Self.lineHeight * Double(index / columns)
                let swatchTop = lineTop + (Self.lineHeight - Self.swatchHeight) / 2
                var swatch = entry.swatch
                swatch.box = Box(x0: left, y0: swatchTop, x1: left + Self.swatchWidth, y1: swatchTop + Self.swatchHeight)
                drawing(swatch, canvas)
                canvas.text(entry.label, x: swatch.box.x1 + Self.padding,
                            y: lineTop + (Self.lineHeight + Self.fontSize * Self.capHeight) / 2,
                            size: Self.fontSize, color: Self.border)
            }
        }
    }
}
