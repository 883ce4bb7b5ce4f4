import AllotModel
import AllotPipeline
@testable import AllotReconcile
import Foundation
import XCTest

/// The hand-checked truth tables of the real disclosures (Fixtures/real-truth) against what the
/// pipeline reads from the PDFs in ../shared/corpora/real (skipped when absent; never copied).
///
/// Every table is scored (cells read right / cells in the truth file) and the score is printed.
/// Tables whose id is in `RealTruth.enforced` must match exactly: every cell in the right row,
/// column and hierarchy, and no arithmetic finding on their pages. The table engine adds a table
/// id there when it reads that table right, so a regression fails the suite.
final class RealCorpusTruthTests: XCTestCase {
    private let corpus = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpora/real")

    /// The truth files hold together on their own (no PDF needed): every sum by hierarchy, every
    /// horizontal identity and every two-sided identity holds exactly or within the rounding of
    /// separately rounded 万元 figures, as Scripts/fiscalgen/check_truth.py reports.
    func testTruthFilesAreConsistent() throws {
        let tables = try RealTruth.tables()
        XCTAssertEqual(Set(tables.map(\.sourcePDF)).count, 5, "one truth table for each real PDF")
        var exact = 0, rounding = 0
        for table in tables {
            XCTAssertFalse(table.cells.isEmpty, table.id)
            for relation in table.relations() {
                let difference = abs(relation.stated - relation.computed)
                if difference == 0 { exact += 1; continue }
                let slack = table.unit == "万元" ? Decimal(string: "0.005")! * Decimal(relation.addends) : 0
                XCTAssertLessThanOrEqual(difference, slack, "\(table.id) \(relation.description)")
                rounding += 1
            }
        }
        XCTAssertEqual(exact, 231)
        XCTAssertEqual(rounding, 10)
    }

    func testRealTablesAgainstTruth() throws {
        guard FileManager.default.fileExists(atPath: corpus.path) else {
            throw XCTSkip("\(corpus.path) is absent: the real-document truth comparison is skipped")
        }
        var report: [String] = []
        for table in try RealTruth.tables() {
            let notice = try read(table.sourcePDF)
            let score = RealTruth.score(table, in: notice)
            let errors = RealTruth.arithmeticFindings(on: table, in: notice)
            report.append("\(table.id): \(score.right)/\(score.total) cells, \(errors.count) arithmetic findings on its pages")
            if RealTruth.enforced.contains(table.id) {
                assertExactMatch(table, notice)
            }
        }
        print("real-document truth score:\n  " + report.joined(separator: "\n  "))
    }

    /// The row identities of each truth table (tables.csv `identities`, by full column path) are
    /// the ones the header gives the reconciler, among them r07's and r08's 三公 决算表 whose leaf
    /// columns are all 预算数 | 决算数, and the table confirms them.
    func testHeaderRowIdentitiesAreTheTruthsAndConfirmed() throws {
        guard FileManager.default.fileExists(atPath: corpus.path) else {
            throw XCTSkip("\(corpus.path) is absent: the real-document identities are skipped")
        }
        var checked = 0
        for table in try RealTruth.tables() where !table.identities.isEmpty {
            let notice = try read(table.sourcePDF)
            guard let read = notice.tables.first(where: { $0.rows.map(\.page).min() == table.pages.lowerBound }) else {
                XCTFail("\(table.id): no table starts on p.\(table.pages.lowerBound)")
                continue
            }
            let paths = read.amountColumns.map(\.pathText)
            let stated = Set(HorizontalIdentity.relations(read).map { relation in
                paths[relation.total] + " = " + relation.parts.map { paths[$0] }.joined(separator: " + ")
            })
            let truth = Set(table.identities.map { $0.whole + " = " + $0.parts.joined(separator: " + ") })
            XCTAssertEqual(stated, truth, table.id)
            XCTAssertTrue(read.relations.contains { $0.hasPrefix("row identities") && $0.hasSuffix(", confirmed") },
                          "\(table.id): \(read.relations)")
            checked += 1
        }
        XCTAssertGreaterThanOrEqual(checked, 3)
    }

