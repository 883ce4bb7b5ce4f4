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
        guard page >= 1, page <= document.pageCount else {
            throw .noSuchPage(path: path, page: page, pageCount: document.pageCount)
        }
        guard let size = document.size(ofPageAt: page - 1) else { throw unloadable(path, page) }
        let canvas: Cairo.Canvas
        do {
            canvas = try Cairo.Canvas(width: Int((size.width * scale).rounded(.up)),
                                      height: Int((size.height * scale).rounded(.up)))
        } catch {
            throw .cairo(path: path, page: page, status: error.status, message: error.message)
        }
        canvas.paintWhite()
        canvas.scale(scale)
        guard canvas.render(document, pageAt: page - 1) else { throw unloadable(path, page) }
        for overlay in overlays { draw(overlay, on: canvas) }
        if !legend.isEmpty { drawLegend(legend, pageWidth: size.width, on: canvas) }
        do {
            try canvas.check()
            return Data(try canvas.png())
        } catch {
            throw .cairo(path: path, page: page, status: error.status, message: error.message)
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
