@testable import AllotPDF
import AllotModel
import XCTest

/// Which pages the pipeline renders for ruling lines: those whose text layer runs two amounts
/// together, where the text geometry alone may not tell the cells apart.
final class RunTogetherAmountsTests: XCTestCase {
    /// Glyphs side by side, half an em wide; a space leaves a gap of one em.
    private func glyphs(_ text: String) -> [Glyph] {
        var x = 0.0
        var result: [Glyph] = []
        for character in text {
            if character == " " {
                x += 10
                continue
            }
            result.append(Glyph(text: String(character), box: Box(x0: x, y0: 0, x1: x + 5, y1: 10), fontSize: 10))
            x += 5
        }
        return result
    }

    func testTwoAmountsWithoutAGapAreRunTogether() {
        XCTAssertTrue(RuleExtractor.runsAmountsTogether(glyphs("合计9759.385377.64")))
        XCTAssertTrue(RuleExtractor.runsAmountsTogether(glyphs("1,234.561,234.56")))
    }

    func testAmountsApartAndProseAreNot() {
        // Cells that follow each other in the text layer without a space, but far apart on the page.
        let apart = glyphs("9759.38") + glyphs("5377.64").map { glyph in
            Glyph(text: glyph.text, box: Box(x0: glyph.box.x0 + 80, y0: 0, x1: glyph.box.x1 + 80, y1: 10), fontSize: 10)
        }
        XCTAssertFalse(RuleExtractor.runsAmountsTogether(apart))
        XCTAssertFalse(RuleExtractor.runsAmountsTogether(glyphs("合计 9759.38 5377.64")))
        XCTAssertFalse(RuleExtractor.runsAmountsTogether(glyphs("1,234,567.89万元")))
        XCTAssertFalse(RuleExtractor.runsAmountsTogether(glyphs("增长3.5%，其中12.8亿元")))
    }

    func testOnlySuchPagesAreRenderedWhenAsked() throws {
        let path = packageRoot.appendingPathComponent("Fixtures/fiscal/fiscal-split-codes-yuan.pdf").path
        let everyPage = try PDFExtractor(rules: RuleSettings()).extract(path: path)
        XCTAssertTrue(everyPage.pages.contains { $0.rules != nil })
        let lazily = try PDFExtractor(rules: .whereAmountsRunTogether).extract(path: path)
        XCTAssertTrue(lazily.pages.allSatisfy { $0.rules == nil }, "its amounts stand apart: no page is rendered")
    }
}
