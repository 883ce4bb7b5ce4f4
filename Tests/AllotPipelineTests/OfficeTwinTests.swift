import AllotModel
import AllotPipeline
import Foundation
import XCTest

/// The same notice gives the same rows from PDF, HTML, xlsx, xls, docx and OFD. Spreadsheets are
/// attachments without the notice body: their province total has no issuer to resolve against, so
/// only docx and OFD (which carry the body) are compared on ids and division codes too.
final class OfficeTwinTests: XCTestCase {
    private static let families = [
        "jxzf-2022-125", "ideographic-ruled-multicol-radicals", "distributed-twolevel-decimal-after",
        "gansu-two-tables-fullwidth-dash-wrap", "shanxi-divisions-aliases",
    ]

    private func process(_ path: String) throws -> Notice {
        FileManager.default.changeCurrentDirectoryPath(packageRoot.path)
        return try NoticeProcessor().process(path: path)
    }

    /// level, name, amounts (exact values), remark, unit and attachment of every row.
    private func cells(_ notice: Notice) -> [String] {
        notice.tables.flatMap { table in
            table.rows.map { row in
                let amounts = row.amounts.map { $0.map { "\($0.value)" } ?? "" }.joined(separator: "/")
                return "\(table.index)|\(table.unit)|\(table.attachment)|\(row.level.rawValue)|\(row.name)|\(amounts)|\(row.remark)"
            }
        }
    }

    func testEveryFormatGivesThePDFRows() throws {
        for family in Self.families {
            let pdf = try process("Fixtures/notices/\(family).pdf")
            XCTAssertFalse(pdf.tables.isEmpty, family)
            for format in ["xlsx", "xls", "docx", "ofd"] {
                let other = try process("Fixtures/office/\(family).\(format)")
                XCTAssertEqual(cells(other), cells(pdf), "\(family).\(format)")
                if format == "docx" || format == "ofd" {
                    XCTAssertEqual(other.id, pdf.id, "\(family).\(format)")
                    XCTAssertEqual(other.tables.flatMap { $0.rows.map(\.divisionCode) },
                                   pdf.tables.flatMap { $0.rows.map(\.divisionCode) }, "\(family).\(format)")
                    XCTAssertEqual(other.metadata.date, pdf.metadata.date, "\(family).\(format)")
                }
                let problems = other.findings.filter(\.isProblem).map(\.check.rawValue).sorted()
                let expected = pdf.findings.filter(\.isProblem).map(\.check.rawValue).sorted()
                XCTAssertEqual(problems, expected, "\(family).\(format) findings")
            }
        }
        let html = try process("Fixtures/html/jxzf-2022-125.html")
        XCTAssertEqual(cells(html), cells(try process("Fixtures/office/jxzf-2022-125.xlsx")))
    }

    func testWrongCachedFormulaValueIsAFindingWithBothNumbers() throws {
        let notice = try process("Fixtures/office/jxzf-2022-125-formula-cache.xlsx")
        // 太原市小计's cached value is wrong; 全省合计's formula sums the subtotals, that one included
        let mismatches = notice.findings.filter { $0.check == .formulaMismatch }
        XCTAssertEqual(mismatches.map(\.name), ["全省合计", "太原市小计"])
        XCTAssertEqual(mismatches.map(\.stated), [403155, 10645])
        XCTAssertEqual(mismatches.map(\.computed), [403146, 10654])
        XCTAssertTrue(mismatches.allSatisfy(\.isProblem))
        // the other 10 formulas agree and name the rows the hierarchy sums
        XCTAssertTrue(notice.findings.contains { $0.check == .formulaConfirmed && $0.message.hasPrefix("10 of 12") })
        let faithful = try process("Fixtures/office/jxzf-2022-125.xlsx")
        XCTAssertEqual(faithful.findings.filter(\.isProblem).map(\.check.rawValue), [])
        XCTAssertEqual(faithful.findings.map(\.check.rawValue).sorted(), ["formula_confirmed", "hidden_skipped", "hidden_skipped"])
    }

    func testDisplayFormatHidingDecimalsIsANote() throws {
        let notice = try process("Fixtures/office/distributed-twolevel-decimal-after.xlsx")
        let note = try XCTUnwrap(notice.findings.first { $0.check == .displayRounded })
        XCTAssertFalse(note.isProblem)
        XCTAssertEqual(notice.tables.first?.rows.first?.amounts.first??.text, "6882.71")
    }

    func testFolderScanReadsArchiveMembersAndCountsUnsupportedFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("allot-scan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let xlsx = try Data(contentsOf: packageRoot.appendingPathComponent("Fixtures/office/jxzf-2022-125.xlsx"))
        let pdf = try Data(contentsOf: packageRoot.appendingPathComponent("Fixtures/notices/shanxi-divisions-aliases.pdf"))
        try zipArchive([("附件1.xlsx", xlsx), ("通知.pdf", pdf), ("说明.txt", Data("x".utf8))])
            .write(to: folder.appendingPathComponent("附件.zip"))
        try Data("x".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        try xlsx.write(to: folder.appendingPathComponent("renamed.bin.docx"))
        let scan = InputFiles.scan([folder.path])
        XCTAssertEqual(scan.unsupported.map { ($0 as NSString).lastPathComponent }, ["notes.txt"])
        XCTAssertEqual(scan.files.map { ($0 as NSString).lastPathComponent }, ["renamed.bin.docx", "附件1.xlsx", "通知.pdf"])
        let result = BatchRunner(jobs: 2).run([folder.path])
        XCTAssertEqual(result.failures.map(\.description), [])
        // The same xlsx bytes under two names are one notice with a duplicate source, not two notices.
        XCTAssertEqual(result.notices.count, 2)
        let workbook = result.notices.first { $0.sourceFile.hasSuffix("renamed.bin.docx") || $0.sourceFile.hasSuffix("附件1.xlsx") }
        XCTAssertEqual(workbook?.sources.map(\.role).sorted { $0.rawValue < $1.rawValue }, [.duplicate, .primary])
        XCTAssertTrue(result.notices.contains { $0.sourceFile.hasSuffix("附件.zip!/通知.pdf") && $0.id == "晋财农〔2017〕88号" })
    }
}
