/// The typical height of a text line on a page image, from its horizontal projection profile:
/// the median height of the bands of rows that carry ink. A ruled table's lines are left out:
/// its vertical rules ink every row from the table's top to its bottom, which would make the whole
/// table one band (and the page's text look a table high).
enum TextHeight {
    /// A dark run longer than this share of the page's width is a ruled line, not a stroke of text.
    static let ruleShareOfWidth = 1.0 / 15
    /// The blurred edge of a scanned rule, in shares of the page's width, erased with it.
    static let ruleFringeShareOfWidth = 1.0 / 600

    /// Median band height in pixels; nil when the image carries no text-like bands.
    static func median(_ image: GrayImage, darkLevel: UInt8) -> Double? {
        guard image.width > 0 else { return nil }
        var image = image
        // Rules are found at a lighter level than ink: at a probe's resolution a thin rule is a
        // grey line, darker than the paper but seldom as dark as text.
        var settings = OCRSettings()
        settings.darkLevel = UInt8((Int(darkLevel) + 255) / 2)
        let width = Double(image.width)
        ImageCleaner(settings: settings).eraseRules(&image, minLength: max(8, Int(width * ruleShareOfWidth)),
                                                    fringe: max(1, Int(width * ruleFringeShareOfWidth)))
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
