import AllotModel
import AllotPipeline
import Foundation
import XCTest

/// The generated fiscal table families (Fixtures/fiscal, Scripts/make_fiscal_fixtures.py): every
/// PDF and HTML twin is read without error and scored against its truth file (cells read right,
/// expected arithmetic errors found, arithmetic findings that are not expected). Fixtures named in
/// `FiscalTruth.enforced` must be read exactly: every cell, every expected error exactly once and
/// nothing else (no error where only a rounding note is due).
final class FiscalFixtureTests: XCTestCase {
    private let folder = packageRoot.appendingPathComponent("Fixtures/fiscal")

    func testEveryFiscalFixtureIsReadAndScored() throws {
        FileManager.default.changeCurrentDirectoryPath(packageRoot.path)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".pdf") || $0.hasSuffix(".html") }.sorted()
        XCTAssertEqual(files.filter { $0.hasSuffix(".pdf") }.count, 10)
        var report: [String] = []
        for file in files {
            let name = String(file[..<(file.lastIndex(of: ".") ?? file.endIndex)])
            let isHTML = file.hasSuffix(".html")
            let truth = try RealTruth.cells(at: folder.appendingPathComponent("\(name).truth.csv"))
            let expected = try FiscalTruth.expectedErrors(folder.appendingPathComponent("\(name).findings.csv"))
            let notice = try NoticeProcessor().process(path: "Fixtures/fiscal/\(file)")
            let read = FiscalTruth.cellsRead(notice, ignoringPages: isHTML)
            let right = truth.filter { read[FiscalTruth.key($0, ignoringPage: isHTML)] == $0.amount }.count
            let raised = Set(notice.findings.filter(RealTruth.isArithmeticError).map(FiscalTruth.finding))
            report.append("\(file): \(right)/\(truth.count) cells, errors found \(expected.intersection(raised).count)/\(expected.count), "
                          + "\(raised.subtracting(expected).count) spurious")
            if FiscalTruth.enforced.contains(file) {
                XCTAssertEqual(right, truth.count, "\(file): cells")
                XCTAssertEqual(raised, expected, "\(file): arithmetic findings")
            }
        }
        print("fiscal fixture score:\n  " + report.joined(separator: "\n  "))
    }
}

/// Expected findings of the fiscal fixtures and the comparison keys.
enum FiscalTruth {
    /// Fixture files (NAME.pdf, NAME.html) that must be read exactly. Grows as the table engine
    /// learns each family; never shrinks.
    static let enforced: Set<String> = [
        "fiscal-economic-codes.pdf", "fiscal-rounded-wanyuan.pdf", "fiscal-single-code-wrapped.pdf",
        "fiscal-split-codes-blank-parents.html", "fiscal-split-codes-blank-parents.pdf", "fiscal-split-codes-yuan.html",
        "fiscal-split-codes-yuan.pdf", "fiscal-two-sided-balanced.html", "fiscal-two-sided-balanced.pdf",
        "fiscal-two-sided-mismatch.pdf",
    ]

    /// A finding as compared: row label (no spaces), column leaf, stated value.
    struct FindingKey: Hashable {
        var label: String
        var column: String
        var stated: Decimal?
    }

    static func expectedErrors(_ url: URL) throws -> Set<FindingKey> {
        Set(try QuotedCSV.records(at: url).filter { $0["severity"] == "error" }.map { r in
            FindingKey(label: RealTruth.compact(r["label"] ?? ""),
                       column: (r["column_path"] ?? "").components(separatedBy: " › ").last ?? "",
                       stated: Decimal(string: r["stated"] ?? ""))
        })
    }

    static func finding(_ f: Finding) -> FindingKey {
        FindingKey(label: RealTruth.compact(f.name), column: f.column, stated: f.stated)
    }

    static func key(_ cell: RealTruth.Cell, ignoringPage: Bool) -> RealTruth.CellKey {
        RealTruth.CellKey(page: ignoringPage ? 0 : cell.page, label: RealTruth.compact(cell.label), column: cell.columnLeaf,
                          code: cell.code)
    }

    /// Amounts read, by page (0 for HTML, which has no pages of its own), label and column.
    static func cellsRead(_ notice: Notice, ignoringPages: Bool) -> [RealTruth.CellKey: String] {
        var out: [RealTruth.CellKey: String] = [:]
        for (key, read) in RealTruth.cellsRead(in: notice) {
            let k = ignoringPages ? RealTruth.CellKey(page: 0, label: key.label, column: key.column, code: key.code) : key
            if out[k] == nil { out[k] = read.amount }
        }
        return out
    }
}
