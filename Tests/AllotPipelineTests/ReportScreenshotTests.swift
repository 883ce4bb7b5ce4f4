import Foundation
import XCTest

/// The HTML report rendered by a real browser: `Scripts/screenshot_report.sh` takes a headless
/// Chromium screenshot. `make setup` installs Chromium and `make test` sets ALLOT_REQUIRE_CHROMIUM=1,
/// so there a missing browser fails the test; run alone without Chromium, the test is skipped.
final class ReportScreenshotTests: XCTestCase {
    private var allot: URL { allotExecutable }

    private func run(_ executable: URL, _ arguments: [String]) throws -> (status: Int32, output: String) {
        try runTool(executable, arguments)
    }

    func testReportRendersInHeadlessChromium() throws {
        let browsers = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        guard browsers.contains(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            if ProcessInfo.processInfo.environment["ALLOT_REQUIRE_CHROMIUM"] == "1" {
                return XCTFail("no Chromium installed, and make test requires it (make setup installs the chromium package)")
            }
            throw XCTSkip("no Chromium installed: the report screenshot is skipped (apt-get install chromium)")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("allot-shot-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let dataset = folder.appendingPathComponent("dataset").path
        XCTAssertEqual(try run(allot, ["rebuild", "--quiet", "Fixtures/notices", "--out", dataset]).status, 0)
        let html = folder.appendingPathComponent("report.html").path
        XCTAssertEqual(try run(allot, ["report", dataset, "--out", html]).status, 0)
        let png = folder.appendingPathComponent("report.png").path
        let shot = try run(URL(fileURLWithPath: "/bin/bash"), ["Scripts/screenshot_report.sh", html, png])
        XCTAssertEqual(shot.status, 0, shot.output)
        XCTAssertFalse(shot.output.contains("skipped"), shot.output)
        let size = (try FileManager.default.attributesOfItem(atPath: png)[.size] as? NSNumber)?.intValue ?? 0
        XCTAssertGreaterThan(size, 10_000, "screenshot too small to show the report")
    }
}
