@testable import AllotStore
import AllotModel
import XCTest

/// `LabelCounter`, which numbers a label's occurrences for the cells' stable ids: the counts a
/// dictionary keyed by the labels gives, whatever the labels' hashes share a slot with.
final class LabelCounterTests: XCTestCase {
    private func rows(_ names: [String]) -> [AllocationRow] {
        names.enumerated().map { StoreFixtures.row($0.offset + 1, .item, $0.element, "", "", "", ["1"]) }
    }

    private func counted(_ rows: [AllocationRow], order: [Int]) -> [Int] {
        var counter = LabelCounter(rows: rows)
        return order.map { counter.countBefore($0, in: rows) }
    }

    private func expected(_ rows: [AllocationRow], order: [Int]) -> [Int] {
        var seen: [String: Int] = [:]
        return order.map { position in
            let earlier = seen[rows[position].name, default: 0]
            seen[rows[position].name] = earlier + 1
            return earlier
        }
    }

    /// Repeated labels among many (the table fuller than the first slot of each name), in row
    /// order and shuffled; canonically equal spellings count as one label, as dictionary keys do.
    func testCountsEqualADictionaryOfTheLabels() {
        var generator = SystemRandomNumberGenerator()
        for size in [0, 1, 2, 15, 16, 17, 100, 5_000] {
            let names = (0..<size).map { _ in "县\(Int.random(in: 0...max(1, size / 3), using: &generator))" }
            let table = rows(names + ["e\u{301}", "\u{e9}"])
            let inOrder = Array(table.indices)
            XCTAssertEqual(counted(table, order: inOrder), expected(table, order: inOrder), "\(size) rows in order")
            let shuffled = table.indices.shuffled(using: &generator)
            XCTAssertEqual(counted(table, order: shuffled), expected(table, order: shuffled), "\(size) rows shuffled")
        }
    }

    func testOneLabelPrintedOnEveryRowCountsUp() {
        let table = rows(Array(repeating: "盂县", count: 40))
        XCTAssertEqual(counted(table, order: Array(table.indices)), Array(0..<40))
    }
}
