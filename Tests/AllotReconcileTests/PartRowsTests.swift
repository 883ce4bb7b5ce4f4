import AllotModel
@testable import AllotReconcile
import XCTest

/// `Reconciler.parts` holds each parent's parts as positions in the table's rows: the same rows,
/// in the same order, as grouping copies of them did; 其中 rows are no parts, and a blank heading
/// is passed through to the sum above it.
final class PartRowsTests: XCTestCase {
    private func row(_ number: Int, _ level: RowLevel, _ values: [String?], parent: Int?,
                     signal: HierarchySignal? = nil) -> AllocationRow {
        var row = AllocationRow(number: number, page: 1, level: level, rawName: "r\(number)", name: "r\(number)",
                                region: "", amounts: values.map { $0.flatMap { text in
                                    Decimal(string: text).map { Amount(value: $0, text: text) } } },
                                rawAmounts: values.map { $0 ?? "" }, remark: "", parent: parent)
        row.hierarchySignal = signal
        return row
    }

    private func numbers(_ parts: Parts) -> [Int: [Int]] {
        parts.mapValues { $0.map(\.number) }
    }

    func testPartsAreTheRowsUnderEachParentInOrder() {
        let rows = [
            row(1, .total, ["10"], parent: nil),
            row(2, .subtotal, ["6"], parent: 1),
            row(3, .item, ["4"], parent: 2),
            row(4, .item, ["1"], parent: 3, signal: .breakdown),  // 其中: no part of row 3's sum
            row(5, .item, ["2"], parent: 2),
            row(6, .item, ["4"], parent: 1),
        ]
        let table = AllocationTable(index: 1, title: "t", unit: "万元", attachment: "",
                                    amountColumns: [TableColumn(name: "a", role: .amount)], rows: rows)
        let parts = Reconciler.parts(table)
        XCTAssertEqual(numbers(parts), [1: [2, 6], 2: [3, 5]])
        XCTAssertEqual(parts[2]?.map(\.name), ["r3", "r5"])
        XCTAssertEqual(parts[2]?.last?.amounts.first??.text, "2")
    }

    func testBlankHeadingsPassTheirRowsToTheSumAbove() {
        let rows = [
            row(1, .total, ["10"], parent: nil),
            row(2, .group, [nil], parent: 1),
            row(3, .group, [nil], parent: 2),  // headings nested
            row(4, .item, ["4"], parent: 3),
            row(5, .item, ["6"], parent: 2),
            row(6, .group, [nil], parent: nil),  // a heading with nothing above: its rows sum nothing
            row(7, .item, ["1"], parent: 6),
        ]
        let table = AllocationTable(index: 1, title: "t", unit: "万元", attachment: "",
                                    amountColumns: [TableColumn(name: "a", role: .amount)], rows: rows)
        XCTAssertEqual(numbers(Reconciler.parts(table)), [1: [4, 5]])
    }

    func testArrayLiteralHoldsItsOwnRows() {
        let parts: PartRows = [row(7, .item, ["1"], parent: 1), row(9, .item, ["2"], parent: 1)]
        XCTAssertEqual(parts.map(\.number), [7, 9])
        XCTAssertEqual(([] as PartRows).count, 0)
    }
}
