@testable import AllotOffice
import AllotModel
import AllotTables
import Foundation
import XCTest

/// Readable dumps of what the table stage reads from each office fixture (lines with their
/// synthetic place, tables with columns and rows, the reader's notes), compared with goldens
/// under Fixtures/office/golden; re-record with ALLOT_RECORD=1 and review the diff.
final class OfficeGoldenTests: XCTestCase {
    private static let families = [
        "jxzf-2022-125", "ideographic-ruled-multicol-radicals", "distributed-twolevel-decimal-after",
        "gansu-two-tables-fullwidth-dash-wrap", "shanxi-divisions-aliases",
    ]

    func testFlowDumpsMatchTheGoldens() throws {
        for family in Self.families {
            for format in [DocumentFormat.xlsx, .xls, .docx] {
                let name = "\(family).\(format.rawValue)"
                let document = try OfficeExtractor().extract(path: officeFixture(name), format: format)
                var dump = "\(format.rawValue) \(name)\nsha256 \(document.sha256)\ntitle \(document.title)\n"
                dump += document.notes.map { "note \($0.check.rawValue): \($0.message)\n" }.joined()
                dump += FlowReader().scan(document.items).flowDump
                try assertGolden(dump, "Fixtures/office/golden/\(name).txt")
            }
        }
    }

    private func assertGolden(_ actual: String, _ relativePath: String, line: UInt = #line) throws {
        let url = packageRoot.appendingPathComponent(relativePath)
        if ProcessInfo.processInfo.environment["ALLOT_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        guard expected != actual else { return }
        let pairs = zip(expected.split(separator: "\n"), actual.split(separator: "\n"))
        let first = pairs.enumerated().first { $0.element.0 != $0.element.1 }
        XCTFail("\(relativePath) differs from its golden at "
            + (first.map { "line \($0.offset + 1): expected \($0.element.0) got \($0.element.1)" } ?? "the end")
            + "; rerun with ALLOT_RECORD=1 to record", line: line)
    }
}
