import AllotModel
@testable import AllotReconcile
import Foundation
import XCTest

/// The facts a notice keeps for the batch: the first figure of each code and region, in maps that
/// keep no room for every row.
final class CitationCheckTests: XCTestCase {
    private func figure(_ code: String, _ region: String, row: Int) -> CitationCheck.Figure {
        CitationCheck.Figure(code: code, name: region, region: region, amount: Amount(value: Decimal(row), text: "\(row)"),
                             unit: "万元", table: 1, row: row, page: 1, column: "资金")
    }

    /// The map of the candidates holds each key's first figure, as a look-up before each store did.
    func testTheFirstFigureOfEachKeyIsKept() {
        let candidates = [("140100", figure("140100", "太原市", row: 1)), ("140105", figure("140105", "小店区", row: 2)),
                          ("140100", figure("140100", "太原市", row: 3)), ("140200", figure("140200", "大同市", row: 4)),
                          ("140105", figure("140105", "小店区", row: 5))]
        var expected: [String: CitationCheck.Figure] = [:]
        for (key, figure) in candidates where expected[key] == nil { expected[key] = figure }
        XCTAssertEqual(CitationCheck.firstByKey(candidates), expected)
        XCTAssertEqual(CitationCheck.firstByKey(candidates)["140100"]?.row, 1)
        XCTAssertEqual(CitationCheck.firstByKey([]), [:])
    }

    /// A region printed on every row of a long list is kept once, in a map sized for its keys.
    func testAKeyOnManyRowsKeepsNoRoomForEveryRow() {
        let candidates = (1...2_000).map { ("太原市", figure("", "太原市", row: $0)) }
        let map = CitationCheck.firstByKey(candidates)
        XCTAssertEqual(map.count, 1)
        XCTAssertEqual(map["太原市"]?.row, 1)
        XCTAssertLessThan(map.capacity, 100)
    }
}
