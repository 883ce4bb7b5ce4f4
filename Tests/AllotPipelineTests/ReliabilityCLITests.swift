import Foundation
import XCTest

/// Hostile inputs as a user meets them on the command line: wrong passwords, pages in a charset
/// they do not declare, names that would forge error lines, files that are not regular files.
final class ReliabilityCLITests: XCTestCase {
    private struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    private func run(_ arguments: [String], in directory: URL = packageRoot) throws -> Run {
        let process = Process()
        process.executableURL = allotExecutable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Read both pipes at once so that neither can fill up and block the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var errorData = Data()
        DispatchQueue.global().async(group: group) { errorData = errors.fileHandleForReading.readDataToEndOfFile() }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                   errors: String(decoding: errorData, as: UTF8.self))
    }

    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("allot-rel-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    func testWrongOrEmptyPasswordIsAPerFileErrorInEveryCommand() throws {
        let out = try temporaryFolder()
        for password in ["wrong", ""] {
            let check = try run(["check", "--quiet", "--password", password, "Fixtures/bad/encrypted.pdf",
                                 "Fixtures/notices/jxzf-2022-125.pdf"])
            XCTAssertEqual(check.status, 2, "check exits 2 (unreadable input), not 139: \(check.errors)")
            XCTAssertEqual(check.errors, "allot: error: Fixtures/bad/encrypted.pdf: encrypted PDF and the password "
                               + "given does not open it\n")
            XCTAssertTrue(check.output.hasPrefix("1 notices checked"), check.output)
            let show = try run(["show", "--password", password, "--page", "1", "Fixtures/bad/encrypted.pdf"])
            XCTAssertEqual(show.status, 2, show.errors)
            let ingest = try run(["ingest", "--quiet", "--password", password, "--out", out.path,
                                  "Fixtures/bad/encrypted.pdf", "Fixtures/notices/jxzf-2022-125.pdf"])
            XCTAssertEqual(ingest.status, 2, ingest.errors)
            XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent("notices.csv").path))
        }
        XCTAssertEqual(try run(["check", "--quiet", "--password", "allot", "Fixtures/bad/encrypted.pdf"]).status, 0)
    }

    func testCheckReportsACharsetTheBytesContradict() throws {
        let folder = try temporaryFolder()
        let source = try String(contentsOf: packageRoot.appendingPathComponent("Fixtures/html/jxzf-2022-125.html"),
                                encoding: .utf8)
        let page = folder.appendingPathComponent("mislabelled.html")
        try Data(source.replacingOccurrences(of: "<meta charset=\"utf-8\">", with: "<meta charset=\"gbk\">").utf8)
            .write(to: page)
        let check = try run(["check", "--quiet", page.path])
        XCTAssertEqual(check.status, 0, check.errors)
        XCTAssertTrue(check.output.contains("[charset_mismatch] the page declares charset gbk but its bytes read as UTF-8"),
                      check.output)
        XCTAssertTrue(check.output.contains("1 notices checked, 0 findings, 1 notes, 0 unreadable"), check.output)
    }
}
