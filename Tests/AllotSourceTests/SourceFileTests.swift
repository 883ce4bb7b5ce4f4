import AllotSource
import Foundation
import XCTest

/// Reading an input file once for every extractor: its bytes, its hash, and errors naming it.
final class SourceFileTests: XCTestCase {
    func testReadsTheBytesAndHashesThem() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("source-\(UUID().uuidString).txt")
        try Data("abc".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let file = try SourceFile.read(path: url.path)
        XCTAssertEqual(file.bytes, Array("abc".utf8))
        XCTAssertEqual(file.path, url.path)
        XCTAssertEqual(file.sha256, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    func testMissingAndEmptyFilesAreNamed() {
        XCTAssertThrowsError(try SourceFile.read(path: "/nonexistent/notice.pdf")) { error in
            XCTAssertEqual(error as? SourceFileError, .unreadable(path: "/nonexistent/notice.pdf", reason: "no such file"))
        }
        XCTAssertThrowsError(try SourceFile(path: "empty.html", bytes: [])) { error in
            XCTAssertEqual(error as? SourceFileError, .empty(path: "empty.html"))
        }
    }
}
