@testable import AllotOCR
import AllotModel
import XCTest

/// Symbols shared out among a line's ink runs in the engine's reading order (no engine needed).
final class RunAlignerTests: XCTestCase {
    /// A line 30 px tall with ink where each block says (left, right), the blocks full height.
    private func line(_ blocks: [(Int, Int)]) -> GrayImage {
        var image = GrayImage(width: 300, height: 40)
        for (left, right) in blocks {
            for y in 5..<35 {
                for x in left..<right { image.pixels[y * image.width + x] = 0 }
            }
        }
        return image
    }

    private func symbol(_ text: String, _ left: Int, _ right: Int, word: Int) -> Tesseract.Symbol {
        let lineBox = PixelBox(left: 0, top: 5, right: 300, bottom: 35)
        let box = PixelBox(left: left, top: 5, right: right, bottom: 35)
        return Tesseract.Symbol(text: text, box: box, lineBox: lineBox, wordBox: box, line: 0, word: word, confidence: 98, choices: [])
    }

    func testSymbolsWhoseBoxesLagTheInkGoToTheRunsOfTheirInk() {
        // 各市、有关 as printed: 各, 市, a sliver of 、, then 有关; the engine boxed 市 over the 、
        // and the 、 over the gap after it. The run nearest each box would put 市 in the 、's
        // sliver and leave 市's own ink without a character.
        let image = line([(10, 37), (48, 75), (86, 90), (115, 171)])
        let symbols = [symbol("各", 8, 40, word: 0), symbol("市", 80, 92, word: 1), symbol("、", 95, 110, word: 2),
                       symbol("有", 113, 141, word: 3), symbol("关", 143, 171, word: 4)]
        let glyphs = GlyphPlacer(settings: OCRSettings(), image: image, scale: 1).glyphs(symbols)
        XCTAssertEqual(glyphs.map(\.text).joined(), "各市、有关")
        let city = glyphs.first { $0.text == "市" }
        XCTAssertEqual(city?.box.x0, 48)
        XCTAssertEqual(city?.box.x1, 75)
        XCTAssertEqual(glyphs.first { $0.text == "、" }?.box.x0, 86)
    }

    func testTheEnginesWordsKeepTheirOrderWhereABoxReachesOverTheNext() {
        // 单位： then 万元: 位's box reaches over 万元, the colon's lies after 位's start.
        let runs = [(start: 10, end: 75), (start: 100, end: 157)]
        let assigned = [[symbol("单", 8, 40, word: 0), symbol("：", 70, 80, word: 1)],
                        [symbol("位", 42, 150, word: 0), symbol("万", 100, 128, word: 2), symbol("元", 130, 157, word: 3)]]
        let aligned = RunAligner(settings: OCRSettings(), height: 30).aligned(runs, assigned)
        XCTAssertEqual(aligned.map { $0.map(\.text).joined() }, ["单位：", "万元"])
    }

    func testCellsFarApartAreNotSharedOut() {
        // A name and an amount two line heights apart: each keeps what was read over it, even
        // when that is too little for its ink (1777 read 1 stays doubtful, not filled from the name).
        let runs = [(start: 10, end: 100), (start: 160, end: 220)]
        let assigned = [["阳", "泉", "市"].enumerated().map { symbol($1, 10 + 30 * $0, 40 + 30 * $0, word: 0) },
                        [symbol("1", 160, 175, word: 1)]]
        let aligned = RunAligner(settings: OCRSettings(), height: 30).aligned(runs, assigned)
        XCTAssertEqual(aligned.map { $0.map(\.text).joined() }, ["阳泉市", "1"])
    }

    func testAMarkWithNoInkNearIsDropped() {
        let image = line([(10, 37), (40, 67)])  // one run: the gap is bridged
        let symbols = [symbol("资", 10, 37, word: 0), symbol("金", 40, 67, word: 1), symbol("”", 200, 210, word: 2)]
        let glyphs = GlyphPlacer(settings: OCRSettings(), image: image, scale: 1).glyphs(symbols)
        XCTAssertEqual(glyphs.map(\.text).joined(), "资金")
    }
}
