import AllotModel
import AllotPipeline
import Foundation
import XCTest

/// The property over the random notices of `Scripts/make_property_fixtures.py` (fixed seed, in
/// Fixtures/property/): header words beyond the vocabulary, changing or missing on continuation
/// pages, random page breaks, random 版记 lines; and of `Scripts/make_property2_fixtures.py`
/// (Fixtures/property2/): other provinces' division shapes, three cross-footing amount columns,
/// 元 with decimals and separators, negative amounts, 本级/（含…）/省直 rows, units in the header,
/// footnotes. Every printed sum reconciles, so each table is read completely or marked
/// incomplete, never with a finding; the 版记 fills copy_to and print_line and gives no row.
final class PropertyFixtureTests: XCTestCase {
    private struct Cell: Hashable {
        var table: String, row: String, page: String, level: String, name: String, column: String, amount: String,
            remark: String, unit: String
    }

    func testEveryRandomNoticeIsReadCompletelyOrMarkedIncompleteWithoutAFinding() throws {
        try checkNotices(in: "Fixtures/property", byColumn: false)
    }

    /// Every amount column, its name and the table's unit are compared too.
    func testEveryWiderRandomNoticeIsReadCompletelyOrMarkedIncompleteWithoutAFinding() throws {
        try checkNotices(in: "Fixtures/property2", byColumn: true)
    }

    private func checkNotices(in folder: String, byColumn: Bool) throws {
        let manifest = try readSimpleCSV("\(folder)/manifest.csv")
        XCTAssertGreaterThanOrEqual(manifest.count, 30)
        var complete = 0
        for entry in manifest {
            let name = entry["name"] ?? ""
            FileManager.default.changeCurrentDirectoryPath(packageRoot.path)
            let notice = try NoticeProcessor().process(path: "\(folder)/\(name).pdf")
            let problems = notice.findings.filter(\.isProblem)
            XCTAssertEqual(problems.map(\.message), [], "\(name): spurious findings")
            let expected = Set(try readSimpleCSV("\(folder)/\(name).csv").map { row in
                Cell(table: row["table"] ?? "", row: row["row"] ?? "", page: row["page"] ?? "", level: row["level"] ?? "",
                     name: row["name"] ?? "", column: byColumn ? row["column"] ?? "" : "", amount: row["amount"] ?? "",
                     remark: row["remark"] ?? "", unit: byColumn ? row["unit"] ?? "" : "")
            })
            let actual = Set(notice.tables.flatMap { table in
                table.rows.flatMap { row in
                    let columns = byColumn ? Array(table.amountColumns.indices) : [0]
                    return columns.map { column in
                        Cell(table: "\(table.index)", row: "\(row.number)", page: "\(row.page)",
                             level: row.level.rawValue, name: row.name,
                             column: byColumn ? table.amountColumns[column].name : "",
                             amount: column < row.amounts.count ? row.amounts[column]?.text ?? "" : "",
                             remark: row.remark, unit: byColumn ? table.unit : "")
                    }
                }
            })
            let incomplete = notice.findings.contains { $0.check == .incompleteTable }
            XCTAssertTrue(actual == expected || incomplete,
                          "\(name): read \(actual.intersection(expected).count) of \(expected.count) cells "
                          + "(\(actual.subtracting(expected).count) wrong) without an incomplete_table note")
            if actual == expected { complete += 1 }
            XCTAssertEqual(notice.metadata.copyTo, entry["copy_to"] ?? "", "\(name): copy_to")
            XCTAssertEqual(notice.metadata.printLine, entry["print_line"] ?? "", "\(name): print_line")
        }
        // Incomplete is the fallback, not the answer: most random notices must read whole.
        XCTAssertGreaterThanOrEqual(complete, manifest.count * 9 / 10)
    }
}
