import AllotModel
import AllotPipeline
import Foundation
import XCTest

/// A row of a notice as the fixture generator's long CSV lists it (one amount column).
private struct GeneratedCell: Hashable, CustomStringConvertible {
    var table: String, row: String, page: String, level: String, name: String, amount: String

    var description: String { "t\(table) r\(row) p\(page) \(level) \(name) \(amount)" }
}

/// Processes Fixtures/FOLDER/NAME.pdf: its tables and rows are the generator's NAME.csv, without a
/// problem finding.
func assertReadsAsGenerated(_ folder: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
    FileManager.default.changeCurrentDirectoryPath(packageRoot.path)
    let notice = try NoticeProcessor().process(path: "Fixtures/\(folder)/\(name).pdf")
    let expected = try readSimpleCSV("Fixtures/\(folder)/\(name).csv").map { row in
        GeneratedCell(table: row["table"] ?? "", row: row["row"] ?? "", page: row["page"] ?? "",
                      level: row["level"] ?? "", name: row["name"] ?? "", amount: row["amount"] ?? "")
    }
    let actual = notice.tables.flatMap { table in
        table.rows.map { row in
            GeneratedCell(table: "\(table.index)", row: "\(row.number)", page: "\(row.page)",
                          level: row.level.rawValue, name: row.name, amount: row.amounts.first??.text ?? "")
        }
    }
    XCTAssertEqual(notice.tables.count, Set(expected.map(\.table)).count,
                   "\(name): tables \(notice.tables.map(\.title))", file: file, line: line)
    XCTAssertEqual(actual.map(\.description), expected.map(\.description), "\(name): rows", file: file, line: line)
    XCTAssertEqual(notice.findings.filter(\.isProblem).map(\.message), [], "\(name): spurious findings",
                   file: file, line: line)
}