    /// Every table read from the real documents carries its own title (Fixtures/real-truth/
    /// titles.csv, by the page it starts on): the heading above its unit line and header, not a
    /// header cell, not the heading of the document part above it, and not lost to the table of
    /// headers only printed on the page before (r04–r06 p.19) or to the rows a ruled table carried
    /// over (r07 p.8).
    func testEveryTableTitle() throws {
        guard FileManager.default.fileExists(atPath: corpus.path) else {
            throw XCTSkip("\(corpus.path) is absent: the real-document titles are skipped")
        }
        let expected = try QuotedCSV.records(at: packageRoot.appendingPathComponent("Fixtures/real-truth/titles.csv"))
        XCTAssertEqual(expected.count, 35)
        for entry in expected {
            let file = entry["source_pdf"] ?? "", page = Int(entry["page"] ?? "") ?? 0
            let notice = try read(file)
            let table = notice.tables.first { $0.rows.map(\.page).min() == page }
            XCTAssertEqual(table?.title, entry["title"], "\(file) table on p.\(page)")
        }
    }

    /// Who compiled each table (allocations.compiler): r04–r06 print 编制部门：… 单位：元 over every
    /// table, r07–r08 print no compiler.
    func testCompilers() throws {
        guard FileManager.default.fileExists(atPath: corpus.path) else {
            throw XCTSkip("\(corpus.path) is absent: the real-document compilers are skipped")
        }
        let expected = ["r04-sh-putuo-shangwu-2025-budget.pdf": "上海市普陀区商务委员会", "r05-sh-putuo-sfj-2026-budget.pdf": "上海市普陀区司法局",
                        "r06-sh-putuo-czj-2025-budget.pdf": "上海市普陀区财政局", "r07-sh-putuo-czj-2024-final.pdf": "",
                        "r08-sh-putuo-ghzy-2024-final.pdf": ""]
        for (file, compiler) in expected.sorted(by: { $0.key < $1.key }) {
            let notice = try read(file)
            XCTAssertFalse(notice.tables.isEmpty, file)
            XCTAssertEqual(Set(notice.tables.map(\.compiler)), [compiler], file)
        }
    }

    /// The notice of a real PDF, read once for all tests. Reading must never fail on these
    /// documents, whatever the engine understands.
    private func read(_ file: String) throws -> Notice {
        if let notice = Self.notices[file] { return notice }
        FileManager.default.changeCurrentDirectoryPath(packageRoot.path)
        let notice = try NoticeProcessor().process(path: corpus.appendingPathComponent(file).path)
        Self.notices[file] = notice
        return notice
    }

    nonisolated(unsafe) private static var notices: [String: Notice] = [:]

    /// The full comparison for an enforced table: every truth cell read with the same page, label,
    /// column and amount; the row's level and parent agree; no arithmetic finding on its pages.
    private func assertExactMatch(_ table: RealTruth.Table, _ notice: Notice, file: StaticString = #filePath, line: UInt = #line) {
        let read = RealTruth.cellsRead(in: notice)
        for cell in table.cells {
            guard let got = read[table.key(cell)] else {
                XCTFail("\(table.id) row \(cell.row) \(cell.label) [\(cell.columnPath)] p.\(cell.page): not read", file: file, line: line)
                continue
            }
            XCTAssertEqual(got.amount, cell.amount, "\(table.id) row \(cell.row) \(cell.label) [\(cell.columnPath)]", file: file, line: line)
            XCTAssertEqual(got.level, RealTruth.level(cell.level), "\(table.id) row \(cell.row) \(cell.label): level", file: file, line: line)
            let wantParent = cell.parent.flatMap { parentRow in table.cells.first { $0.row == parentRow && $0.side == cell.side } }
            XCTAssertEqual(got.parentLabel, wantParent.map { RealTruth.compact($0.label) }, "\(table.id) row \(cell.row) \(cell.label): parent", file: file, line: line)
        }
        let findings = RealTruth.arithmeticFindings(on: table, in: notice)
        XCTAssertEqual(findings.map(\.message), [], "\(table.id): arithmetic findings on a table whose sums hold", file: file, line: line)
    }
}

/// Truth tables of the real documents and the comparison helpers.
enum RealTruth {
    /// Table ids (tables.csv `table_id`) that the pipeline must read exactly. Grows as the table
    /// engine learns each table; never shrinks.
    static let enforced: Set<String> = ["r04-t8", "r05-t2", "r05-t9", "r06-t1", "r07-t1", "r07-t5", "r08-t5", "r07-t6", "r08-t6",
                                            "r04-t9", "r06-t9", "r07-t7", "r08-t7"]

    /// A finding that claims a printed number is wrong: an arithmetic check of severity error.
    static func isArithmeticError(_ finding: Finding) -> Bool {
        finding.check.isArithmetic && finding.severity == .error
    }

