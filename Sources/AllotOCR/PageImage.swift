import AllotModel

/// A recognized page's image as it was read: turned upright, straightened, cleaned, its ruled
/// lines erased. Glyph boxes (points) map onto it by `scale`, so a cell can be cropped from it and
/// read again (`CellRecognizer`) without rendering the page a second time.
public struct PageImage: Sendable {
    /// 1-based page number.
    public var number: Int
    /// Pixels per point of the render.
    public var scale: Double
    /// The image's resolution in dots per inch.
    public var dpi: Int { Int((scale * 72).rounded()) }
    var image: GrayImage

    init(number: Int, scale: Double, image: GrayImage) {
        self.number = number
        self.scale = scale
        self.image = image
    }

    /// The pixels under a box given in page points, grown by `margin` pixels, kept inside the image.
    func pixels(of box: Box, margin: Int) -> PixelBox {
        PixelBox(left: Int((box.x0 * scale).rounded(.down)), top: Int((box.y0 * scale).rounded(.down)),
                 right: Int((box.x1 * scale).rounded(.up)), bottom: Int((box.y1 * scale).rounded(.up)))
            .padded(margin, width: image.width, height: image.height)
    }
}
