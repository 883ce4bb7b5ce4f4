import AllotModel
import AllotPipeline
import Foundation
import XCTest

/// Every file under Fixtures/bad/ gets its exact error kind (or, when poppler can still read it,
/// the notes and findings that say what was wrong); a batch of them goes on past each one.
final class BadInputTests: XCTestCase {
    /// OCR is off here: these tests are about refusing bad files; a scan is refused as `no_text_layer`
    /// only with `--ocr never` (OCRTests read it).
    private func outcome(_ name: String, password: String? = nil) -> Result<Notice, ProcessError> {
        FileManager.default.changeCurrentDirectoryPath(packageRoot.path)
        let processor = NoticeProcessor(options: PipelineOptions(password: password, ocr: .never))
        return Result { () throws(ProcessError) -> Notice in try processor.process(path: "Fixtures/bad/\(name)") }
    }

    private func kind(_ name: String) -> String {
        switch outcome(name) {
        case .success: "ok"
        case let .failure(error): error.kind
        }
    }

    func testEachBadFileHasItsErrorKind() {
        XCTAssertEqual(kind("empty.pdf"), "empty_file")
        XCTAssertEqual(kind("not-a-pdf.pdf"), "not_a_pdf_or_damaged")
        XCTAssertEqual(kind("truncated.pdf"), "not_a_pdf_or_damaged")
        XCTAssertEqual(kind("encrypted.pdf"), "encrypted")
        XCTAssertEqual(kind("scanned.pdf"), "no_text_layer")
        XCTAssertEqual(kind("does-not-exist.pdf"), "not_found")
    }

    func testErrorsNameTheFileAndTheReason() throws {
        guard case let .failure(error) = outcome("encrypted.pdf") else { return XCTFail("encrypted file opened") }
        XCTAssertEqual(error.description, "Fixtures/bad/encrypted.pdf: encrypted PDF (give the password with --password)")
        guard case let .failure(scan) = outcome("scanned.pdf") else { return XCTFail("scanned file read") }
        XCTAssertTrue(scan.description.hasPrefix("Fixtures/bad/scanned.pdf: no text layer (scanned image?)"), scan.description)
    }

    func testPasswordOpensTheEncryptedNotice() throws {
        let notice = try outcome("encrypted.pdf", password: "allot").get()
        XCTAssertEqual(notice.id, "晋乡振发〔2022〕125号")
        XCTAssertEqual(notice.tables.first?.rows.count, 74)
        XCTAssertEqual(notice.findings, [])
    }

    func testDamagedXrefIsRepairedAndRead() throws {
        let notice = try outcome("damaged-xref.pdf").get()
        XCTAssertEqual(notice.tables.first?.rows.count, 74)
    }

    func testDamagedPageIsReportedAndTheOtherPagesRead() throws {
        let notice = try outcome("damaged-page.pdf").get()
        let missing = notice.findings.filter { $0.check.rawValue == "missing_page" }
        XCTAssertEqual(missing.map(\.page), [4])
        XCTAssertTrue(missing.allSatisfy(\.isProblem))
        // Pages 3 and 5 are read: the rows before and after the damaged page are there.
        let names = notice.tables.first?.rows.map(\.name) ?? []
        XCTAssertTrue(names.contains("运城市小计") && names.contains("吕梁市小计"), "\(names)")
    }

    func testNoticeWithoutTableIsMetadataOnly() throws {
        let notice = try outcome("no-table.pdf").get()
        XCTAssertEqual(notice.id, "晋乡振发〔2022〕125号")
        XCTAssertEqual(notice.tables.count, 0)
        XCTAssertEqual(notice.findings.map(\.check.rawValue), ["no_table"])
        XCTAssertFalse(notice.findings.contains(where: \.isProblem))
    }

    func testAbsurdCellsAreFindingsNotTraps() throws {
        let notice = try outcome("absurd-cells.pdf").get()
        let checks = Dictionary(grouping: notice.findings, by: \.check.rawValue).mapValues { $0.map(\.name) }
        XCTAssertEqual(checks["invalid_amount"], ["太原市小计", "娄烦县"])
        XCTAssertEqual(checks["negative_amount"], ["阳曲县"])
        let forty = notice.findings.first { $0.name == "娄烦县" && $0.check.rawValue == "invalid_amount" }
        XCTAssertTrue(forty?.message.contains("too many digits") ?? false)
    }

    func testOddPagesDoNotBreakTheBatch() throws {
        // A 1,600-character line and rotated pages: read without a trap; the long line is not a row.
        let long = try outcome("long-line.pdf").get()
        XCTAssertEqual(long.tables.first?.rows.map(\.name), ["全省合计", "娄烦县", "阳曲县"])
        // Pages with /Rotate 90: poppler reports them in display space, text running downwards;
        // the layout stage turns them upright and the whole table is read.
        let rotated = try outcome("rotated.pdf").get()
        XCTAssertEqual(rotated.tables.first?.rows.count, 74)
        XCTAssertEqual(rotated.findings, [])
    }

    func testBatchGoesOnPastEveryBadFile() {
        FileManager.default.changeCurrentDirectoryPath(packageRoot.path)
        let processor = NoticeProcessor(options: PipelineOptions(ocr: .never))
        let result = BatchRunner(processor: processor, jobs: 2).run(["Fixtures/bad", "Fixtures/notices/jxzf-2022-125.pdf", "no/such/dir"])
        XCTAssertEqual(Set(result.failures.map(\.kind)),
                       ["empty_file", "not_a_pdf_or_damaged", "encrypted", "no_text_layer", "not_found"])
        // The bad files that read are variants of 晋乡振发〔2022〕125号: one notice, every file among its sources.
        XCTAssertTrue(result.notices.contains { $0.sources.contains { $0.file == "Fixtures/notices/jxzf-2022-125.pdf" } })
    }
}
