@testable import AllotTables
import AllotModel
import XCTest

/// Cells go to the column zone they overlap most, wide label+amount cells are split, and stray
/// remark ideographs go back to the remark column.
final class ColumnAssignerTests: XCTestCase {
    private let columns = HeaderParser(settings: TableSettings()).columns(of: [LineSketch.header(y: 100)])

    func testCellsGoToTheZoneTheyOverlapMost() {
        let assigner = ColumnAssigner(columns: columns)
        XCTAssertEqual(assigner.assign(LineSketch.row("娄烦县", "7266", remark: "资金管理型直管县", y: 130)),
                       ["娄烦县", "7266", "资金管理型直管县"])
        // A right-aligned amount wider than its header still falls in its zone.
        XCTAssertEqual(assigner.assign(LineSketch.row("全省合计", "403155.25", y: 130)), ["全省合计", "403155.25", ""])
        XCTAssertEqual(assigner.column(for: Box(x0: 185, y0: 0, x1: 195, y1: 1)), 0, "mostly left of the cut at 193")
        XCTAssertEqual(assigner.column(for: Box(x0: 190, y0: 0, x1: 200, y1: 1)), 1, "mostly right of it")
    }

    func testALabelTouchingItsAmountIsSplitBetweenTheColumns() {
        let assigner = ColumnAssigner(columns: columns)
        // Distributed letter spacing: one cell from 100 to 298 holding both label and amount.
        let glyphs = LineSketch.glyphs("洛阳市合计", x: 100, y: 130, size: 12).enumerated().map { index, glyph in
            Glyph(text: glyph.text, box: Box(x0: 100 + Double(index) * 30, y0: 130, x1: 112 + Double(index) * 30, y1: 142),
                  fontSize: 12)
        } + LineSketch.glyphs("21082.88", x: 250, y: 130)
        let cell = TextCell(text: "洛阳市合计21082.88", box: Box(x0: 100, y0: 130, x1: 298, y1: 142))
        let line = TextLine(page: 1, box: cell.box, fontSize: 12, cells: [cell], glyphs: glyphs)
        XCTAssertEqual(assigner.assign(line), ["洛阳市合计", "21082.88", ""])
    }

    func testStrayRemarkIdeographsGoBackToTheRemarkColumn() {
        let narrow = [
            TableColumn(name: "市县名", role: .label, x0: 100, x1: 136),
            TableColumn(name: "中央资金", role: .amount, x0: 250, x1: 298),
            TableColumn(name: "备注", role: .remark, x0: 330, x1: 354),
        ]
        let assigner = ColumnAssigner(columns: narrow)
        // "县" wrapped under a remark centred in a narrow cell, just left of the cut at 314.
        XCTAssertEqual(assigner.assign(LineSketch.line([("县", 300)], y: 142)), ["", "", "县"])
        // A number there stays an amount.
        XCTAssertEqual(assigner.assign(LineSketch.line([("12", 300)], y: 142)), ["", "12", ""])
    }

    /// A 序号 printed against the name after it ("1吉县", one cell from layout) is split into the
    /// 序号 and name columns; the name column's extent is the name's, from the same pass.
    func testASerialTouchingTheNameIsSplitBetweenTheColumns() {
        let serial = [
            TableColumn(name: "序号", role: .code, x0: 60, x1: 84),
            TableColumn(name: "县名", role: .label, x0: 100, x1: 124),
            TableColumn(name: "资金", role: .amount, x0: 250, x1: 274),
        ]
        let assigner = ColumnAssigner(columns: serial)
        let line = LineSketch.line([("1吉县", 80), ("88", 262)], y: 130)
        XCTAssertEqual(line.cells.map(\.text), ["1吉县", "88"])
        let assigned = assigner.assign(line, extentOf: 1)
        XCTAssertEqual(assigned.texts, ["1", "吉县", "88"])
        XCTAssertEqual(assigned.extent?.x0, 86)
        XCTAssertEqual(assigned.extent?.x1, 110)
        XCTAssertNil(assigner.assign(line, extentOf: nil).extent)
    }
}
