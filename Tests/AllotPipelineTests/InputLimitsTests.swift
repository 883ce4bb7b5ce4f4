import AllotModel
import AllotOffice
import AllotPipeline
import Foundation
import XCTest

/// Each bound on an input gives its own named error, whose message says how to raise it.
final class InputLimitsTests: XCTestCase {
    private func outcome(_ path: String, _ change: (inout InputLimits) -> Void) -> Result<Notice, ProcessError> {
        FileManager.default.changeCurrentDirectoryPath(packageRoot.path)
        var options = PipelineOptions()
        change(&options.limits)
        return Result { () throws(ProcessError) -> Notice in try NoticeProcessor(options: options).process(path: path) }
    }

    private func error(_ path: String, _ change: (inout InputLimits) -> Void) -> ProcessError? {
        guard case let .failure(error) = outcome(path, change) else { return nil }
        return error
    }

    private let replica = "Fixtures/notices/jxzf-2022-125.pdf"
    private let page = "Fixtures/html/jxzf-2022-125.html"

    func testDefaultsReadTheFixtures() throws {
        XCTAssertEqual(try outcome(replica) { _ in }.get().tables.first?.rows.count, 74)
        XCTAssertEqual(try outcome(page) { _ in }.get().tables.first?.rows.count, 74)
    }

    func testPageLimit() {
        let error = error(replica) { $0.maximumPages = 4 }
        XCTAssertEqual(error?.kind, "too_many_pages")
        XCTAssertEqual(error?.description, "\(replica): too many pages: 5 (limit 4; raise with --max-pages)")
        XCTAssertNil(self.error(replica) { $0.maximumPages = 5 })
    }

    func testGlyphLimit() {
        let error = error(replica) { $0.maximumGlyphsPerPage = 300 }
        XCTAssertEqual(error?.kind, "too_many_glyphs")
        XCTAssertTrue(error?.description.hasSuffix("(limit 300; raise with --max-glyphs)") ?? false, "\(String(describing: error))")
    }

    func testZipMemberLimitReachesPackages() {
        // An xlsx is a ZIP package: the member bound of the options applies to it.
        let workbook = "Fixtures/office/distributed-twolevel-decimal-after.xlsx"
        XCTAssertNil(error(workbook) { _ in })
        let error = error(workbook) { $0.archive.maximumMembers = 2 }
        XCTAssertEqual(error?.kind, "archive_limit", "\(String(describing: error))")
    }

    func testRowLimitForPDFAndHTML() {
        for path in [replica, page] {
            let error = error(path) { $0.maximumTableRows = 73 }
            XCTAssertEqual(error?.kind, "too_many_rows", path)
            XCTAssertEqual(error?.description, "\(path): table 1: too many rows: 74 (limit 73; raise with --max-rows)")
            XCTAssertNil(self.error(path) { $0.maximumTableRows = 74 })
        }
    }

    func testFileSizeLimitsRefuseWithoutReading() throws {
        // A 200 MB page (sparse: nothing is written) is refused by its size alone, before any byte is read.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("allot-limits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let huge = folder.appendingPathComponent("huge.html")
        XCTAssertTrue(FileManager.default.createFile(atPath: huge.path, contents: Data("<html>".utf8)))
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: 200 * 1_048_576)
        try handle.close()
        let error = self.error(huge.path) { _ in }
        XCTAssertEqual(error?.kind, "too_large")
        XCTAssertEqual(error?.description, "\(huge.path): too large: 209715200 bytes (limit 16 MB; raise with --max-html-mb)")
        let pdf = self.error(replica) { $0.maximumFileBytes = 1_000 }
        XCTAssertEqual(pdf?.kind, "too_large")
        XCTAssertTrue(pdf?.description.hasSuffix("raise with --max-file-mb)") ?? false)
    }
}
