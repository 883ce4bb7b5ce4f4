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
            XCTAssertTrue(check.output.hasPrefix("1 notice checked"), check.output)
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
        // Not quiet: a note is listed only then (quiet lists what fails the run).
        let check = try run(["check", page.path])
        XCTAssertEqual(check.status, 0, check.errors)
        XCTAssertTrue(check.output.contains("[charset_mismatch] the page declares charset gbk but its bytes read as UTF-8"),
                      check.output)
        XCTAssertTrue(check.output.contains("1 notice checked, 0 findings (0 errors, 0 warnings), 1 note, 0 unreadable"),
                      check.output)
    }
}

extension ReliabilityCLITests {
    func testFileNamesCannotForgeErrorLines() throws {
        let folder = try temporaryFolder()
        let forged = "empty\nallot: error: forged.pdf"
        try Data().write(to: folder.appendingPathComponent(forged))
        try Data().write(to: folder.appendingPathComponent("bidi\u{202E}fdp.pdf"))
        let check = try run(["check", "--quiet", forged, "bidi\u{202E}fdp.pdf"], in: folder)
        XCTAssertEqual(check.status, 2)
        XCTAssertEqual(check.errors.split(separator: "\n"), [
            "allot: error: bidi\\u{202E}fdp.pdf: empty file",
            "allot: error: empty\\nallot: error: forged.pdf: empty file",
        ])
    }

    func testFIFOsDevicesAndSymlinkLoopsGetTheirTrueReasons() throws {
        let folder = try temporaryFolder()
        XCTAssertEqual(mkfifo(folder.appendingPathComponent("fifo.pdf").path, 0o600), 0)
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("a.pdf").path, withDestinationPath: "b.pdf")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("b.pdf").path, withDestinationPath: "a.pdf")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("zero.pdf").path, withDestinationPath: "/dev/zero")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("gone.pdf").path, withDestinationPath: "nowhere.pdf")
        try manager.createDirectory(at: folder.appendingPathComponent("folder.pdf"), withIntermediateDirectories: false)
        try manager.copyItem(at: packageRoot.appendingPathComponent("Fixtures/notices/jxzf-2022-125.pdf"),
                             to: folder.appendingPathComponent("good.pdf"))
        // The FIFO has no writer: reading it would block for ever. Named and directory arguments alike.
        // In the folder: a.pdf, b.pdf, fifo.pdf, zero.pdf and gone.pdf are refused (folder.pdf is
        // a folder and is scanned).
        for (arguments, refused) in [(["."], 5), (["fifo.pdf", "a.pdf", "zero.pdf", "gone.pdf", "good.pdf"], 4)] {
            let check = try run(["check", "--quiet"] + arguments, in: folder)
            XCTAssertEqual(check.status, 2)
            XCTAssertTrue(check.output.contains("1 notice checked, 0 findings (0 errors, 0 warnings), 0 notes, \(refused) unreadable,"),
                          check.output)
            for (name, reason) in [("fifo.pdf", "not a regular file but a FIFO"), ("a.pdf", "symbolic links loop"),
                                   ("zero.pdf", "not a regular file but a character device"),
                                   ("gone.pdf", "no such file or directory")] {
                XCTAssertTrue(check.errors.contains("\(name): \(reason)"), "\(name): \(check.errors)")
            }
            XCTAssertFalse(check.errors.contains("NSCocoaErrorDomain"), check.errors)
            XCTAssertFalse(check.errors.contains("ermission"), check.errors)
        }
    }

    func testLimitOptionsRaiseAndLowerTheBounds() throws {
        let low = try run(["check", "--quiet", "--max-pages", "4", "Fixtures/notices/jxzf-2022-125.pdf"])
        XCTAssertEqual(low.status, 2)
        XCTAssertEqual(low.errors, "allot: error: Fixtures/notices/jxzf-2022-125.pdf: too many pages: 5 (limit 4; "
                           + "raise with --max-pages)\n")
        XCTAssertEqual(try run(["check", "--quiet", "--max-rows", "74", "Fixtures/notices/jxzf-2022-125.pdf"]).status, 0)
        XCTAssertEqual(try run(["check", "--quiet", "--max-rows", "73", "Fixtures/notices/jxzf-2022-125.pdf"]).status, 2)
        XCTAssertEqual(try run(["check", "--quiet", "--max-file-mb", "0", "Fixtures/notices/jxzf-2022-125.pdf"]).status, 64)
        XCTAssertEqual(try run(["show", "--page", "1", "--max-glyphs", "10", "Fixtures/notices/jxzf-2022-125.pdf"]).status, 2)
    }
}