    /// One amount cell of a truth table.
    struct Cell {
        var side: String
        var page: Int
        var row: Int
        var label: String
        var code: String
        var level: String
        var parent: Int?
        var columnPath: String
        var amount: String
        /// Last component of the column path: what today's dataset calls the column.
        var columnLeaf: String {
            columnPath.components(separatedBy: " › ").last ?? columnPath
        }
    }

    /// One table: its source, pages, identities and cells.
    struct Table {
        var id: String
        var sourcePDF: String
        var pages: ClosedRange<Int>
        var unit: String
        var identities: [(whole: String, parts: [String])]
        var twoSided: (left: String, right: String)?
        var cells: [Cell]

        /// The key a cell is read under: its column's leaf, or its whole path where the table has
        /// several columns of that leaf (预算数 | 决算数 under each heading of r07's 三公 table).
        func key(_ cell: Cell) -> CellKey {
            let paths = Set(cells.filter { $0.columnLeaf == cell.columnLeaf }.map(\.columnPath))
            return CellKey(page: cell.page, label: compact(cell.label), column: paths.count > 1 ? cell.columnPath : cell.columnLeaf,
                           code: cell.code)
        }

        /// Every relation of the table with its stated and computed value.
        func relations() -> [Relation] {
            var out: [Relation] = []
            let sides = Dictionary(grouping: cells, by: \.side)
            for (_, sideCells) in sides.sorted(by: { $0.key < $1.key }) {
                let byRow = Dictionary(grouping: sideCells, by: \.row)
                for (row, rowCells) in byRow.sorted(by: { $0.key < $1.key }) {
                    let children = sideCells.filter { $0.parent == row && $0.level != "part" }
                    for cell in rowCells where !cell.amount.isEmpty {
                        let parts = children.filter { $0.columnPath == cell.columnPath }.compactMap { Decimal(string: $0.amount) }
                        if !children.isEmpty, let stated = Decimal(string: cell.amount) {
                            out.append(Relation(description: "vertical row \(row) [\(cell.columnPath)]", stated: stated,
                                                computed: parts.reduce(0, +), addends: parts.count))
                        }
                    }
                    for (whole, partNames) in identities {
                        guard let stated = rowCells.first(where: { $0.columnPath == whole }).flatMap({ Decimal(string: $0.amount) }) else { continue }
                        let parts = partNames.compactMap { name in rowCells.first { $0.columnPath == name }.flatMap { Decimal(string: $0.amount) } }
                        out.append(Relation(description: "horizontal row \(row) [\(whole)]", stated: stated,
                                            computed: parts.reduce(0, +), addends: parts.count))
                    }
                }
            }
            if let (left, right) = twoSided,
               let l = cells.first(where: { $0.level == "total" && $0.columnPath == left }).flatMap({ Decimal(string: $0.amount) }),
               let r = cells.first(where: { $0.level == "total" && $0.columnPath == right }).flatMap({ Decimal(string: $0.amount) }) {
                out.append(Relation(description: "two-sided", stated: r, computed: l, addends: 1))
            }
            return out
        }
    }

    /// A sum the table asserts.
    struct Relation {
        var description: String
        var stated: Decimal
        var computed: Decimal
        var addends: Int
    }

    /// What the pipeline read for one cell.
    struct CellKey: Hashable {
        var page: Int
        var label: String
        var column: String
        /// The row's classification code: rows of one label under different parents (行政运行) differ by it.
        var code = ""
    }

    /// The pipeline's reading of a cell.
    struct CellRead {
        var amount: String
        var level: String
        var parentLabel: String?
    }

    static func level(_ truth: String) -> String {
        truth == "part" ? "item" : truth
    }

