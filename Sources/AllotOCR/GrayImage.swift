import AllotModel

/// An 8-bit grey image (0 black, 255 white), rows without padding: what the OCR stage cleans and
/// hands to the engine.
struct GrayImage: Sendable {
    var width: Int
    var height: Int
    var pixels: [UInt8]

    /// A blank (white) image.
    init(width: Int, height: Int, fill: UInt8 = 255) {
        self.width = max(0, width)
        self.height = max(0, height)
        pixels = [UInt8](repeating: fill, count: self.width * self.height)
    }

    /// The buffer in grey; with `dropRed`, strongly red pixels (seals, red header marks) become
    /// white first, so that black text under a seal is read without it.
    init(_ buffer: PixelBuffer, dropRed: RedInk?) {
        width = buffer.width
        height = buffer.height
        switch buffer.format {
        case .gray:
            pixels = buffer.samples
        case .rgb:
            var out = [UInt8](repeating: 255, count: buffer.width * buffer.height)
            buffer.samples.withUnsafeBufferPointer { rgb in
                out.withUnsafeMutableBufferPointer { gray in
                    for index in 0..<gray.count {
                        let red = Int(rgb[index * 3]), green = Int(rgb[index * 3 + 1]), blue = Int(rgb[index * 3 + 2])
                        if let dropRed, dropRed.isRed(red: red, green: green, blue: blue) { continue }
                        gray[index] = UInt8((299 * red + 587 * green + 114 * blue) / 1000)
                    }
                }
            }
            pixels = out
        }
    }

    /// The pixel at (x, y), white outside the image.
    func value(x: Int, y: Int) -> UInt8 {
        guard x >= 0, y >= 0, x < width, y < height else { return 255 }
        return pixels[y * width + x]
    }

    /// The part of the image inside `box` (clipped to the image).
    func crop(_ box: PixelBox) -> GrayImage {
        let clipped = box.padded(0, width: width, height: height)
        var out = GrayImage(width: max(0, clipped.width), height: max(0, clipped.height))
        guard out.width > 0, out.height > 0 else { return out }
        pixels.withUnsafeBufferPointer { source in
            out.pixels.withUnsafeMutableBufferPointer { target in
                for row in 0..<out.height {
                    let from = (clipped.top + row) * width + clipped.left
                    for column in 0..<out.width { target[row * out.width + column] = source[from + column] }
                }
            }
        }
        return out
    }

    /// The image with a white margin of `margin` pixels on every side (the engine reads a cell
    /// better with some paper around it).
    /// The image turned clockwise by `quarterTurns` quarter turns (a quarter turn swaps width and height).
    func turned(quarterTurns: Int) -> GrayImage {
        let turns = ((quarterTurns % 4) + 4) % 4
        guard turns != 0 else { return self }
        var out = turns == 2 ? GrayImage(width: width, height: height) : GrayImage(width: height, height: width)
        let source = pixels
        for y in 0..<height {
            for x in 0..<width {
                let (tx, ty) = switch turns {
                case 1: (height - 1 - y, x)
                case 2: (width - 1 - x, height - 1 - y)
                default: (y, width - 1 - x)
                }
                out.pixels[ty * out.width + tx] = source[y * width + x]
            }
        }
        return out
    }

    func bordered(_ margin: Int) -> GrayImage {
        var out = GrayImage(width: width + 2 * margin, height: height + 2 * margin)
        for row in 0..<height {
            for column in 0..<width {
                out.pixels[(row + margin) * out.width + column + margin] = pixels[row * width + column]
            }
        }
        return out
    }
}

/// What counts as red ink: red well above both green and blue.
struct RedInk: Sendable {
    /// How far red must exceed the larger of green and blue (0-255).
    var margin: Int

    func isRed(red: Int, green: Int, blue: Int) -> Bool {
        red - max(green, blue) >= margin
    }
}
