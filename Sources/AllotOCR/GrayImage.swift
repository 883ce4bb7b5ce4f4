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
    /// white first, so that black text under a seal is read without it. A red pixel dark in the
    /// red channel is a printed stroke under the seal's ink (red ink lets red light through; the
    /// ink alone is light there): it keeps that darkness, so the strokes of a signature and date
    /// under a seal's ring are not dropped with it.
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
                        if let dropRed, dropRed.isRed(red: red, green: green, blue: blue) {
                            if red < dropRed.textLevel { gray[index] = UInt8(red) }
                            continue
                        }
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
    /// A red pixel whose red channel is darker than this is a printed stroke seen through red ink
    /// (a seal over the signature and date), kept at that darkness; lighter, it is the ink alone
    /// (a seal's red on paper is about 200 there, black under it below 100).
    var textLevel = RedInk.strokeLevel

    /// The red channel level between a seal's ink alone and a stroke seen through it.
    static let strokeLevel = 128

    init(margin: Int, textLevel: Int = RedInk.strokeLevel) {
        self.margin = margin
        self.textLevel = textLevel
    }

    init(_ settings: OCRSettings) {
        self.init(margin: settings.redMargin)
    }

    func isRed(red: Int, green: Int, blue: Int) -> Bool {
        red - max(green, blue) >= margin
    }
}

extension GrayImage {
    /// The image `factor` times larger (bilinear): a small cell read again at a higher resolution.
    func scaled(by factor: Int) -> GrayImage {
        guard factor > 1, width > 0, height > 0 else { return self }
        var out = GrayImage(width: width * factor, height: height * factor)
        let step = 1 / Double(factor)
        for y in 0..<out.height {
            let sy = max(0, (Double(y) + 0.5) * step - 0.5)
            let y0 = min(height - 1, Int(sy)), y1 = min(height - 1, y0 + 1)
            let fy = sy - Double(y0)
            for x in 0..<out.width {
                let sx = max(0, (Double(x) + 0.5) * step - 0.5)
                let x0 = min(width - 1, Int(sx)), x1 = min(width - 1, x0 + 1)
                let fx = sx - Double(x0)
                let top = Double(pixels[y0 * width + x0]) * (1 - fx) + Double(pixels[y0 * width + x1]) * fx
                let bottom = Double(pixels[y1 * width + x0]) * (1 - fx) + Double(pixels[y1 * width + x1]) * fx
                out.pixels[y * out.width + x] = UInt8(max(0, min(255, (top * (1 - fy) + bottom * fy).rounded())))
            }
        }
        return out
    }

    /// The image in black and white at Otsu's threshold (the level that best separates ink from
    /// paper in this image alone): another binarisation than the engine's own.
    func binarized() -> GrayImage {
        var histogram = [Int](repeating: 0, count: 256)
        for value in pixels { histogram[Int(value)] += 1 }
        let total = Double(pixels.count)
        guard total > 0 else { return self }
        let sum = histogram.enumerated().reduce(0.0) { $0 + Double($1.offset * $1.element) }
        var below = 0.0, belowSum = 0.0, best = 0.0, threshold = 128
        for level in 0..<256 {
            below += Double(histogram[level])
            guard below > 0, below < total else { continue }
            belowSum += Double(level * histogram[level])
            let meanBelow = belowSum / below, meanAbove = (sum - belowSum) / (total - below)
            let between = below * (total - below) * (meanBelow - meanAbove) * (meanBelow - meanAbove)
            if between > best {
                best = between
                threshold = level
            }
        }
        var out = self
        out.pixels = pixels.map { Int($0) <= threshold ? 0 : 255 }
        return out
    }
}
