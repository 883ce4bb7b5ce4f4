import Foundation
import XCTest

/// The HTML report rendered by a real browser: `Scripts/screenshot_report.sh` takes a headless
/// Chromium screenshot when Chromium is installed; without one the test is skipped with a message.
final class ReportScreenshotTests: XCTestCase {
    private var allot: URL { allotExecutable }

    private func run(_ executable: URL, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    func testReportRendersInHeadlessChromium() throws {
        let browsers = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        guard browsers.contains(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
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
        let size = (try FileManager.default.attributesOfItem(atPath: png)[.size] as? NSNumber)?.intValue ?? 0
        XCTAssertGreaterThan(size, 10_000, "screenshot too small to show the report")
    }
}
