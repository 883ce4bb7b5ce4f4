import AllotModel
import AllotPDF
import AllotReport
import XCTest

/// The hierarchy drawn over a page: tree elbows by depth, code columns, relation cells, notes.
final class HierarchyOverlaysTests: XCTestCase {
    /// Page 1 of the sample with its rows placed (太原市小计 under the total by label, 娄烦县 under
    /// 太原市小计 by code), two checked sums and a note on 娄烦县.
    private func input() -> PageOverlayInput {
        var input = PageSample.input(page: 1)
        var table = input.notice.tables[0]
        for (index, (parent, depth, signal)) in [(nil, 0, HierarchySignal.label), (1, 1, .label), (2, 2, .code), (2, 2, .code)]
            .enumerated() {
            table.rows[index].parent = parent
            table.rows[index].depth = depth
            table.rows[index].hierarchySignal = signal
        }
        table.relationChecks = [
            RelationCheck(table: 1, kind: .verticalLabel, row: 1, page: 1, name: "全省合计", column: 0, columnName: "中央资金",
                          partRows: [2], partColumns: [0], stated: 300, computed: 300, status: .holds),
            RelationCheck(table: 1, kind: .verticalCode, row: 2, page: 1, name: "太原市小计", column: 0, columnName: "中央资金",
                          partRows: [3, 4], partColumns: [0], stated: 300, computed: 300, status: .notChecked,
                          reason: "next to a part of the table that may be missing"),
        ]
        input.notice.tables[0] = table
        input.notice.findings = [Finding(.unplacedText, table: 1, row: 3, page: 1, name: "娄烦县", column: "中央资金",
                                         [.text: "12 34", .reason: "two amounts"])]
        return input
    }

    func testEveryRowWithAParentOnThePageGetsAnElbowOneStepRightPerLevel() {
        let overlays = HierarchyOverlays.build(input())
        let verticals = overlays.filter { $0.box.x0 == $0.box.x1 && $0.box.y1 > $0.box.y0 }
        // 太原市小计 (depth 1) from the total's middle to its own; 娄烦县 (depth 2) one step right.
        XCTAssertEqual(verticals.map(\.box), [Box(x0: 101, y0: 206, x1: 101, y1: 226),
                                              Box(x0: 101 + HierarchyOverlays.gutterStep, y0: 226,
                                                  x1: 101 + HierarchyOverlays.gutterStep, y1: 246)])
        XCTAssertNotEqual(verticals[0].stroke, verticals[1].stroke, "label and code signals are told apart")
    }

    func testRelationCellsAndNotes() {
        let overlays = HierarchyOverlays.build(input())
        let holds = overlays.filter { $0.box == Box(x0: 200.5, y0: 200, x1: 349.5, y1: 212) }
        XCTAssertEqual(holds.count, 1)
        XCTAssertEqual(holds.first?.dashed, false)
        let unchecked = overlays.filter { $0.box == Box(x0: 200.5, y0: 220, x1: 349.5, y1: 232) }
        XCTAssertEqual(unchecked.map(\.dashed), [true])
        let note = overlays.filter { $0.box == Box(x0: 200, y0: 240, x1: 350, y1: 252) }
        XCTAssertEqual(note.map(\.dashed), [true])
        // The note is not drawn as a finding (red) by the page overlays.
        let red = PageOverlays.build(input()).filter { $0.fill == OverlayStyle.finding(Box(x0: 0, y0: 0, x1: 0, y1: 0)).fill }
        XCTAssertTrue(red.isEmpty)
    }

    func testCodeColumnsAreShaded() {
        var sample = input()
        sample.tables[0].columns[0].role = .code
        let shaded = HierarchyOverlays.build(sample).filter { $0.fill != nil && $0.stroke == nil }
        XCTAssertEqual(shaded.map(\.box), [Box(x0: 100, y0: 200, x1: 200, y1: 252)])
        XCTAssertTrue(HierarchyOverlays.legend.allSatisfy { $0.label.unicodeScalars.allSatisfy(\.isASCII) })
    }
}