    /// Loads Fixtures/real-truth/tables.csv and every truth file it lists.
    static func tables() throws -> [Table] {
        let folder = packageRoot.appendingPathComponent("Fixtures/real-truth")
        let index = try QuotedCSV.records(at: folder.appendingPathComponent("tables.csv"))
        return try index.map { entry in
            let pages = (entry["pages"] ?? "").split(separator: "-").compactMap { Int($0) }
            guard let first = pages.first, let last = pages.last else {
                throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "tables.csv: bad pages for \(entry["table_id"] ?? "")"])
            }
            let identities = (entry["identities"] ?? "").split(separator: ";").map { part -> (String, [String]) in
                let sides = part.components(separatedBy: " = ")
                return (sides.first?.trimmingCharacters(in: .whitespaces) ?? "",
                        (sides.last ?? "").components(separatedBy: " + ").map { $0.trimmingCharacters(in: .whitespaces) })
            }
            let twoSidedParts = (entry["two_sided"] ?? "").components(separatedBy: " = ")
            let twoSided = twoSidedParts.count == 2 ? (twoSidedParts[0], twoSidedParts[1]) : nil
            let cells = try Self.cells(at: folder.appendingPathComponent(entry["truth_file"] ?? ""))
            return Table(id: entry["table_id"] ?? "", sourcePDF: entry["source_pdf"] ?? "", pages: first...last,
                         unit: entry["unit"] ?? "", identities: identities, twoSided: twoSided, cells: cells)
        }
    }

    /// The amount cells of a truth file (Fixtures/real-truth or Fixtures/fiscal `*.truth.csv`).
    static func cells(at url: URL) throws -> [Cell] {
        try QuotedCSV.records(at: url).filter { ($0["role"] ?? "amount") == "amount" }.map { r in
            Cell(side: r["side"] ?? "", page: Int(r["page"] ?? "") ?? 0, row: Int(r["row_no"] ?? "") ?? 0,
                 label: r["label"] ?? "", code: r["code"] ?? "", level: r["level"] ?? "",
                 parent: Int(r["parent"] ?? ""), columnPath: r["column_path"] ?? "", amount: r["amount"] ?? "")
        }
    }

    /// Every amount cell the pipeline read, by page, label and column (labels without spaces).
    static func cellsRead(in notice: Notice) -> [CellKey: CellRead] {
        var out: [CellKey: CellRead] = [:]
        for table in notice.tables {
            let byNumber = Dictionary(table.rows.map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
            for row in table.rows {
                let label = compact(row.name)
                let parent = row.parent.flatMap { byNumber[$0] }.map { compact($0.name) }
                for (index, column) in table.amountColumns.enumerated() {
                    let amount = index < row.amounts.count ? row.amounts[index]?.text ?? "" : ""
                    // Both sides of a two-sided table name their amount column alike (预算数): a row
                    // is read in its own side's columns only.
                    let side = index < table.columnSides.count ? table.columnSides[index] : 0
                    if table.kind.hasSides, side != row.side { continue }
                    // Under its leaf, and under its whole path for tables of one leaf under several headings.
                    for name in Set([column.name, column.pathText]) {
                        let key = CellKey(page: row.page, label: label, column: name, code: row.code)
                        if out[key] == nil {
                            out[key] = CellRead(amount: amount, level: row.level.rawValue, parentLabel: parent)
                        }
                    }
                }
            }
        }
        return out
    }

    /// Cells of the truth table read with the right amount, over all cells.
    static func score(_ table: Table, in notice: Notice) -> (right: Int, total: Int) {
        let read = cellsRead(in: notice)
        let right = table.cells.filter { read[table.key($0)]?.amount == $0.amount }.count
        return (right, table.cells.count)
    }

    /// Arithmetic findings printed on the table's pages.
    static func arithmeticFindings(on table: Table, in notice: Notice) -> [Finding] {
        notice.findings.filter { isArithmeticError($0) && table.pages.contains($0.page) }
    }

    /// A label keyed as allot normalizes names: NFKC (（一） → (一)), without whitespace.
    static func compact(_ text: String) -> String {
        String(text.precomposedStringWithCompatibilityMapping.unicodeScalars
            .filter { !CharacterSet.whitespaces.contains($0) }.map(Character.init))
    }
}

/// A small RFC 4180 reader for the truth files (quoted fields hold grouped amounts).
enum QuotedCSV {
    static func records(at url: URL) throws -> [[String: String]] {
        let rows = parse(try String(contentsOf: url, encoding: .utf8))
        guard let header = rows.first else { return [] }
        return rows.dropFirst().map { fields in
            var record: [String: String] = [:]
            for (index, name) in header.enumerated() { record[name] = index < fields.count ? fields[index] : "" }
            return record
        }
    }

    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = text.makeIterator()
        while let ch = iterator.next() {
            if quoted {
                if ch == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.append("\"") } else {
                            quoted = false
                            if next == "," { row.append(field); field = "" } else if next == "\n" { row.append(field); rows.append(row); row = []; field = "" } else { field.append(next) }
                        }
                    } else { quoted = false }
                } else { field.append(ch) }
            } else if ch == "\"" {
                quoted = true
            } else if ch == "," {
                row.append(field); field = ""
            } else if ch == "\n" {
                row.append(field); rows.append(row); row = []; field = ""
            } else {
                field.append(ch)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
