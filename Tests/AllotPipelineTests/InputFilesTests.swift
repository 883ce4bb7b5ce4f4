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

    /// A folder's standardized path worked out once stands for each of its files' (PathIdentity):
    /// the same as standardizing each path, for links to files and folders, `.`, `..` and `//`,
    /// absolute and relative spellings.
    func testPathIdentityIsTheStandardizedPath() throws {
        let manager = FileManager.default
        let inner = folder.appendingPathComponent("inner")
        try manager.createDirectory(at: inner, withIntermediateDirectories: true)
        try Data("%PDF-1.4\n".utf8).write(to: inner.appendingPathComponent("c.pdf"))
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("link.pdf").path,
                                       withDestinationPath: folder.appendingPathComponent("a.pdf").path)
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("linked").path, withDestinationPath: inner.path)
        let base = folder.path
        let relative = "./" + (base.hasPrefix("/") ? String(repeating: "../", count: 40) + base.dropFirst() : base)
        let spellings = [base + "/a.pdf", base + "/./a.pdf", base + "//a.pdf", base + "/link.pdf",
                         base + "/linked/c.pdf", base + "/inner/../a.pdf", base + "/inner/c.pdf", base + "/inner/",
                         base + "/inner/.", base + "/inner/..", base + "/missing.pdf", base + "/x.zip!/附件1.xlsx",
                         relative + "/a.pdf", relative + "/linked/c.pdf", "a.pdf", "/", "/tmp", "inner//c.pdf"]
        var identity = PathIdentity()
        for _ in 0..<2 {
            for path in spellings {
                XCTAssertEqual(identity.of(path), (path as NSString).standardizingPath, path)
            }
        }
        XCTAssertEqual(InputFiles.scan([base + "/a.pdf", base + "/link.pdf"]).files, [base + "/a.pdf"])
        XCTAssertEqual(InputFiles.scan([base + "/linked/c.pdf", base + "/inner/c.pdf"]).files, [base + "/inner/c.pdf"])
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
