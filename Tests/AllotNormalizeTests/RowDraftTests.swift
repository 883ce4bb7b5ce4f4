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

    /// The longest run of a subtotal's parts that sums to it, added as integers at one exponent,
    /// is the run the Decimal additions find: random subtotals and parts (amounts with 0-4 decimals,
    /// negatives, blanks, rows with fewer columns, parts that sum to the subtotal early, late or never,
    /// and amounts too large for the integers, left to Decimals).
    func testHoldingRunByIntegersIsTheDecimalRun() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        func amount() -> Amount? {
            guard next(6) > 0 else { return nil }
            let decimals = next(5)
            let magnitude: UInt64 = next(40) == 0 ? 9_000_000_000_000_000_000 : UInt64(next(3) == 0 ? 5 : next(2_000))
            return Amount(magnitude: magnitude, decimals: magnitude == 0 ? 0 : decimals, negative: magnitude > 0 && next(8) == 0)
        }
        func draft(_ amounts: [Amount?], level: RowLevel) -> RowDraft {
            RowDraft(number: 1, page: 1, level: level, rawName: "甲", name: "甲", namedRegion: nil, amounts: amounts,
                     rawAmounts: amounts.map { $0?.text ?? "" }, remark: "")
        }
        var found = 0, none = 0
        for _ in 0..<2_000 {
            let columns = 1 + next(3)
            var parts = (0..<(2 + next(6))).map { _ in draft((0..<(next(5) == 0 ? columns - 1 : columns)).map { _ in amount() },
                                                             level: .item) }
            // A subtotal that some run of the parts makes, or any amounts.
            var totals: [Amount?] = (0..<columns).map { _ in amount() }
            if next(2) == 0 {
                let run = 1 + next(parts.count)
                totals = (0..<columns).map { column in
                    let sum = DecimalSum.of(parts.prefix(run).map { column < $0.rowAmounts.count ? $0.rowAmounts[column]?.value ?? 0 : 0 })
                    return Amount(value: sum, text: "\(sum)")
                }
            }
            if next(10) == 0 { parts.append(draft(totals, level: .item)) }
            let row = draft(totals, level: .subtotal)
            let printed = (0..<row.rowAmounts.count).compactMap { column in row.rowAmounts[column].map { (column, $0.value) } }
            let fast = Hierarchy.longestHoldingRun(row, parts)
            XCTAssertEqual(fast, printed.isEmpty ? nil : Hierarchy.longestHoldingRunByDecimals(printed, parts))
            if fast == nil { none += 1 } else { found += 1 }
        }
        XCTAssertGreaterThan(found, 100)
        XCTAssertGreaterThan(none, 100)
    }
}
