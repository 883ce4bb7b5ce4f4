/// Tells a colon from a comma by the shape of its ink. The engine reads the colon of 附件： now and
/// then as ， (the colon its second choice): a colon's ink is two dots, one above the other, a
/// comma's (or a 、's, a 。's) one mark at the foot of the line. A mark ending a run whose
/// alternatives hold one of the other kind is given that one when its own ink says so.
struct MarkShape {
    var settings: OCRSettings
    var image: GrayImage

    /// Marks printed at the foot of the line, after a character.
    static let low: Set<String> = ["，", "、", "。", "．", ",", "."]
    /// Marks printed as two marks stacked, one above the other.
    static let stacked: Set<String> = ["：", "；", ":", ";"]

    /// `symbol`, the last of a run ending at pixel column `end` of `line`, as its ink's shape reads:
    /// a low mark becomes the engine's best stacked alternative when its ink is two stacked marks,
    /// a stacked mark its best low alternative when its ink is one. Unchanged when
    /// it is no such mark, has no such alternative, or its ink cannot be told from its neighbour's.
    func reshaped(_ symbol: Tesseract.Symbol, end: Int, line: PixelBox) -> Tesseract.Symbol {
        let wanted: Set<String>
        if Self.low.contains(symbol.text) {
            wanted = Self.stacked
        } else if Self.stacked.contains(symbol.text) {
            wanted = Self.low
        } else {
            return symbol
        }
        guard let other = symbol.choices.first(where: { wanted.contains($0.text) }),
              let stacked = isStacked(end: end, line: line), stacked == Self.low.contains(symbol.text) else { return symbol }
        var reshaped = symbol
        reshaped.text = other.text
        reshaped.confidence = other.confidence
        reshaped.choices = [(symbol.text, symbol.confidence)] + symbol.choices.filter { $0.text != other.text }
        return reshaped
    }

    /// Whether the ink at the end of a run (the columns inked without a break back from `end`) is
    /// two marks stacked: its inked rows make two bands or more, each at least two rows tall, with
    /// paper between them (a colon's dots; a comma, a 、 or a 。 is one band); nil when that ink
    /// is wider than a mark's.
    private func isStacked(end: Int, line: PixelBox) -> Bool? {
        let clipped = line.padded(0, width: image.width, height: image.height)
        guard clipped.height > 0, end > clipped.left, end <= clipped.right else { return nil }
        let widest = Int(Double(clipped.height) * settings.markInkInTextHeights * 3) + 1
        var inkedRows = [Bool](repeating: false, count: clipped.height)
        var x = end - 1
        while x >= clipped.left {
            var inked = false
            for y in clipped.top..<clipped.bottom where image.pixels[y * image.width + x] < settings.darkLevel {
                inked = true
                inkedRows[y - clipped.top] = true
            }
            guard inked else { break }
            x -= 1
        }
        guard end - 1 - x <= widest else { return nil }
        var bands = 0, run = 0
        for inked in inkedRows + [false] {
            if inked {
                run += 1
            } else {
                if run >= 2 { bands += 1 }
                run = 0
            }
        }
        return bands >= 2
    }
}
