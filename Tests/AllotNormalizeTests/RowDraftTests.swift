@testable import AllotNormalize
import AllotModel
import XCTest

/// A draft laid out small (issue #18: a large sheet holds one per row beside the rows built from
/// them) reads back what it was given.
final class RowDraftTests: XCTestCase {
    func testDraftKeepsPlaceLevelAndSide() {
        // up to two plain amounts inline (`RowAmounts`, 24 bytes): no array of its own a row
        XCTAssertEqual(MemoryLayout<RowDraft>.stride, 80)
        let amounts: [Amount?] = [Amount(value: 12, text: "12"), nil]
        for level in RowLevel.allCases {
            let draft = RowDraft(number: 70_000, page: 3, level: level, rawName: "一、项目", name: "一、项目",
                                 namedRegion: nil, amounts: amounts, rawAmounts: ["12", ""], remark: "", side: 1,
                                 indent: 2, labelEnd: 6.5, printedRow: 69_999)
            XCTAssertEqual(draft.level, level)
            XCTAssertEqual([draft.number, draft.page, draft.side, draft.printedRow], [70_000, 3, 1, 69_999])
            XCTAssertEqual(draft.indent, 2)
            XCTAssertEqual(draft.labelEnd, 6.5)
            let raised = draft.at(.subtotal)
            XCTAssertEqual(raised.level, .subtotal)
            XCTAssertEqual([raised.number, raised.page, raised.side, raised.printedRow], [70_000, 3, 1, 69_999])
            XCTAssertEqual(raised.rawAmounts, ["12", ""])
        }
        // amount cells printed otherwise than their amounts' texts are kept as printed
        let printed = RowDraft(number: 1, page: 1, level: .item, rawName: "甲", name: "甲", namedRegion: nil,
                               amounts: amounts, rawAmounts: ["1,2", "—"], remark: "")
        XCTAssertEqual(printed.rawAmounts, ["1,2", "—"])
        XCTAssertEqual(printed.remark, "")
        XCTAssertNil(printed.code)
        XCTAssertEqual(printed.at(.total).rawAmounts, ["1,2", "—"])
    }

    /// The printed label and the named region read back as given, held as the label or apart.
    func testDraftKeepsPrintedLabelAndNamedRegion() {
        let texts = ["", "盂县", "盂  县", "太原市"]
        for raw in texts {
            for name in texts {
                for region in [nil] + texts {
                    for remark in ["", "备注"] {
                        let draft = RowDraft(number: 1, page: 1, level: .item, rawName: raw, name: name, namedRegion: region,
                                             amounts: [nil], rawAmounts: [""], remark: remark)
                        XCTAssertEqual([draft.rawName, draft.name, draft.remark], [raw, name, remark])
                        XCTAssertEqual(draft.namedRegion, region)
                        let raised = draft.at(.subtotal)
                        XCTAssertEqual([raised.rawName, raised.name, raised.remark], [raw, name, remark])
                        XCTAssertEqual(raised.namedRegion, region)
                    }
                }
            }
        }
    }
}
