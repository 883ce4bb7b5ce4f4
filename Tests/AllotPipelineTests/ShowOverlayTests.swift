import AllotModel
import AllotPDF
import AllotPipeline
import AllotReport
import Foundation
import XCTest

/// `allot show --png` end to end on the misprint fixture's page 3: the PNG has the page's size at
/// the chosen scale, the row 全省合计 is banded in the total colour, and the misprinted subtotal
/// 运城市小计 (26989 for 26899) has its 中央资金 cell in the finding red.
final class ShowOverlayTests: XCTestCase {
    private let scale = 2.0

    private func pageInput(_ trace: NoticeTrace, page: Int) -> PageOverlayInput {
        PageOverlayInput(page: page, notice: trace.notice, scan: trace.scan)
    }

    /// `color` laid over `below` with its alpha, as cairo composites.
    private func over(_ color: Overlay.Color?, _ below: (Double, Double, Double)) -> (Double, Double, Double) {
        guard let color else { return below }
        return (color.red * color.alpha + below.0 * (1 - color.alpha),
                color.green * color.alpha + below.1 * (1 - color.alpha),
                color.blue * color.alpha + below.2 * (1 - color.alpha))
    }

    private func assertPixel(_ image: PNGImage, at point: (x: Double, y: Double), is expected: (Double, Double, Double),
                             _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        guard let pixel = image.pixel(x: Int(point.x * scale), y: Int(point.y * scale)) else {
            return XCTFail("\(what): \(point) is outside the image", file: file, line: line)
        }
        let actual = [pixel.red, pixel.green, pixel.blue].map(Double.init)
        let wanted = [expected.0, expected.1, expected.2].map { ($0 * 255).rounded() }
        for (a, w) in zip(actual, wanted) {
            XCTAssertEqual(a, w, accuracy: 3, "\(what): pixel \(actual) at \(point), expected \(wanted)", file: file, line: line)
        }
    }

    func testMisprintPage3OverlayShowsTotalRowAndSubtotalFinding() throws {
        _ = FileManager.default.changeCurrentDirectoryPath(packageRoot.path)
        let path = fixturePath("jxzf-2022-125-misprint")
        let trace = try NoticeProcessor().trace(path: path)
        let input = pageInput(trace, page: 3)
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("allot-show-\(UUID().uuidString).png").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        try OverlayImage(scale: scale).write(path: path, input: input, to: output)
        let image = try PNGImage.read(path: output)

        // A4 at 144 dpi, and the legend's band below it.
        let width = try XCTUnwrap(trace.layouts.first { $0.page == 3 }?.width)
        let height = try XCTUnwrap(trace.layouts.first { $0.page == 3 }?.height)
        XCTAssertEqual(image.width, Int((width * scale).rounded(.up)))
        XCTAssertGreaterThan(image.height, Int((height * scale).rounded(.up)))
        XCTAssertEqual(image.width, 1191)

        let table = try XCTUnwrap(input.pageTables.first)
        let white = (1.0, 1.0, 1.0)
        let inset = 3.0  // points inside a box, clear of its outline

        // 全省合计: row 1, a total; its remark cell is empty, so the band shows on white paper.
        let total = try XCTUnwrap(table.row(1))
        XCTAssertEqual(total.raw.cells.first, "全省合计")
        XCTAssertEqual(total.level, .total)
        let remark = try XCTUnwrap(table.zone(named: "备注"))
        let totalFill = OverlayStyle.row(.total, box: total.raw.box).fill
        assertPixel(image, at: (remark.x0 + inset, total.raw.box.midY), is: over(totalFill, white), "全省合计 band")

        // 运城市小计: row 34, subtotal 26989 printed for 26899; its 中央资金 cell is red over the subtotal band.
        let finding = try XCTUnwrap(trace.notice.findings.first { $0.name == "运城市小计" })
        XCTAssertEqual(finding.page, 3)
        let cell = try XCTUnwrap(PageOverlays.cell(of: finding, in: input.pageTables))
        let amount = try XCTUnwrap(table.zone(named: "中央资金"))
        XCTAssertEqual(cell.x0, amount.x0)
        XCTAssertEqual(cell.x1, amount.x1)
        let subtotalFill = OverlayStyle.row(.subtotal, box: cell).fill
        let red = over(OverlayStyle.finding(cell).fill, over(subtotalFill, white))
        assertPixel(image, at: (cell.x0 + inset, cell.midY), is: red, "运城市小计 中央资金 finding")

        // Outside every table the page stays white.
        assertPixel(image, at: (inset, height - inset), is: white, "margin")
    }

    func testShowOnAMissingPageIsAnError() throws {
        _ = FileManager.default.changeCurrentDirectoryPath(packageRoot.path)
        let path = fixturePath("jxzf-2022-125-misprint")
        let trace = try NoticeProcessor().trace(path: path)
        XCTAssertThrowsError(try OverlayImage().png(path: path, input: pageInput(trace, page: 9))) { error in
            XCTAssertEqual(error as? ReportError, .render(.noSuchPage(path: path, page: 9, pageCount: 5)))
        }
    }
}

