import AllotModel
import AllotPipeline
import AllotStore
import Foundation
import XCTest

/// Several files of one notice read in one batch: a portal page and the PDF it links to as its
/// only table, a PDF and its portal page, two different PDFs with one doc number, the same file
/// twice, and an attachment named after the doc number.
final class SourceBatchTests: XCTestCase {
    private func batch(_ arguments: [String]) -> BatchResult {
        FileManager.default.changeCurrentDirectoryPath(packageRoot.path)
        return BatchRunner(jobs: 2).run(arguments)
    }

    private func roles(_ notice: Notice) -> [String] {
        notice.sources.map { "\($0.role.rawValue) \($0.kind) \($0.file)" }
    }

    /// The dataset files of a batch and its sources, against the goldens in the batch folder.
    private func assertGoldens(_ result: BatchResult, folder: String) throws {
        let csv = DatasetCSV(notices: result.notices)
        try assertGolden(csv.allocations.render(), "\(folder)/golden/allocations.csv")
        try assertGolden(csv.findings.render(), "\(folder)/golden/findings.csv")
        try assertGolden(csv.notices.render(), "\(folder)/golden/notices.csv")
        try assertGolden(csv.sources.render(), "\(folder)/golden/sources.csv")
        try assertGolden(csv.attachments.render(), "\(folder)/golden/attachments.csv")
    }

    func testPortalPageReadsTheLinkedPDFAsItsTable() throws {
        let result = batch(["Fixtures/batches/portal-link"])
        XCTAssertEqual(result.failures.count, 0)
        XCTAssertEqual(result.notices.count, 1)
        let notice = try XCTUnwrap(result.notices.first)
        XCTAssertEqual(notice.id, "陕发改振兴〔2023〕520号")
        XCTAssertEqual(notice.metadata.title, "陕西省发展和改革委员会关于下达2023年以工代赈中央预算内投资计划（第二批）的通知")
        XCTAssertEqual(notice.metadata.date, "2023-05-19")
        XCTAssertEqual(notice.attachmentLinks, [AttachmentLink(
            label: "附件", fileName: "2023年以工代赈中央预算内投资计划分配表.pdf",
            url: "/uploadfiles/202305/P020230519372831.pdf")])
        XCTAssertEqual(roles(notice), [
            "primary html Fixtures/batches/portal-link/portal-article.html",
            "attachment pdf Fixtures/batches/portal-link/P020230519372831.pdf",
        ])
        let expected = try readSimpleCSV("Fixtures/batches/portal-link/P020230519372831.csv")
        let rows = notice.tables.flatMap(\.rows)
        XCTAssertEqual(rows.map(\.name), expected.map { $0["name"] ?? "" })
        XCTAssertEqual(rows.map { $0.amounts.first??.text ?? "" }, expected.map { $0["amount"] ?? "" })
        XCTAssertEqual(notice.findings.filter(\.isProblem).map(\.message), [])
        try assertGoldens(result, folder: "Fixtures/batches/portal-link")
    }

    func testTwoDifferentPDFsWithOneDocNumberConflict() throws {
        let result = batch(["Fixtures/batches/two-pdfs"])
        XCTAssertEqual(result.notices.count, 1)
        let notice = try XCTUnwrap(result.notices.first)
        XCTAssertEqual(notice.sourceFile, "Fixtures/batches/two-pdfs/two-pdfs-a.pdf")
        XCTAssertEqual(roles(notice), [
            "primary pdf Fixtures/batches/two-pdfs/two-pdfs-a.pdf",
            "conflicting pdf Fixtures/batches/two-pdfs/two-pdfs-b.pdf",
        ])
        let conflicts = notice.findings.filter { $0.check == .conflictingSources }
        XCTAssertEqual(conflicts.count, 1)
        XCTAssertTrue(conflicts.first?.isProblem ?? false)
        XCTAssertTrue(conflicts.first?.message.contains("two-pdfs-b.pdf") ?? false, conflicts.first?.message ?? "")
        XCTAssertTrue(conflicts.first?.message.contains("3 cell(s) differ") ?? false, conflicts.first?.message ?? "")
        XCTAssertTrue(conflicts.first?.messageZH.hasSuffix("；3 个单元格不同") ?? false, conflicts.first?.messageZH ?? "")
        try assertGoldens(result, folder: "Fixtures/batches/two-pdfs")
    }

