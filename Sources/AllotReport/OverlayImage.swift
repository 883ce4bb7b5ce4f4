import AllotPDF
import AllotStore
import Foundation

/// A page rendered to PNG with what allot understood drawn over it, and a legend.
public struct OverlayImage: Sendable {
    /// Pixels per point.
    public var scale: Double
    /// Password for encrypted files.
    public var password: String?

    /// Creates a renderer; scale 2 gives 144 dpi.
    public init(scale: Double = 2, password: String? = nil) {
        self.scale = scale
        self.password = password
    }

    /// The PNG bytes of `input.page` of the PDF at `path`.
    public func png(path: String, input: PageOverlayInput) throws(ReportError) -> Data {
        do {
            return try PageRenderer(scale: scale, password: password)
                .png(path: path, page: input.page, overlays: PageOverlays.build(input), legend: OverlayStyle.legend + HierarchyOverlays.legend)
        } catch {
            throw .render(error)
        }
    }

    /// Renders and writes the PNG to `output` atomically.
    public func write(path: String, input: PageOverlayInput, to output: String) throws(ReportError) {
        let data = try png(path: path, input: input)
        do {
            try AtomicFile.write(data, to: URL(fileURLWithPath: output))
        } catch {
            throw .write(error)
        }
    }
}
