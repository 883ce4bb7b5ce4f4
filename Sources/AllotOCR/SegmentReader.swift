/// Reads every amount segment of a line (a run of digits between wide gaps: in a table, one
/// cell) a second time on its own, as a one-line image with a digit whitelist. Far more accurate
/// than the page pass, and it gives the alternatives the arithmetic check needs. (Reading the
/// text cells again was measured too: no more accurate for names, and slower.)
struct SegmentReader {
    var digitEngine: Tesseract.Engine
    /// Reads short runs of ideographs (a region name in a table cell) a second time: its readings
    /// join the page pass's alternatives for the catalogue to choose from.
    var textEngine: Tesseract.Engine
    var settings: OCRSettings
    var textHeight: Double
    var dpi: Int

    /// The page's symbols with each segment replaced by its second reading (kept when the second
    /// reading finds nothing).
    func reread(_ symbols: [Tesseract.Symbol], in image: GrayImage) throws(Tesseract.RawError) -> [Tesseract.Symbol] {
        var result: [Tesseract.Symbol] = []
        let touching = Int(textHeight * settings.inkGapInTextHeights)
        var rest: [Tesseract.Symbol] = []
        for (_, line) in Dictionary(grouping: symbols, by: \.line).sorted(by: { $0.key < $1.key }) {
            let whole = Segment(symbols: line.sorted { $0.box.left < $1.box.left }, leftLimit: Int.min, rightLimit: Int.max)
            guard isPageNumberPlace(whole, in: image) else {
                rest += line
                continue
            }
            // "— 4 —" comes back from the page pass as 人, 和3— or 03王记时; read as digits it is 4.
            let again = try read(whole, in: image, engine: digitEngine)
            let digits = again.flatMap { Array($0.text) }.filter(\.isASCIIDigit)
            let isNumber = again.allSatisfy { $0.text.allSatisfy { $0.isASCIIDigit || $0 == "-" } }
            result += (1...3).contains(digits.count) && isNumber ? again : whole.symbols
        }
        for segment in segments(rest) {
            // Digits that touch text (2023年) are part of a sentence, not a cell.
            if Self.isShortName(segment.symbols, limit: settings.maxNameLength) {
                let again = try read(segment, in: image, engine: textEngine)
                result += Self.withAlternatives(segment.symbols, from: again)
                continue
            }
            guard segment.symbols.allSatisfy({ Self.isAmountSymbol($0.text) }),
                  let first = segment.symbols.first, let last = segment.symbols.last,
                  segment.leftLimit == Int.min || first.box.left - segment.leftLimit > touching,
                  segment.rightLimit == Int.max || segment.rightLimit - last.box.right > touching else {
                result += segment.symbols
                continue
            }
            let again = try read(segment, in: image, engine: digitEngine)
            guard !again.isEmpty, again.allSatisfy({ Self.isAmountSymbol($0.text) }) else {
                result += segment.symbols
                continue
            }
            result += Self.compared(again, with: segment.symbols)
        }
        return result
    }

    /// Whether a segment is where a page number is printed (GB/T 9704: "— 4 —" centred at the
    /// foot, or at the head): a line in the top or bottom margin, centred, a few text heights wide.
    func isPageNumberPlace(_ segment: Segment, in image: GrayImage) -> Bool {
        guard let left = segment.symbols.map(\.box.left).min(), let right = segment.symbols.map(\.box.right).max(),
              let top = segment.symbols.map(\.lineBox.top).min(), let bottom = segment.symbols.map(\.lineBox.bottom).max()
        else { return false }
        let height = Double(image.height), width = Double(image.width)
        let inMargin = Double(top) > height * (1 - settings.bottomMarginShare) || Double(bottom) < height * settings.topMarginShare
        let centre = Double(left + right) / 2
        return inMargin && abs(centre - width / 2) < width * settings.pageNumberCentring
            && Double(right - left) < textHeight * settings.pageNumberWidthInTextHeights
    }

    /// One segment and how far its crop may reach sideways without taking in a neighbour's ink.
    struct Segment {
        var symbols: [Tesseract.Symbol]
        var leftLimit: Int
        var rightLimit: Int
    }

