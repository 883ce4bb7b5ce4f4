@testable import AllotHTML
@testable import AllotTables
import AllotModel
import AllotStore
import AllotXML
import Foundation
import XCTest

/// An HTML page read through the table stage, as the pipeline reads it.
struct ReadPage {
    var page: HTMLNotice
    var scan: TableScan

    var path: String { page.path }
    var encoding: String { page.encoding }
    var sha256: String { page.sha256 }
    var bodyLines: [TextLine] { scan.bodyLines }
    var tables: [RawTable] { scan.tables }
    /// The dump compared with the goldens: file, hash and encoding, then lines and tables.
    var dump: String { "html \(page.path)\nsha256 \(page.sha256)\nencoding \(page.encoding)\n" + scan.flowDump }

    init(_ page: HTMLNotice) {
        self.page = page
        scan = FlowReader().scan(page.items)
    }
}

let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// Reads an HTML fixture from the package root, named as the user would name it.
func extractFixture(_ name: String) throws -> ReadPage {
    _ = FileManager.default.changeCurrentDirectoryPath(packageRoot.path)
    return ReadPage(try HTMLExtractor().extract(path: "Fixtures/html/\(name)"))
}

/// Reads a page given as a string (UTF-8).
func extract(_ html: String, path: String = "memory.html") throws -> ReadPage {
    ReadPage(try HTMLExtractor().extract(bytes: Array(html.utf8), path: path))
}

/// The element tree of a page given as a string.
func parse(_ html: String) throws -> HTMLElement {
    try Markup.parseHTML(Array(html.utf8), encoding: "UTF-8")
}

/// The first `<table>` in a tree, depth first.
func firstTable(in element: HTMLElement) -> HTMLElement? {
    if element.name == "table" { return element }
    for child in element.childElements {
        if let table = firstTable(in: child) { return table }
    }
    return nil
}

/// Text with every kind of whitespace removed.
func squeezed(_ text: String) -> String {
    String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
}

/// Rows of a CSV file under the package root as dictionaries, read by the dataset's CSV reader.
func readSimpleCSV(_ relativePath: String) throws -> [[String: String]] {
    try CSVTable.read(packageRoot.appendingPathComponent(relativePath)).keyedRows.map(\.fields)
}

/// Compares `actual` with the golden file; with ALLOT_RECORD=1 in the environment, rewrites it.
func assertGolden(_ actual: String, _ relativePath: String, file: StaticString = #filePath, line: UInt = #line) throws {
    let url = packageRoot.appendingPathComponent(relativePath)
    if ProcessInfo.processInfo.environment["ALLOT_RECORD"] == "1" {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(actual.utf8).write(to: url)
        return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    if expected != actual {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let firstDifference = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }
        let where_ = firstDifference.map { "line \($0.offset + 1): expected \($0.element.0) got \($0.element.1)" }
            ?? "line counts \(expectedLines.count) vs \(actualLines.count)"
        XCTFail("\(relativePath) differs from golden (\(where_)); rerun with ALLOT_RECORD=1 to record", file: file, line: line)
    }
}
