import AllotLayout
import AllotModel
import XCTest

final class PageOrientationTests: XCTestCase {
    /// "盂县 1777" laid out as on a page turned a quarter clockwise: characters advance downwards.
    private func turnedPage() -> PageText {
        let text = Array("全省合计")
        let glyphs = text.enumerated().map { index, character in
            Glyph(text: String(character), box: Box(x0: 700, y0: 100 + Double(index) * 12, x1: 712, y1: 112 + Double(index) * 12),
                  fontSize: 12)
        }
        return PageText(number: 1, width: 595, height: 842, glyphs: glyphs)
    }

    func testDownwardTextIsDetectedAndTurnedUpright() {
        let page = turnedPage()
        XCTAssertEqual(PageOrientation.detect(page), .quarterClockwise)
        let upright = PageOrientation.quarterClockwise.turn(page)
        let lines = LineBuilder().lines(of: upright)
        XCTAssertEqual(lines.map(\.text), ["全省合计"])
        XCTAssertEqual(upright.width, 595)
        XCTAssertEqual(upright.height, 842)
        XCTAssertTrue(upright.glyphs.allSatisfy { $0.box.y0 >= 0 && $0.box.x0 >= 0 })
    }

    func testUprightTextIsLeftAlone() {
        let glyphs = glyphs("盂县", x: 100, y: 100) + glyphs("1777", x: 200, y: 100)
        let page = PageText(number: 1, width: 595, height: 842, glyphs: glyphs)
        XCTAssertEqual(PageOrientation.detect(page), .upright)
    }
}
