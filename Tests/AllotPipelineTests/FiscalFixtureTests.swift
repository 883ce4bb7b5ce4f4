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
        XCTAssertGreaterThanOrEqual(files.filter { $0.hasSuffix(".pdf") }.count, 13)
        var report: [String] = []
        for file in files {
            let name = String(file[..<(file.lastIndex(of: ".") ?? file.endIndex)])
            let notice = try NoticeProcessor().process(path: "Fixtures/fiscal/\(file)")
            let score = try FiscalTruth.score(notice, against: folder.appendingPathComponent(name),
                                              ignoringPages: file.hasSuffix(".html"))
            report.append("\(file): \(score.right)/\(score.cells) cells, \(score.placed)/\(score.cells) placed, "
                          + "errors found \(score.expected.intersection(score.raised).count)/\(score.expected.count), "
                          + "\(score.raised.subtracting(score.expected).count) spurious")
            if FiscalTruth.enforced.contains(file) {
                XCTAssertEqual(score.right, score.cells, "\(file): cells")
                XCTAssertEqual(score.placed, score.cells, "\(file): rows placed (level and parent)")
                XCTAssertEqual(score.raised, score.expected, "\(file): arithmetic findings")
            }
        }
        print("fiscal fixture score:\n  " + report.joined(separator: "\n  "))
    }
}

extension FiscalFixtureTests {
    /// Several tables one after another, each from a new page, some printing their 合计 first (so
    /// the table before does not end with a total): each keeps its own title, as its HTML twin
    /// reads it from the paragraph above the table (the PDF's title line also carries the 编制部门
    /// and 单位 line under it).
    func testEachTableKeepsItsTitle() throws {
        FileManager.default.changeCurrentDirectoryPath(packageRoot.path)
        for name in ["fiscal-html-indent-clean", "fiscal-html-indent-misprint"] {
            let pdf = try NoticeProcessor().process(path: "Fixtures/fiscal/\(name).pdf")
            let html = try NoticeProcessor().process(path: "Fixtures/fiscal/\(name).html")
            XCTAssertEqual(pdf.tables.count, 5, name)
            XCTAssertEqual(html.tables.map(\.title).filter { $0.hasPrefix("2025年") && $0.hasSuffix("表") }.count, 5, name)
            for (read, twin) in zip(pdf.tables, html.tables) {
                XCTAssertTrue(read.title.hasPrefix(twin.title), "\(name) table \(read.index): \(read.title)")
            }
        }
    }
}

/// Expected findings of the fiscal fixtures and the comparison keys.
enum FiscalTruth {
    /// How a notice read against a fixture's truth files: cells read right, cells whose row sits at
    /// the truth's level under the truth's parent, and the arithmetic errors raised and expected.
    struct Score {
        var cells: Int
        var right: Int
        var placed: Int
        var raised: Set<FindingKey>
        var expected: Set<FindingKey>

        /// Every cell right and placed, every expected error raised and nothing else.
        var isExact: Bool { right == cells && placed == cells && raised == expected }

        /// Fails unless the document was read exactly, naming what differs.
        func assertExact(_ file: String, line: UInt = #line) {
            XCTAssertEqual(right, cells, "\(file): cells", line: line)
            XCTAssertEqual(placed, cells, "\(file): rows placed (level and parent)", line: line)
            XCTAssertEqual(raised, expected, "\(file): arithmetic findings", line: line)
        }

        /// "NAME: 40/44 cells, 40 placed, misprints found 1/1, 0 spurious".
        func summary(_ file: String) -> String {
            "\(file): \(right)/\(cells) cells, \(placed) placed, misprints found "
                + "\(expected.intersection(raised).count)/\(expected.count), \(raised.subtracting(expected).count) spurious"
        }
    }

    /// `notice` against `base`.truth.csv and `base`.findings.csv (pages left out for formats without them;
    /// amounts compared `byValue` for workbooks, which store 1234.5 where the page prints 1,234.50).
    static func score(_ notice: Notice, against base: URL, ignoringPages: Bool, byValue: Bool = false) throws -> Score {
        let truthFile = base.appendingPathExtension("truth.csv")
        let truth = try RealTruth.cells(at: truthFile)
        let tables = try QuotedCSV.records(at: truthFile).filter { ($0["role"] ?? "amount") == "amount" }.map { $0["table_id"] ?? "" }
        let expected = try expectedErrors(base.appendingPathExtension("findings.csv"))
        let read = cellsRead(notice, ignoringPages: ignoringPages)
        let keyed = Array(zip(truth, keys(truth, ignoringPages: ignoringPages)))
        func same(_ read: String?, _ truth: String) -> Bool {
            guard byValue, let read, let value = Decimal(string: read), let expected = Decimal(string: truth) else {
                return read == truth
            }
            return value == expected
        }
        let right = keyed.filter { same(read[$1]?.amount, $0.amount) }.count
        // The hierarchy: each cell's row at the truth's level under the truth's parent row.
        let rowKeys = zip(tables, truth).map { table, cell in "\(table)|\(cell.side)|\(cell.row)" }
        let parents = parentLabels(truth, rowKeys: rowKeys)
        let placed = zip(keyed, rowKeys).filter { pair, rowKey in
            read[pair.1]?.level == RealTruth.level(pair.0.level) && read[pair.1]?.parentLabel == parents[rowKey]
        }.count
        let raised = Set(notice.findings.filter(RealTruth.isArithmeticError).map(finding))
        return Score(cells: truth.count, right: right, placed: placed, raised: raised, expected: expected)
    }

