/// A page raster in memory: 8-bit samples, row by row, no padding. Handed from the renderer to
/// the OCR stage as a plain value, so that OCR knows nothing of PDF.
public struct PixelBuffer: Sendable {
    /// Samples per pixel.
    public enum Format: Int, Sendable {
        /// One grey sample (0 black, 255 white).
        case gray = 1
        /// Red, green, blue.
        case rgb = 3
    }

    /// Width in pixels.
    public var width: Int
    /// Height in pixels.
    public var height: Int
    /// Sample layout.
    public var format: Format
    /// `width * height * format.rawValue` samples.
    public var samples: [UInt8]
    /// Pixels per PDF point (the render scale; 300 dpi is 300/72).
    public var pixelsPerPoint: Double

    /// Creates a buffer; nil when the sample count does not match the size.
    public init?(width: Int, height: Int, format: Format, samples: [UInt8], pixelsPerPoint: Double) {
        let (area, overflow) = width.multipliedReportingOverflow(by: height)
        guard width > 0, height > 0, !overflow, pixelsPerPoint > 0,
              area.multipliedReportingOverflow(by: format.rawValue) == (samples.count, false) else { return nil }
        self.width = width
        self.height = height
        self.format = format
        self.samples = samples
        self.pixelsPerPoint = pixelsPerPoint
    }
}
