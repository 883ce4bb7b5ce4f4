import AllotModel
import AllotPipeline
import Foundation
import XCTest

/// The property over the random fiscal documents of `Scripts/make_property3_fixtures.py` (fixed
/// seed, Fixtures/property3/): 类/款/项 codes in one, three or no columns, numbered or indented
/// names, 合计 first or last, 其中 rows, one to three header rows with cross-footed columns, 元 and
/// 万元 (some rounded row by row), blank/0.00/— cells, tables over pages, several tables with rows
/// repeated, two-sided 收支总表 and side-by-side lists, HTML twins. The planted misprints are the
/// only errors allowed: every one must be found and no other arithmetic error raised (a rounding
/// drift is a note), and each document is read completely or marked incomplete.
final class PropertyFiscalTests: XCTestCase {
    private let folder = packageRoot.appendingPathComponent("Fixtures/property3")

    func testEveryRandomFiscalDocumentGivesItsPlantedMisprintsAndNoOtherError() throws {
        FileManager.default.changeCurrentDirectoryPath(packageRoot.path)
        let manifest = try readSimpleCSV("Fixtures/property3/manifest.csv")
        XCTAssertGreaterThanOrEqual(manifest.count, 30)
        var sources = 0
        var complete = 0
        var planted = 0
        for entry in manifest {
            let name = entry["name"] ?? ""
            for format in ["pdf", "html"]
            where FileManager.default.fileExists(atPath: folder.appendingPathComponent("\(name).\(format)").path) {
                sources += 1
                let file = "\(name).\(format)"
                let notice = try NoticeProcessor().process(path: "Fixtures/property3/\(file)")
                let score = try FiscalTruth.score(notice, against: folder.appendingPathComponent(name),
                                                  ignoringPages: format == "html")
                planted += score.expected.count
                XCTAssertEqual(score.raised.subtracting(score.expected), [], "\(file): errors where none was planted")
                XCTAssertEqual(score.expected.subtracting(score.raised), [], "\(file): planted misprints not found")
                let incomplete = notice.findings.contains { $0.check == .incompleteTable }
                XCTAssertTrue(score.right == score.cells || incomplete,
                              "\(file): \(score.right) of \(score.cells) cells read, no incomplete_table note")
                if score.right == score.cells, score.placed == score.cells { complete += 1 }
            }
        }
        // The set plants misprints (the test could not fail on a reader that never finds one
        // otherwise), and incomplete is the fallback, not the answer.
        XCTAssertGreaterThan(planted, 0)
        XCTAssertGreaterThanOrEqual(complete, sources * 9 / 10, "documents read completely and placed")
    }
}
