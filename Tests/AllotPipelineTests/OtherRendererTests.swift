import AllotModel
import AllotPipeline
import Foundation
import XCTest

/// The same notices printed by another renderer: headless Chromium prints the portal pages to PDF
/// (Skia's text layer, a browser's date header and URL footer, a compact table whose column names
/// nearly touch, remarks wrapped and centred in narrow cells). Skipped when Chromium is absent.
final class OtherRendererTests: XCTestCase {
    private func printed(_ page: String) throws -> String {
        let browsers = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        guard let browser = browsers.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw XCTSkip("no Chromium installed: the other-renderer test is skipped (apt-get install chromium)")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("allot-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent((page as NSString).deletingPathExtension + ".pdf").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(folder.path)/profile",
                             "--print-to-pdf=\(pdf)", packageRoot.appendingPathComponent("Fixtures/html/\(page)").path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard FileManager.default.fileExists(atPath: pdf) else { throw XCTSkip("Chromium did not print \(page)") }
        return pdf
    }

    func testChromiumPrintOfThePortalPageGivesTheReferenceTable() throws {
        let notice = try NoticeProcessor().process(path: try printed("jxzf-2022-125.html"))
        XCTAssertEqual(notice.id, "晋乡振发〔2022〕125号")
        let table = try XCTUnwrap(notice.tables.first)
        let expected = try readSimpleCSV("Fixtures/expected/jxzf-2022-125.csv")
        XCTAssertEqual(table.rows.count, expected.count)
        for (row, want) in zip(table.rows, expected) {
            XCTAssertEqual(row.level.rawValue, want["level"], row.name)
            XCTAssertEqual(row.name, want["name"])
            XCTAssertEqual(row.amounts.first??.text, want["amount"], row.name)
            XCTAssertEqual(row.remark, want["remark"], row.name)
        }
        XCTAssertEqual(notice.findings, [])
    }

    func testCompactTableWithTouchingHeadersIsRead() throws {
        let notice = try NoticeProcessor().process(path: try printed("malformed.html"))
        let table = try XCTUnwrap(notice.tables.first)
        XCTAssertEqual(table.rows.map(\.name), ["合计", "大宁县", "永和县", "石楼县"])
        XCTAssertEqual(table.rows.map { $0.amounts.first??.text ?? "" }, ["1000", "300", "450", "250"])
        XCTAssertEqual(notice.findings.filter(\.isProblem), [])
    }
}
