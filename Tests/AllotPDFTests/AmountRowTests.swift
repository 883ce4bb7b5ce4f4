@testable import AllotPDF
import AllotModel
import XCTest

/// Pages holding a row of figures side by side are looked at for rules even with few digits: a
/// small ruled table (the 三公 table, one row of three amounts) is no less a table.
final class AmountRowTests: XCTestCase {
    /// Glyphs of `text` from `x` on the line at `y`, half an em wide (an ideograph one em); a space
    /// leaves a gap of one em.
    private func glyphs(_ text: String, x: Double = 0, y: Double = 0) -> [Glyph] {
        var cursor = x
        var result: [Glyph] = []
        for character in text {
            if character == " " {
                cursor += 10
                continue
            }
            let width = character.unicodeScalars.allSatisfy(\.isASCII) ? 5.0 : 10
            result.append(Glyph(text: String(character), box: Box(x0: cursor, y0: y, x1: cursor + width, y1: y + 10), fontSize: 10))
            cursor += width
        }
        return result
    }

    func testFiguresSideBySideAreARow() {
        XCTAssertTrue(AmountRow.holds(glyphs("1.00") + glyphs("1.00", x: 200) + glyphs("171.01", x: 600), count: 2))
        XCTAssertTrue(AmountRow.holds(glyphs("合计 2,106.66 1,511.89"), count: 2), "a label before the figures")
        XCTAssertTrue(AmountRow.holds(glyphs("-3.50 0"), count: 2), "a minus sign, a figure without decimals")
        XCTAssertFalse(AmountRow.holds(glyphs("1.00") + glyphs("1.00", x: 200), count: 3), "two figures are no row of three")
    }

    func testARowsCellsInAnotherTextLayerOrder() {
        // ONLYOFFICE gives a header line's words and a row's figures interleaved: lines are found
        // by position, not by text-layer order.
        let header = glyphs("预算数", x: 0, y: 100) + glyphs("决算数", x: 100, y: 100)
        let row = glyphs("0.95", x: 20, y: 120) + glyphs("0.95", x: 660, y: 120)
        let interleaved = [header[0], header[1], header[2], row[0], row[1], row[2], row[3]] + header.dropFirst(3) + row.dropFirst(4)
        XCTAssertTrue(AmountRow.holds(interleaved, count: 2))
        XCTAssertTrue(AmountRow.holds(row.reversed(), count: 2))
    }

    func testRunningTextIsNoRow() {
        XCTAssertFalse(AmountRow.holds(glyphs("预算数为1.00万元，比上年增加0.50万元"), count: 2), "figures touch their words")
        XCTAssertFalse(AmountRow.holds(glyphs("预算数为 1.00 万元，比上年增加 0.50 万元"), count: 2), "words between the figures")
        XCTAssertFalse(AmountRow.holds(glyphs("第 3 页 共 20 页"), count: 2))
        XCTAssertFalse(AmountRow.holds(glyphs("1.00") + glyphs("2.00", x: 0, y: 40), count: 2), "one figure a line")
        XCTAssertFalse(AmountRow.holds(glyphs("(1) 2.5%"), count: 2), "numbering and a share are no figures")
        XCTAssertFalse(AmountRow.holds(glyphs("1.00") + glyphs("2.00", x: 25), count: 2), "a word space apart, not a cell gap")
        XCTAssertFalse(AmountRow.holds([], count: 2))
    }
}
