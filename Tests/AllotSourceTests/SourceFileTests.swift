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
            XCTAssertEqual(error as? SourceFileError, .notFound(path: "/nonexistent/notice.pdf"))
        }
        XCTAssertThrowsError(try SourceFile(path: "empty.html", bytes: [])) { error in
            XCTAssertEqual(error as? SourceFileError, .empty(path: "empty.html"))
        }
    }

    func testOnlyRegularFilesAreReadAndNothingBeyondTheLimit() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("source-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("fifo.pdf").path
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        let loop = folder.appendingPathComponent("loop.pdf").path
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: "loop.pdf")
        let ten = folder.appendingPathComponent("ten.pdf")
        try Data(repeating: 7, count: 10).write(to: ten)
        func error(_ path: String, limit: Int = .max) -> SourceFileError? {
            do {
                _ = try SourceFile.read(path: path, maximumBytes: limit)
                return nil
            } catch {
                return error
            }
        }
        // The FIFO has no writer: a blocking open would wait for ever.
        XCTAssertEqual(error(fifo), .notRegularFile(path: fifo, what: "a FIFO"))
        XCTAssertEqual(error(folder.path), .notRegularFile(path: folder.path, what: "a directory"))
        XCTAssertEqual(error("/dev/zero"), .notRegularFile(path: "/dev/zero", what: "a character device"))
        XCTAssertEqual(error(loop), .symlinkLoop(path: loop))
        XCTAssertEqual(error(ten.path, limit: 9), .tooLarge(path: ten.path, bytes: 10, limit: 9))
        XCTAssertEqual(try SourceFile.read(path: ten.path, maximumBytes: 10).bytes.count, 10)
        XCTAssertEqual(try SourceFile.read(path: ten.path).bytes, Array(repeating: 7, count: 10))
    }
}
