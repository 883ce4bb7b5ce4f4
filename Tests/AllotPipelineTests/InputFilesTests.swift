@testable import AllotPipeline
import Foundation
import XCTest

/// The inputs of a batch: a file named twice, however spelled, is read once; a single file is
/// taken as given.
final class InputFilesTests: XCTestCase {
    private let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("allot-input-files-\(UUID().uuidString)")

    override func setUpWithError() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["a.pdf", "b.pdf"] {
            try Data("%PDF-1.4\n".utf8).write(to: folder.appendingPathComponent(name))
        }
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: folder)
    }

    func testAFileNamedTwiceIsReadOnce() {
        let a = folder.appendingPathComponent("a.pdf").path
        let spellings = [a, folder.path + "/./a.pdf", folder.path + "//a.pdf"]
        XCTAssertEqual(InputFiles.scan(spellings).files.count, 1)
        XCTAssertEqual(InputFiles.scan([a, a]).files, [a])
        XCTAssertEqual(InputFiles.scan([folder.path + "/./a.pdf", a]).files.count, 1)
    }

    func testASingleFileIsTakenAsGiven() {
        let spelled = folder.path + "/./a.pdf"
        XCTAssertEqual(InputFiles.scan([spelled]).files, [spelled])
        let b = folder.appendingPathComponent("b.pdf").path
        XCTAssertEqual(InputFiles.scan([b]).files, [b])
    }

    func testDistinctFilesAreAllRead() {
        let a = folder.appendingPathComponent("a.pdf").path
        let b = folder.appendingPathComponent("b.pdf").path
        XCTAssertEqual(InputFiles.scan([b, a]).files, [a, b])
        XCTAssertEqual(InputFiles.scan([folder.path]).files.count, 2)
    }
}
