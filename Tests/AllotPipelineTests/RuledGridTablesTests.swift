import AllotModel
import AllotPipeline
import Foundation
import XCTest

/// Ruled tables whose header words are outside the vocabulary (Fixtures/rules, made by
/// `Scripts/make_rule_fixtures.py`): each grid's first row, confirmed as a header by the rows
/// under it (a name and an amount), heads a table of its own; the same header printed again on
/// the next page over the same columns continues the table.
final class RuledGridTablesTests: XCTestCase {
    private func notice(_ name: String) throws -> Notice {
        FileManager.default.changeCurrentDirectoryPath(packageRoot.path)
        return try NoticeProcessor().process(path: "Fixtures/rules/\(name).pdf")
    }

    /// hole-grids: two grids on one page, Name | Central | Province and Name | Amounts (over both
    /// amount columns). Before, the second grid's header became a row of the first table: an
    /// `invalid_amount` on "Amounts" and each name listed twice (`duplicate_row`).
    func testTwoGridsOnOnePageAreTwoTables() throws {
        let notice = try notice("hole-grids")
        XCTAssertEqual(notice.tables.map { $0.rows.map(\.name) }, [["Alpha", "Beta", "Gamma"], ["Alpha", "Beta", "Gamma"]])
        XCTAssertEqual(notice.tables.map { $0.amountColumns.map(\.name) }, [["Central", "Province"], ["Amounts", "Amounts"]])
        XCTAssertEqual(notice.findings.map(\.check), [])
    }

    /// grids-continued: the table goes on over the page break under its header printed again and
    /// ends with its Total; the grid under it on page 2 with another header is
    /// another table.
    func testAHeaderPrintedAgainOnTheNextPageContinuesTheTable() throws {
        let notice = try notice("grids-continued")
        XCTAssertEqual(notice.tables.map { $0.rows.map(\.name) },
                       [["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Total"], ["Alpha", "Beta", "Gamma"]])
        XCTAssertEqual(notice.tables.first?.rows.map(\.page), [1, 1, 1, 2, 2, 2, 2])
        XCTAssertEqual(notice.findings.filter(\.isProblem).map(\.check), [])
    }
}
