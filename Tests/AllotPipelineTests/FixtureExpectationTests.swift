import AllotModel
import AllotPipeline
import AllotStore
import Foundation
import XCTest

/// Every fixture with an expected table under Fixtures/expected/ is checked cell by cell, and its
/// arithmetic findings exactly: no missed and no spurious finding.
final class FixtureExpectationTests: XCTestCase {
    /// Fixture names that have an expected table.
    private func fixtureNames() throws -> [String] {
        let folder = packageRoot.appendingPathComponent("Fixtures/expected")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".csv") && !$0.hasSuffix("findings.csv") }
            .map { String($0.dropLast(4)) }
            .sorted()
    }

    /// One expected amount cell, keyed by table, row and column.
    private struct Cell: Hashable, CustomStringConvertible {
        var table: String, row: String, page: String, level: String, name: String, column: String
        var amount: String, remark: String
        var description: String { "t\(table) r\(row) p\(page) \(level) \(name) [\(column)]=\(amount) «\(remark)»" }
    }

    private func actualCells(_ notice: Notice) -> [Cell] {
        notice.tables.flatMap { table in
            table.rows.flatMap { row in
                table.amountColumns.enumerated().map { index, column in
                    Cell(table: "\(table.index)", row: "\(row.number)", page: "\(row.page)", level: row.level.rawValue,
                         name: row.name, column: column.name,
                         amount: index < row.amounts.count ? row.amounts[index]?.text ?? "" : "", remark: row.remark)
                }
            }
        }
    }

    private func expectedCells(_ name: String, defaultColumn: String) throws -> [Cell] {
        try readSimpleCSV("Fixtures/expected/\(name).csv").map { row in
            Cell(table: row["table"] ?? "1", row: row["row"] ?? "", page: row["page"] ?? "", level: row["level"] ?? "",
                 name: row["name"] ?? "", column: row["column"] ?? defaultColumn, amount: row["amount"] ?? "",
                 remark: row["remark"] ?? "")
        }
    }

    func testEveryFixtureMatchesItsExpectedTableCellByCell() throws {
        let names = try fixtureNames()
        XCTAssertGreaterThanOrEqual(names.count, 2)
        for name in names {
            let notice = try processFixture(name)
            let actual = actualCells(notice)
            let expected = try expectedCells(name, defaultColumn: notice.tables.first?.amountColumns.first?.name ?? "")
            let missing = Set(expected).subtracting(actual)
            let extra = Set(actual).subtracting(expected)
            XCTAssertEqual(actual.count, expected.count, "\(name): cell count")
            XCTAssertTrue(missing.isEmpty && extra.isEmpty,
                          "\(name): missing \(missing.sorted { $0.description < $1.description }.prefix(5)) "
                          + "extra \(extra.sorted { $0.description < $1.description }.prefix(5))")
        }
    }

    func testArithmeticFindingsAreExactlyTheInjectedOnes() throws {
        for name in try fixtureNames() {
            let notice = try processFixture(name)
            let arithmetic = notice.findings.filter { ["subtotal", "total", "crossfoot"].contains($0.check.rawValue) }
            let actual = Set(arithmetic.map {
                [String($0.table), String($0.row), $0.name, $0.column, $0.check.rawValue,
                 DatasetCSV.text($0.stated), DatasetCSV.text($0.computed)].joined(separator: ",")
            })
            let path = "Fixtures/expected/\(name).findings.csv"
            let expected: Set<String>
            if FileManager.default.fileExists(atPath: packageRoot.appendingPathComponent(path).path) {
                expected = Set(try readSimpleCSV(path).map { row in
                    ["table", "row", "name", "column", "check", "stated", "computed"].map { row[$0] ?? "" }
                        .joined(separator: ",")
                })
            } else {
                expected = []
            }
            XCTAssertEqual(actual, expected, "\(name): arithmetic findings")
            // Other findings (region resolution and the like) are listed in NAME.other-findings.csv
            // as check,row,name; none are expected when that file is absent.
            let others = Set(notice.findings.filter { !["subtotal", "total", "crossfoot"].contains($0.check.rawValue) }
                .map { "\($0.check.rawValue),\($0.row),\($0.name)" })
            let otherPath = "Fixtures/expected/\(name).other-findings.csv"
            let expectedOthers: Set<String>
            if FileManager.default.fileExists(atPath: packageRoot.appendingPathComponent(otherPath).path) {
                expectedOthers = Set(try readSimpleCSV(otherPath).map { "\($0["check"] ?? ""),\($0["row"] ?? ""),\($0["name"] ?? "")" })
            } else {
                expectedOthers = []
            }
            XCTAssertEqual(others, expectedOthers, "\(name): other findings")
        }
    }
}
