import AllotModel
import AllotPDF
import AllotReport
import XCTest

final class PageOverlaysTests: XCTestCase {
    private let page1 = PageSample.input(page: 1)

    func testPageTableHasOnlyThePagesRowsAndZonesCutHalfwayBetweenHeaders() throws {
        let table = try XCTUnwrap(page1.pageTables.first)
        XCTAssertEqual(table.rows.map(\.number), [1, 2, 3])
        XCTAssertEqual(table.rows.map(\.level), [.total, .subtotal, .item])
        XCTAssertEqual(table.outline, Box(x0: 100, y0: 200, x1: 450, y1: 252))
        XCTAssertEqual(table.zones.map(\.x0), [100, 200, 350])
        XCTAssertEqual(table.zones.map(\.x1), [200, 350, 450])
        XCTAssertEqual(PageSample.input(page: 2).pageTables.first?.rows.map(\.number), [4])
        XCTAssertTrue(PageSample.input(page: 3).pageTables.isEmpty)
    }

    func testRowBandsAreColouredByLevelAcrossTheTable() {
        let overlays = PageOverlays.build(page1)
        XCTAssertTrue(overlays.contains(OverlayStyle.row(.total, box: Box(x0: 100, y0: 200, x1: 450, y1: 212))))
        XCTAssertTrue(overlays.contains(OverlayStyle.row(.subtotal, box: Box(x0: 100, y0: 220, x1: 450, y1: 232))))
        XCTAssertTrue(overlays.contains(OverlayStyle.row(.item, box: Box(x0: 100, y0: 240, x1: 450, y1: 252))))
        let fills = Set([RowLevel.total, .subtotal, .item, .group].map {
            OverlayStyle.row($0, box: Box(x0: 0, y0: 0, x1: 1, y1: 1)).fill
        })
        XCTAssertEqual(fills.count, 4, "every level has its own colour")
    }

    func testOutlineAndColumnCuts() {
        let overlays = PageOverlays.build(page1)
        XCTAssertTrue(overlays.contains(OverlayStyle.tableOutline(Box(x0: 100, y0: 200, x1: 450, y1: 252))))
        XCTAssertTrue(overlays.contains(OverlayStyle.columnEdge(x: 200, from: 200, to: 252)))
        XCTAssertTrue(overlays.contains(OverlayStyle.columnEdge(x: 350, from: 200, to: 252)))
    }

    func testFindingCellIsRowBandCutToColumnZoneAndDrawnLast() throws {
        let overlays = PageOverlays.build(page1)
        let cell = OverlayStyle.finding(Box(x0: 200, y0: 220, x1: 350, y1: 232))
        let wholeRow = OverlayStyle.finding(Box(x0: 100, y0: 240, x1: 450, y1: 252))
        XCTAssertEqual(Array(overlays.suffix(2)), [cell, wholeRow])
        XCTAssertEqual(cell.fill?.red, 0.9)
        XCTAssertEqual(cell.fill?.green, 0)
        XCTAssertEqual(overlays.filter { $0.stroke == cell.stroke }.count, 2, "the finding on page 2 is not drawn")
    }

    func testDroppedLinesOfThePageAreStruckThrough() {
        let dropped = PageOverlays.build(page1).filter(\.strikeThrough)
        XCTAssertEqual(dropped.map(\.box), [Box(x0: 280, y0: 800, x1: 320, y1: 812)])
    }

    func testLegendNamesEveryKindInASCII() {
        let labels = OverlayStyle.legend.map(\.label)
        for label in ["total", "subtotal", "item", "group", "dropped", "finding"] {
            XCTAssertTrue(labels.contains(label), label)
        }
        XCTAssertTrue(labels.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) })
    }
}

final class RecognizedGlyphOverlayTests: XCTestCase {
    func testRecognizedGlyphsAreOutlinedByConfidenceOnTop() throws {
        var input = PageSample.input(page: 1)
        let sure = Glyph(text: "8", box: Box(x0: 300, y0: 240, x1: 305, y1: 252), fontSize: 12,
                         reading: GlyphReading(confidence: 99))
        let doubtful = Glyph(text: "3", box: Box(x0: 305, y0: 240, x1: 310, y1: 252), fontSize: 12,
                             reading: GlyphReading(confidence: 20))
        input.recognized = [sure, doubtful]
        let overlays = PageOverlays.build(input)
        XCTAssertEqual(Array(overlays.suffix(2)), [OverlayStyle.recognized(sure.box, confidence: 99),
                                                  OverlayStyle.recognized(doubtful.box, confidence: 20)])
        XCTAssertNotEqual(OverlayStyle.recognized(sure.box, confidence: 99).stroke,
                          OverlayStyle.recognized(sure.box, confidence: 20).stroke, "the colour says the confidence")
        XCTAssertEqual(PageOverlays.build(PageSample.input(page: 1)).count, overlays.count - 2,
                       "a text-layer page draws no glyph boxes")
    }
}
