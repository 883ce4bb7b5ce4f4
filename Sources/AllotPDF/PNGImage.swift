import AllotModel
import Foundation

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
            throw RenderError(error, path: path, page: 0)
        }
    }

    /// The RGBA bytes of row `y` (origin top left), four a pixel; nil outside the image.
    public func row(_ y: Int) -> ArraySlice<UInt8>? {
        guard y >= 0, y < height else { return nil }
        return rgba[(y * width * 4)..<((y + 1) * width * 4)]
    }

    /// The pixel at column `x`, row `y` (origin top left); nil outside the image.
    public func pixel(x: Int, y: Int) -> Pixel? {
        guard x >= 0, x < width, y >= 0, y < height else { return nil }
        let offset = (y * width + x) * 4
        return Pixel(red: rgba[offset], green: rgba[offset + 1], blue: rgba[offset + 2], alpha: rgba[offset + 3])
    }
}
