/// Makes a scanned page easy to read: a grey or uneven background lifted to white, and long ruled
/// lines erased (they touch digits and confuse the engine; the layout stage finds columns from
/// the text's geometry).
struct ImageCleaner: Sendable {
    var settings: OCRSettings

    /// The cleaned image, and the paper level that was mapped to white.
    func clean(_ image: GrayImage, textHeight: Double) -> GrayImage {
        var image = whitened(image)
        eraseRules(&image, minLength: Int(textHeight * settings.ruleLengthInTextHeights))
        return image
    }

    /// Stretches grey values so that the paper (a high percentile of the histogram) becomes white.
    func whitened(_ image: GrayImage) -> GrayImage {
        var histogram = [Int](repeating: 0, count: 256)
        for value in image.pixels { histogram[Int(value)] += 1 }
        let paper = Self.percentile(histogram, settings.paperPercentile, total: image.pixels.count)
        guard paper > 32, paper < 255 else { return image }
        var table = [UInt8](repeating: 255, count: 256)
        for value in 0..<256 { table[value] = UInt8(min(255, value * 255 / paper)) }
        var out = image
        out.pixels = image.pixels.map { table[Int($0)] }
        return out
    }

    /// Whitens horizontal and vertical runs of dark pixels at least `minLength` long, and the
    /// `fringe` pixels on either side of them across the run: a scanned rule is blurred (its
    /// anti-aliased edges, JPEG ringing, the straightening's interpolation), and the grey edge
    /// left behind once its dark core is gone is still a line to the engine, which then reads the
    /// cells along it as one block or not at all. Returns how many pixels were erased.
    @discardableResult
    func eraseRules(_ image: inout GrayImage, minLength: Int, fringe: Int = 0) -> Int {
        guard minLength > 0 else { return 0 }
        let dark = settings.darkLevel
        let width = image.width, height = image.height
        let reach = max(0, fringe)
        var erase = [Bool](repeating: false, count: image.pixels.count)
        image.pixels.withUnsafeBufferPointer { pixels in
            for y in 0..<height {
                var start = 0
                for x in 0...width {
                    if x < width, pixels[y * width + x] < dark { continue }
                    if x - start >= minLength {
                        for row in max(0, y - reach)...min(height - 1, y + reach) {
                            for column in start..<x { erase[row * width + column] = true }
                        }
                    }
                    start = x + 1
                }
            }
            for x in 0..<width {
                var start = 0
                for y in 0...height {
                    if y < height, pixels[y * width + x] < dark { continue }
                    if y - start >= minLength {
                        for column in max(0, x - reach)...min(width - 1, x + reach) {
                            for row in start..<y { erase[row * width + column] = true }
                        }
                    }
                    start = y + 1
                }
            }
        }
        var erased = 0
        for index in erase.indices where erase[index] {
            image.pixels[index] = 255
            erased += 1
        }
        return erased
    }

    /// Lifts the paper's texture to white: every pixel lighter than `paperTextureLevel`. Done on a
    /// page whose rules were erased: the erased rules leave white bands across a textured paper,
    /// and the engine, which reads the grey image of a line (not its binarisation), then takes the
    /// texture between the bands for strokes (乡宁县 read 二, 古 县 read 南汪让区肯。, 8971 read |).
    func liftPaperTexture(_ image: inout GrayImage) {
        let level = settings.paperTextureLevel
        image.pixels = image.pixels.map { $0 > level ? 255 : $0 }
    }

    static func percentile(_ histogram: [Int], _ fraction: Double, total: Int) -> Int {
        let target = Int(Double(total) * fraction)
        var seen = 0
        for (value, count) in histogram.enumerated() {
            seen += count
            if seen > target { return value }
        }
        return 255
    }
}