    /// Symbols cut into segments: same line, in x order, neighbours at most `segmentGap` apart;
    /// a digit run is a segment of its own even when it touches text (全省合计403155).
    func segments(_ symbols: [Tesseract.Symbol]) -> [Segment] {
        let gap = Int(textHeight * settings.segmentGapInTextHeights)
        let lines = Dictionary(grouping: symbols, by: \.line).sorted { $0.key < $1.key }
        var result: [Segment] = []
        for (_, line) in lines {
            let sorted = line.sorted { $0.box.left < $1.box.left }
            var start = 0
            for index in sorted.indices {
                let next = index + 1
                let breaks = next == sorted.count || sorted[next].box.left - sorted[index].box.right > gap
                    || Self.isAmountSymbol(sorted[next].text) != Self.isAmountSymbol(sorted[index].text)
                guard breaks else { continue }
                // A phantom mark (GlyphPlacer) can sit on the digits: neighbours are ink, not marks.
                let before = sorted[..<start].last { !GlyphPlacer.isMark($0.text) }
                let after = sorted[next...].first { !GlyphPlacer.isMark($0.text) }
                result.append(Segment(symbols: Array(sorted[start...index]),
                                      leftLimit: before?.box.right ?? Int.min, rightLimit: after?.box.left ?? Int.max))
                start = next
            }
        }
        return result
    }

    private func read(_ segment: Segment, in image: GrayImage,
                      engine: Tesseract.Engine) throws(Tesseract.RawError) -> [Tesseract.Symbol] {
        guard let first = segment.symbols.first else { return [] }
        let margin = Int(textHeight * settings.cellMarginInTextHeights)
        let union = segment.symbols.dropFirst().reduce(first.box) { box, symbol in
            PixelBox(left: min(box.left, symbol.box.left), top: min(box.top, symbol.box.top),
                     right: max(box.right, symbol.box.right), bottom: max(box.bottom, symbol.box.bottom))
        }
        let crop = PixelBox(left: max(union.left - margin / 2, segment.leftLimit),
                            top: min(union.top, first.lineBox.top) - margin / 2,
                            right: min(union.right + margin / 2, segment.rightLimit),
                            bottom: max(union.bottom, first.lineBox.bottom) + margin / 2)
            .padded(0, width: image.width, height: image.height)
        let cell = image.crop(crop).bordered(margin)
        guard cell.width > 0, cell.height > 0 else { return [] }
        let symbols = try engine.recognize(gray: cell.pixels, width: cell.width, height: cell.height, dpi: dpi,
                                           segmentation: .line)
        return symbols.map { symbol in
            var moved = symbol
            moved.box = symbol.box.offset(dx: crop.left - margin, dy: crop.top - margin)
            moved.wordBox = symbol.wordBox.offset(dx: crop.left - margin, dy: crop.top - margin)
            moved.word = -1 - first.word
            moved.lineBox = first.lineBox
            moved.line = first.line
            return moved
        }
    }

    /// The second reading with a confidence that says how sure both readings are. The engine
    /// calls nearly every digit 99; what carries information is the margin over its best
    /// alternative, and whether the page pass (another model) read the same digit. A digit the
    /// two passes read differently is doubtful, and the page pass's digit joins its alternatives.
    static func compared(_ again: [Tesseract.Symbol], with first: [Tesseract.Symbol]) -> [Tesseract.Symbol] {
        let firstDigits = first.flatMap { Array($0.text) }
        let aligned = again.count == firstDigits.count
        return again.enumerated().map { index, symbol in
            var symbol = symbol
            let best = symbol.choices.map(\.confidence).max() ?? 0
            symbol.confidence = max(0, symbol.confidence - best)
            if !aligned || String(firstDigits[index]) != symbol.text {
                symbol.confidence = min(symbol.confidence, disagreement)
                if aligned, !symbol.choices.contains(where: { $0.text == String(firstDigits[index]) }) {
                    symbol.choices.insert((String(firstDigits[index]), 0), at: 0)
                }
            }
            return symbol
        }
    }

    /// The page pass's symbols, where a second reading of the same length read a character
    /// differently, with that character among their alternatives and their confidence lowered.
    static func withAlternatives(_ first: [Tesseract.Symbol], from again: [Tesseract.Symbol]) -> [Tesseract.Symbol] {
        let second = again.flatMap { Array($0.text) }.map(String.init)
        guard second.count == first.count else { return first }
        return zip(first, second).map { symbol, other in
            guard other != symbol.text else { return symbol }
            var symbol = symbol
            symbol.confidence = min(symbol.confidence, disagreement)
            if !symbol.choices.contains(where: { $0.text == other }) { symbol.choices.insert((other, 0), at: 0) }
            return symbol
        }
    }

    /// A run of 2 to `limit` ideographs and nothing else, as a region name in a cell is printed.
    static func isShortName(_ symbols: [Tesseract.Symbol], limit: Int) -> Bool {
        (2...max(2, limit)).contains(symbols.count)
            && symbols.allSatisfy { $0.text.unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) } }
    }

    /// Confidence given to a digit the two readings disagree on.
    static let disagreement = 50.0

    static func isAmountSymbol(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isASCIIDigit || $0 == "." || $0 == "," }
            && text.contains(where: \.isASCIIDigit)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
