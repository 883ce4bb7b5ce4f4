import AllotModel
import AllotPipeline
import Foundation
import XCTest

/// The property over the random notices of `Scripts/make_property_fixtures.py` (fixed seed, in
/// Fixtures/property/): header words beyond the vocabulary, changing or missing on continuation
/// pages, random page breaks, random 版记 lines. Every printed sum reconciles, so each table is
/// read completely or marked incomplete, never with a finding; the 版记 fills copy_to and
/// print_line and gives no row.
final class PropertyFixtureTests: XCTestCase {
    private struct Cell: Hashable {
        var table: String, row: String, page: String, level: String, name: String, amount: String, remark: String
    }

    func testEveryRandomNoticeIsReadCompletelyOrMarkedIncompleteWithoutAFinding() throws {
        let manifest = try readSimpleCSV("Fixtures/property/manifest.csv")
        XCTAssertGreaterThanOrEqual(manifest.count, 30)
        var complete = 0
        for entry in manifest {
            let name = entry["name"] ?? ""
            FileManager.default.changeCurrentDirectoryPath(packageRoot.path)
            let notice = try NoticeProcessor().process(path: "Fixtures/property/\(name).pdf")
            let problems = notice.findings.filter(\.isProblem)
            XCTAssertEqual(problems.map(\.message), [], "\(name): spurious findings")
            let expected = Set(try readSimpleCSV("Fixtures/property/\(name).csv").map { row in
                Cell(table: row["table"] ?? "", row: row["row"] ?? "", page: row["page"] ?? "", level: row["level"] ?? "",
                     name: row["name"] ?? "", amount: row["amount"] ?? "", remark: row["remark"] ?? "")
            })
            let actual = Set(notice.tables.flatMap { table in
                table.rows.map { row in
                    Cell(table: "\(table.index)", row: "\(row.number)", page: "\(row.page)", level: row.level.rawValue,
                         name: row.name, amount: row.amounts.first??.text ?? "", remark: row.remark)
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