    /// Fixture files (NAME.pdf, NAME.html) that must be read exactly. Grows as the table engine
    /// learns each family; never shrinks.
    static let enforced: Set<String> = [
        "fiscal-economic-codes.pdf", "fiscal-html-indent-clean.html", "fiscal-lattice-centred-wrapped.pdf", "fiscal-html-indent-clean.pdf",
        "fiscal-html-indent-misprint.html", "fiscal-html-indent-misprint.pdf",
        "fiscal-indent-only.html", "fiscal-inline-codes-indented.html", "fiscal-inline-codes-indented.pdf", "fiscal-indent-only.pdf", "fiscal-multilevel-header.pdf",
        "fiscal-numbered-qizhong.pdf", "fiscal-rounded-wanyuan.pdf", "fiscal-single-code-wrapped.pdf",
        "fiscal-split-codes-blank-parents.html", "fiscal-split-codes-blank-parents.pdf", "fiscal-split-codes-yuan.html",
        "fiscal-split-codes-yuan.pdf", "fiscal-two-sided-balanced.html", "fiscal-two-sided-balanced.pdf",
        "fiscal-two-sided-mismatch.pdf",
        "fiscal-sides-economic.pdf", "fiscal-sides-economic.html", "fiscal-sides-economic-split.pdf", "fiscal-sides-economic-split.html",
        "fiscal-compiler-lines.pdf", "fiscal-compiler-lines.html", "fiscal-four-header-lines.pdf",
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

    /// A cell as compared: page (0 for HTML, which has no pages of its own), label, column leaf,
    /// code, and which occurrence of that label and column it is, in printed order. Two rows may
    /// print the same label (其中:中央资金 under two headings, 行政运行 without codes): the first is
    /// compared with the first read, the second with the second.
    struct CellKey: Hashable {
        var cell: RealTruth.CellKey
        var occurrence: Int
    }

    /// The keys of the truth cells, in the truth file's (printed) order.
    static func keys(_ cells: [RealTruth.Cell], ignoringPages: Bool) -> [CellKey] {
        var seen: [RealTruth.CellKey: Int] = [:]
        return cells.map { cell in
            let key = RealTruth.CellKey(page: ignoringPages ? 0 : cell.page, label: RealTruth.compact(cell.label),
                                        column: cell.columnLeaf, code: cell.code)
            defer { seen[key, default: 0] += 1 }
            return CellKey(cell: key, occurrence: seen[key] ?? 0)
        }
    }

    /// The label of each truth row's parent (compact), by row key (table, side, row number; one
    /// key per cell, as `rowKeys` gives them).
    static func parentLabels(_ cells: [RealTruth.Cell], rowKeys: [String]) -> [String: String] {
        var labels: [String: String] = [:]
        for (cell, key) in zip(cells, rowKeys) { labels[key] = RealTruth.compact(cell.label) }
        var parents: [String: String] = [:]
        for (cell, key) in zip(cells, rowKeys) {
            // The parent is a row of the same table and side: its key differs in the row number only.
            if let parent = cell.parent, let cut = key.lastIndex(of: "|") {
                parents[key] = labels[key[...cut] + "\(parent)"]
            }
        }
        return parents
    }

    /// Amounts read with their row's level and parent label, keyed like the truth cells, in the
    /// order the rows were read.
    static func cellsRead(_ notice: Notice, ignoringPages: Bool) -> [CellKey: RealTruth.CellRead] {
        var out: [CellKey: RealTruth.CellRead] = [:]
        var seen: [RealTruth.CellKey: Int] = [:]
        for table in notice.tables {
            let byNumber = Dictionary(table.rows.map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
            for row in table.rows {
                let parent = row.parent.flatMap { byNumber[$0] }.map { RealTruth.compact($0.name) }
                for (index, column) in table.amountColumns.enumerated() {
                    // Both sides of a two-sided table name their amount column alike (预算数): a
                    // row is read in its own side's columns only.
                    let side = index < table.columnSides.count ? table.columnSides[index] : 0
                    if table.kind.hasSides, side != row.side { continue }
                    let key = RealTruth.CellKey(page: ignoringPages ? 0 : row.page, label: RealTruth.compact(row.name),
                                                column: column.name, code: row.code)
                    let amount = index < row.amounts.count ? row.amounts[index]?.text ?? "" : ""
                    out[CellKey(cell: key, occurrence: seen[key, default: 0])] =
                        RealTruth.CellRead(amount: amount, level: row.level.rawValue, parentLabel: parent)
                    seen[key, default: 0] += 1
                }
            }
        }
        return out
    }
}
