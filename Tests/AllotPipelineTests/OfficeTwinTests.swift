import AllotModel
import AllotPipeline
import AllotStore
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

    /// allocations.csv of a notice, the columns `leaving` names left out.
    private func dataset(_ notice: Notice, leaving: Set<String>) -> (header: [String], rows: [[String]]) {
        let table = DatasetCSV(notices: [notice]).allocations
        let kept = table.header.indices.filter { !leaving.contains(table.header[$0]) }
        // Amounts compare as exact values: a workbook stores 3023.9 where the PDF prints 3023.90
        // (the distributed family's format shows no decimals; that is a display_rounded note).
        let amount = table.header.firstIndex(of: "amount")
        return (kept.map { table.header[$0] }, table.rows.map { row in
            kept.map { column in
                guard row.indices.contains(column) else { return "?" }
                guard column == amount, let value = Decimal(string: row[column], locale: Locale(identifier: "en_US_POSIX")) else {
                    return row[column]
                }
                return "\(value)"
            }
        })
    }

    /// The columns whose values differ between two notices' allocations.csv, each with its first
    /// differing row ("column: row N a ≠ b"); a different row count is one entry.
    private func differences(_ notice: Notice, _ reference: Notice, leaving: Set<String>) -> [String] {
        let (header, rows) = dataset(notice, leaving: leaving)
        let (expectedHeader, expected) = dataset(reference, leaving: leaving)
        guard header == expectedHeader, rows.count == expected.count, !rows.isEmpty else {
            return ["\(rows.count) cells against \(expected.count)"]
        }
        return header.indices.compactMap { column in
            guard let row = rows.indices.first(where: { rows[$0][column] != expected[$0][column] }) else { return nil }
            return "\(header[column]): cell \(row + 1) \(rows[row][column]) ≠ \(expected[row][column])"
        }
    }

    /// Columns that differ between a PDF and a flow document by what each format is: a flow document
    /// is one page, and the PDF's text layer keeps padding and radical code points in raw_name.
    private static let byFormat: Set<String> = ["page", "raw_name"]
    /// A workbook alone has no notice body: no doc number (so no notice id, nor cell ids made from
    /// it) and no issuer to resolve the province total against (so no division codes).
    private static let withoutBody: Set<String> = ["notice_id", "cell_id", "region", "division_code", "parent_code",
                                                   "division_match", "region_full_name"]
    func testEveryDatasetColumnAgreesAcrossFormats() throws {
        for family in Self.families {
            let pdf = try process("Fixtures/notices/\(family).pdf")
            for format in ["xlsx", "xls", "docx", "ofd"] {
                let other = try process("Fixtures/office/\(family).\(format)")
                // xls included: its merged ranges are read from the workbook's records (BIFFSheets)
                let leaving = format == "docx" || format == "ofd" ? Self.byFormat : Self.byFormat.union(Self.withoutBody)
                XCTAssertEqual(differences(other, pdf, leaving: leaving), [], "\(family).\(format)")
                if family == "distributed-twolevel-decimal-after" {
                    // The 其中 line over the fund columns is the header's upper level, not part of the title.
                    XCTAssertEqual(other.tables.map(\.title), ["2023年第二批财政衔接推进乡村振兴补助资金分配表"], format)
                    XCTAssertEqual(other.tables.first?.amountColumns.map(\.pathText),
                                   ["合计", "其中 › 中央资金", "其中 › 省级资金"], format)
                }
            }
        }
    }

    /// The portal page of 125号 (body and table in HTML): every column but page and raw_name.
    func testHTMLEditionGivesEveryDatasetColumnOfThePDF() throws {
        let pdf = try process("Fixtures/notices/jxzf-2022-125.pdf")
        let html = try process("Fixtures/html/jxzf-2022-125.html")
        XCTAssertEqual(differences(html, pdf, leaving: Self.byFormat), [])
    }

    /// A notice printed without its table and the table as a separate workbook named after the doc
    /// number: one notice whose dataset rows are the full PDF's, column for column (ids, division
    /// codes and cell ids included: the body supplies them).
    func testNoticeWithItsTableAsASeparateWorkbookGivesThePDFRows() throws {
        let pdf = try process("Fixtures/notices/jxzf-2022-125.pdf")
        for format in ["xlsx", "xls"] {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("allot-pair-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("Fixtures/bad/no-table.pdf"),
                                             to: folder.appendingPathComponent("notice.pdf"))
            try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("Fixtures/office/jxzf-2022-125.\(format)"),
                                             to: folder.appendingPathComponent("晋乡振发〔2022〕125号附件.\(format)"))
            let result = BatchRunner(jobs: 2).run([folder.path])
            XCTAssertEqual(result.failures.map(\.description), [], format)
            let notice = try XCTUnwrap(result.notices.first, format)
            XCTAssertEqual(result.notices.count, 1, format)
            XCTAssertEqual(notice.sources.map(\.role), [.primary, .attachment], format)
            XCTAssertEqual(notice.sources.map(\.kind), ["pdf", format], format)
            XCTAssertEqual(differences(notice, pdf, leaving: Self.byFormat), [], format)
            XCTAssertEqual(notice.metadata.date, pdf.metadata.date, format)
            XCTAssertEqual(notice.metadata.title, pdf.metadata.title, format)
            XCTAssertEqual(notice.findings.filter(\.isProblem).map(\.check.rawValue).sorted(),
                           pdf.findings.filter(\.isProblem).map(\.check.rawValue).sorted(), format)
        }
    }

    /// Fiscal families whose hierarchy is the labels' indentation alone, as workbooks that indent
    /// each label by its cell style (`<alignment indent="N"/>`, no spaces; made by
    /// Scripts/make_office_fixtures.py): every cell, every row's level and parent, and exactly the
    /// injected misprints, as the truth files of the PDF and HTML twins give them.
    func testLabelsIndentedByTheirCellStylePlaceTheRows() throws {
        for name in ["fiscal-indent-only", "fiscal-html-indent-misprint"] {
            let notice = try process("Fixtures/office/\(name).xlsx")
            let score = try FiscalTruth.score(notice, against: packageRoot.appendingPathComponent("Fixtures/fiscal/\(name)"),
                                              ignoringPages: true)
            XCTAssertGreaterThanOrEqual(score.cells, 16, name)
            XCTAssertEqual(score.right, score.cells, "\(name): cells")
            XCTAssertEqual(score.placed, score.cells, "\(name): rows placed (level and parent)")
            XCTAssertEqual(score.raised, score.expected, "\(name): arithmetic findings")
            XCTAssertTrue(notice.tables.allSatisfy { $0.rows.contains { $0.hierarchySignal == .indentation } }, name)
        }
    }

    func testWrongCachedFormulaValueIsAFindingWithBothNumbers() throws {
        // xls as xlsx: the xls workbook's FORMULA records (freexl reads them as empty) give the same
        // cached values and formula text, and Excel calculated it (RECALCID)
        for format in ["xlsx", "xls"] {
            let notice = try process("Fixtures/office/jxzf-2022-125-formula-cache.\(format)")
            // 太原市小计's cached value is wrong; 全省合计's formula sums the subtotals, that one included
            let mismatches = notice.findings.filter { $0.check == .formulaMismatch }
            XCTAssertEqual(mismatches.map(\.name), ["全省合计", "太原市小计"], format)
            XCTAssertEqual(mismatches.map(\.stated), [403155, 10645], format)
            XCTAssertEqual(mismatches.map(\.computed), [403146, 10654], format)
            XCTAssertTrue(mismatches.allSatisfy(\.isProblem), format)
            // the other 10 formulas agree and name the rows the hierarchy sums
            XCTAssertTrue(notice.findings.contains { $0.check == .formulaConfirmed && $0.message.hasPrefix("10 of 12") }, format)
            let faithful = try process("Fixtures/office/jxzf-2022-125.\(format)")
            XCTAssertEqual(faithful.findings.filter(\.isProblem).map(\.check.rawValue), [], format)
            XCTAssertEqual(faithful.findings.map(\.check.rawValue).sorted(),
                           ["formula_confirmed", "hidden_skipped", "hidden_skipped"], format)
        }
        let xlsx = try process("Fixtures/office/jxzf-2022-125-formula-cache.xlsx")
        let xls = try process("Fixtures/office/jxzf-2022-125-formula-cache.xls")
        XCTAssertEqual(xls.findings.map(\.message), xlsx.findings.map(\.message))
        XCTAssertEqual(cells(xls), cells(xlsx))
    }

    /// A workbook whose wrong cached result the file does not vouch for is not the document's
    /// error: a note, no finding, and 太原市小计 reads as the sum of the cells its SUM names
    /// (10654), so neither it nor the total is reported either. xls: no RECALCID (not calculated by
    /// Excel), or the formula flagged fAlwaysCalc; xlsx: calcPr fullCalcOnLoad="1" (the writer asks
    /// for the calculation), or the formula's <f ca="1">.
    func testStaleCachedFormulaValueIsANoteNotAFinding() throws {
        for format in ["xls", "xlsx"] {
            let faithful = try process("Fixtures/office/jxzf-2022-125.\(format)")
            for name in ["formula-uncomputed", "formula-always-calc"] {
                let notice = try process("Fixtures/office/jxzf-2022-125-\(name).\(format)")
                XCTAssertEqual(notice.findings.filter(\.isProblem).map(\.message), [], name)
                let note = try XCTUnwrap(notice.findings.first { $0.check == .formulaUncomputed }, name)
                XCTAssertFalse(note.isProblem)
                XCTAssertTrue(note.message.contains("B6 stored 10645, =SUM(B7:B8) gives 10654"), note.message)
                XCTAssertTrue(note.messageZH.contains("B6 存储 10645，=SUM(B7:B8) 得 10654"), note.messageZH)
                XCTAssertEqual(cells(notice), cells(faithful), name)
            }
            let uncomputed = try process("Fixtures/office/jxzf-2022-125-formula-uncomputed.\(format)")
            XCTAssertTrue(uncomputed.findings.contains { $0.check == .formulaUncomputed && $0.message.contains("12 formula result(s)")
                && $0.message.contains(format == "xls" ? "no RECALCID" : "fullCalcOnLoad") }, format)
            XCTAssertFalse(uncomputed.findings.contains { $0.check == .formulaConfirmed }, format)
            // only the flagged formula is untrusted: the other 11 confirm the hierarchy
            let flagged = try process("Fixtures/office/jxzf-2022-125-formula-always-calc.\(format)")
            XCTAssertTrue(flagged.findings.contains { $0.check == .formulaUncomputed && $0.message.contains("1 formula result(s)")
                && $0.message.contains(format == "xls" ? "fAlwaysCalc" : ": ca)") }, format)
            XCTAssertTrue(flagged.findings.contains { $0.check == .formulaConfirmed && $0.message.hasPrefix("11 of 11") }, format)
        }
    }

    /// The twins say the same but for what makes the result untrusted: the same findings (none)
    /// and notes, the note's reason aside.
    func testStaleFormulaTwinsGiveTheSameFindingsAndNotes() throws {
        func outline(_ notice: Notice) -> [String] {
            notice.findings.map { finding in
                finding.check == .formulaUncomputed
                    ? "\(finding.check.rawValue) " + (finding.message.components(separatedBy: "; they are").last ?? "")
                    : "\(finding.check.rawValue) \(finding.message)"
            }.sorted()
        }
        for name in ["formula-uncomputed", "formula-always-calc"] {
            let xls = try process("Fixtures/office/jxzf-2022-125-\(name).xls")
            let xlsx = try process("Fixtures/office/jxzf-2022-125-\(name).xlsx")
            XCTAssertEqual(outline(xlsx), outline(xls), name)
        }
    }

    /// An xlsx whose formulas carry no cached result at all (openpyxl, server-side writers): each
    /// SUM is the exact sum of the cells it names, so the table reads as the calculated workbook's,
    /// with a note and no finding.
    func testFormulasWithoutCachedResultsAreSummed() throws {
        let notice = try process("Fixtures/office/jxzf-2022-125-formula-novalue.xlsx")
        XCTAssertEqual(notice.findings.filter(\.isProblem).map(\.message), [])
        let note = try XCTUnwrap(notice.findings.first { $0.check == .formulaUncomputed })
        XCTAssertTrue(note.message.contains("12 formula result(s)") && note.message.contains("B6 stored nothing, =SUM(B7:B8) gives 10654"),
                      note.message)
        XCTAssertFalse(notice.findings.contains { $0.check == .formulaConfirmed })
        XCTAssertEqual(cells(notice), cells(try process("Fixtures/office/jxzf-2022-125.xlsx")))
    }

    func testDisplayFormatHidingDecimalsIsANote() throws {
        let notice = try process("Fixtures/office/distributed-twolevel-decimal-after.xlsx")
        let note = try XCTUnwrap(notice.findings.first { $0.check == .displayRounded })
        XCTAssertFalse(note.isProblem)
        XCTAssertEqual(notice.tables.first?.rows.first?.amounts.first??.text, "6882.71")
        // the xls twin's cells carry the same #,##0 format, read per cell: the same note
        let xls = try process("Fixtures/office/distributed-twolevel-decimal-after.xls")
        XCTAssertEqual(xls.findings.first { $0.check == .displayRounded }?.message, note.message)
        XCTAssertEqual(xls.findings.map(\.message).map { $0.replacingOccurrences(of: ".xls", with: "") }.sorted(),
                       notice.findings.map(\.message).map { $0.replacingOccurrences(of: ".xlsx", with: "") }.sorted())
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