extension ShowOverlayTests {
    /// Two lists side by side (fiscal-sides-economic: 人员经费 | 公用经费 under one header printed
    /// twice): a printed row holds a row of each half, each banded across its own half; the misprinted
    /// 商品和服务支出's cell is the right half's 决算数, on the row it is printed on; the text grid
    /// prints each printed row once with both rows' numbers.
    func testTwoSidedRowsAreDrawnInTheirOwnHalf() throws {
        _ = FileManager.default.changeCurrentDirectoryPath(packageRoot.path)
        let path = "Fixtures/fiscal/fiscal-sides-economic.pdf"
        let trace = try NoticeProcessor().trace(path: path)
        let input = pageInput(trace, page: 1)
        let page = try XCTUnwrap(input.pageTables.first)
        let table = try XCTUnwrap(trace.notice.tables.first)
        XCTAssertEqual(page.rows.count, table.rows.count)
        let finding = try XCTUnwrap(trace.notice.findings.first { $0.check == .subtotal })
        XCTAssertEqual(finding.name, "商品和服务支出")
        let right = try XCTUnwrap(page.row(finding.row))
        XCTAssertEqual(right.raw.cells.dropFirst(3).first, "302")
        let left = try XCTUnwrap(page.rows.first { $0.printed == right.printed && $0.number != right.number })
        XCTAssertEqual(left.raw.cells.first, "301")
        let outline = try XCTUnwrap(page.outline)
        let leftBand = PageOverlays.band(of: left, in: outline, page)
        let rightBand = PageOverlays.band(of: right, in: outline, page)
        XCTAssertLessThanOrEqual(leftBand.x1, rightBand.x0 + 0.01)
        XCTAssertEqual(leftBand.x0, outline.x0)
        XCTAssertEqual(rightBand.x1, outline.x1)
        let cell = try XCTUnwrap(PageOverlays.cell(of: finding, in: input.pageTables))
        let amounts = page.zones.filter { $0.column.name == "决算数" }
        XCTAssertEqual(amounts.count, 2)
        XCTAssertEqual(cell.x0, amounts.last?.x0)
        XCTAssertEqual(cell.midY, right.raw.box.midY, accuracy: 0.01)
        let grid = PageGrid.render(input, source: path)
        XCTAssertTrue(grid.contains(" \(left.number)/\(right.number)  subtotal/subtotal "), grid)
    }
}

extension ShowOverlayTests {
    /// The legend hides nothing: it is drawn in a band added below the page (a full-width table's
    /// top-right header cells were under it), so the page with its overlays is, pixel for pixel,
    /// the same as drawn without a legend, and every legend pixel is below every cell box drawn.
    func testLegendIsBelowThePageAndHidesNothing() throws {
        let scale = 1.0
        _ = FileManager.default.changeCurrentDirectoryPath(packageRoot.path)
        let path = "Fixtures/fiscal/fiscal-split-codes-yuan.pdf"
        let trace = try NoticeProcessor().trace(path: path)
        let input = pageInput(trace, page: 1)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("allot-legend-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let withLegend = folder.appendingPathComponent("legend.png").path
        let without = folder.appendingPathComponent("plain.png").path
        try OverlayImage(scale: scale).write(path: path, input: input, to: withLegend)
        let overlays = PageOverlays.build(input)
        try PageRenderer(scale: scale).png(path: path, page: 1, overlays: overlays).write(to: URL(fileURLWithPath: without))
        let legend = try PNGImage.read(path: withLegend)
        let plain = try PNGImage.read(path: without)

        // The table spans the page's width: its header's right edge is where the legend used to be.
        let outline = try XCTUnwrap(input.pageTables.first?.outline)
        let page = try XCTUnwrap(trace.layouts.first { $0.page == 1 })
        XCTAssertGreaterThan(outline.x1, page.width * 0.85)
        XCTAssertEqual(plain.height, Int((page.height * scale).rounded(.up)))
        XCTAssertEqual(legend.width, plain.width)
        XCTAssertGreaterThan(legend.height, plain.height)
        let changed = (0..<plain.height).filter { legend.row($0) != plain.row($0) }
        XCTAssertEqual(changed, [], "rows of the page changed by the legend")
        // The legend is drawn (not white), below every box drawn on the page.
        let lowestBox = overlays.map(\.box.y1).max() ?? 0
        XCTAssertGreaterThan(Double(plain.height) / scale, lowestBox)
        let inked = (plain.height..<legend.height).filter { y in legend.row(y)?.contains { $0 < 128 } == true }
        XCTAssertGreaterThan(inked.count, 20, "no legend drawn below the page")
    }
}
