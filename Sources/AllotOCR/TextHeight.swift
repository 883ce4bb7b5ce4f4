/// The typical height of a text line on a page image, from its horizontal projection profile:
/// the median height of the bands of rows that carry ink.
enum TextHeight {
    /// Median band height in pixels; nil when the image carries no text-like bands.
    static func median(_ image: GrayImage, darkLevel: UInt8) -> Double? {
        guard image.width > 0 else { return nil }
        // A row is inked when a few pixels in a thousand are dark; isolated specks of noise are not.
        let minimum = max(2, image.width / 400)
        var bands: [Int] = []
        var run = 0
        for y in 0...image.height {
            var dark = 0
            if y < image.height {
                let start = y * image.width
                for x in 0..<image.width where image.pixels[start + x] < darkLevel { dark += 1 }
            }
            if y < image.height, dark >= minimum {
                run += 1
            } else {
                if run >= 3 { bands.append(run) }
                run = 0
            }
        }
        guard !bands.isEmpty else { return nil }
        return Double(bands.sorted()[bands.count / 2])
    }
}