    func testPDFAndPortalPageAreOneNoticeWithBothSources() throws {
        let result = batch(["Fixtures/notices/jxzf-2022-125.pdf", "Fixtures/html/jxzf-2022-125-typo.html"])
        XCTAssertEqual(result.notices.count, 1)
        let notice = try XCTUnwrap(result.notices.first)
        XCTAssertEqual(roles(notice), [
            "primary pdf Fixtures/notices/jxzf-2022-125.pdf",
            "cross_check html Fixtures/html/jxzf-2022-125-typo.html",
        ])
        XCTAssertEqual(notice.findings.filter { $0.check == .sourceMismatch }.map(\.message),
                       ["沁水县 中央资金: PDF 2095, HTML 2059 (Fixtures/html/jxzf-2022-125-typo.html)"])
    }

    func testTheSameFileTwiceIsADuplicateSourceNotAConflict() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("allot-dup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = packageRoot.appendingPathComponent("Fixtures/notices/unseen-colophon.pdf")
        for name in ["a.pdf", "b.pdf"] {
            try FileManager.default.copyItem(at: original, to: folder.appendingPathComponent(name))
        }
        let result = BatchRunner(jobs: 1).run([folder.path])
        XCTAssertEqual(result.notices.count, 1)
        XCTAssertEqual(result.notices.first?.sources.map(\.role), [.primary, .duplicate])
        XCTAssertEqual(result.notices.first?.findings.filter(\.isProblem).map(\.message), [])
    }

    /// A notice printed without its table (body pages only) and the table saved under the title
    /// its 附件 line lists: one notice, the table read from the attachment.
    func testAnAttachmentNamedAsTheAttachmentLineListsItJoinsItsNotice() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("allot-title-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("Fixtures/bad/no-table.pdf"),
                                         to: folder.appendingPathComponent("notice.pdf"))
        try FileManager.default.copyItem(
            at: packageRoot.appendingPathComponent("Fixtures/batches/portal-link/P020230519372831.pdf"),
            to: folder.appendingPathComponent("提前下达2023年中央财政衔接推进乡村振兴补助资金计划表.pdf"))
        let result = BatchRunner(jobs: 2).run([folder.path])
        XCTAssertEqual(result.notices.map(\.id), ["晋乡振发〔2022〕125号"])
        XCTAssertEqual(result.notices.first?.sources.map(\.role), [.primary, .attachment])
        XCTAssertEqual(result.notices.first?.tables.flatMap(\.rows).count, 28)
    }

    /// A notice printed without its table (body pages only) and the table saved as a file named
    /// after the doc number: one notice, the table read from the attachment.
    func testAnAttachmentNamedAfterTheDocNumberJoinsItsNotice() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("allot-att-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("Fixtures/bad/no-table.pdf"),
                                         to: folder.appendingPathComponent("notice.pdf"))
        try FileManager.default.copyItem(
            at: packageRoot.appendingPathComponent("Fixtures/batches/portal-link/P020230519372831.pdf"),
            to: folder.appendingPathComponent("晋乡振发〔2022〕125号附件.pdf"))
        let result = BatchRunner(jobs: 2).run([folder.path])
        XCTAssertEqual(result.notices.count, 1)
        let notice = try XCTUnwrap(result.notices.first)
        XCTAssertEqual(notice.id, "晋乡振发〔2022〕125号")
        XCTAssertEqual(notice.sources.map(\.role), [.primary, .attachment])
        XCTAssertEqual(notice.tables.flatMap(\.rows).count, 28)
        XCTAssertFalse(notice.findings.contains { $0.check == .noTable })
    }
}
