import AllotModel
import Foundation

/// Renders PDF pages into pixel buffers in memory (no files), for recognizing image-only pages.
/// Holds one open poppler document: use one rasterizer per thread.
public final class PageRasterizer {
    /// The file, as named in errors.
    public let path: String
    private let document: Poppler.Document

    /// Opens the PDF at `path`.
    public init(path: String, password: String? = nil) throws(PDFError) {
        document = try PDFExtractor.open(PDFExtractor.read(path: path), password: password)
        self.path = path
    }

    /// Size of page `page` (1-based) in points, nil when there is no such page.
    public func size(ofPage page: Int) -> (width: Double, height: Double)? {
        document.size(ofPageAt: page - 1)
    }

    /// Renders page `page` (1-based) on white at `pixelsPerPoint` (300 dpi is 300/72).
    public func render(page: Int, pixelsPerPoint: Double, format: PixelBuffer.Format) throws(RenderError) -> PixelBuffer {
        guard let size = document.size(ofPageAt: page - 1) else {
            throw .noSuchPage(path: path, page: page, pageCount: document.pageCount)
        }
        let width = Int((size.width * pixelsPerPoint).rounded(.up))
        let height = Int((size.height * pixelsPerPoint).rounded(.up))
        guard (1...Self.maxSide).contains(width), (1...Self.maxSide).contains(height) else {
            throw .cairo(path: path, page: page, status: -1,
                         message: "page of \(size.width)×\(size.height) pt is too large to render at \(pixelsPerPoint) px/pt")
        }
        do {
            let canvas = try Cairo.Canvas(width: width, height: height)
            canvas.paintWhite()
            canvas.scale(pixelsPerPoint)
            _ = canvas.render(document, pageAt: page - 1)
            try canvas.check()
            return try canvas.pixels(format, pixelsPerPoint: pixelsPerPoint)
        } catch {
            throw RenderError(error, path: path, page: page)
        }
    }

    /// Largest raster side in pixels (a 1.2 m page at 300 dpi): beyond it a page is refused, not rendered.
    static let maxSide = 14_000
}
