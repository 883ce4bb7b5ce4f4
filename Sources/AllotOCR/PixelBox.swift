/// A box in image pixels: left and top inclusive, right and bottom exclusive, origin top-left.
struct PixelBox: Hashable, Sendable {
    var left: Int
    var top: Int
    var right: Int
    var bottom: Int

    var width: Int { right - left }
    var height: Int { bottom - top }

    /// The box grown by `margin` on every side and kept inside `width` × `height`.
    func padded(_ margin: Int, width: Int, height: Int) -> PixelBox {
        PixelBox(left: max(0, left - margin), top: max(0, top - margin),
                 right: min(width, right + margin), bottom: min(height, bottom + margin))
    }

    /// This box moved by (dx, dy).
    func offset(dx: Int, dy: Int) -> PixelBox {
        PixelBox(left: left + dx, top: top + dy, right: right + dx, bottom: bottom + dy)
    }
}
