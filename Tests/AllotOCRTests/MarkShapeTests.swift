@testable import AllotOCR
import XCTest

/// A colon told from a comma by its ink (no engine needed).
final class MarkShapeTests: XCTestCase {
    private let line = PixelBox(left: 0, top: 0, right: 60, bottom: 30)

    /// 件 (a block of ink) then, after a gap of paper, a mark: dots at the given rows.
    private func image(markRows: [Range<Int>]) -> GrayImage {
        var image = GrayImage(width: 60, height: 30)
        for y in 2..<28 {
            for x in 5..<30 { image.pixels[y * 60 + x] = 0 }
        }
        for rows in markRows {
            for y in rows {
                for x in 34..<38 { image.pixels[y * 60 + x] = 0 }
            }
        }
        return image
    }

    private func symbol(_ text: String, _ choices: [(String, Double)]) -> Tesseract.Symbol {
        Tesseract.Symbol(text: text, box: line, lineBox: line, wordBox: line, line: 0, word: 0, confidence: 96,
                         choices: choices.map { (text: $0.0, confidence: $0.1) })
    }

    func testAColonReadAsACommaIsAColonWhenItsInkIsTwoDots() {
        let shape = MarkShape(settings: OCRSettings(), image: image(markRows: [15..<18, 22..<25]))
        let read = shape.reshaped(symbol("，", [(":", 29), (";", 19)]), end: 38, line: line)
        XCTAssertEqual(read.text, ":")
        XCTAssertEqual(read.choices.first?.text, "，")
    }

    func testACommaStaysACommaAndAColonOverOneMarkIsOne() {
        let comma = MarkShape(settings: OCRSettings(), image: image(markRows: [21..<28]))
        XCTAssertEqual(comma.reshaped(symbol("，", [(":", 29)]), end: 38, line: line).text, "，")
        XCTAssertEqual(comma.reshaped(symbol("：", [("，", 36)]), end: 38, line: line).text, "，")
        // Without the other kind among the alternatives nothing is changed.
        let colon = MarkShape(settings: OCRSettings(), image: image(markRows: [15..<18, 22..<25]))
        XCTAssertEqual(colon.reshaped(symbol("，", [("。", 20)]), end: 38, line: line).text, "，")
    }

    func testInkTooWideForAMarkChangesNothing() {
        // The run ends in 件's ink itself (no paper before the end): no mark's shape to read.
        let shape = MarkShape(settings: OCRSettings(), image: image(markRows: []))
        XCTAssertEqual(shape.reshaped(symbol("，", [(":", 29)]), end: 30, line: line).text, "，")
    }
}
