@testable import AllotStore
import Foundation
import XCTest

/// Temporary files are created exclusively with a random name: a symlink planted where a predictable
/// temporary name would be is never followed, and nothing is left behind.
final class AtomicFileTests: FolderTestCase {
    func testPlantedSymlinksAreNotFollowed() throws {
        let victim = root.appendingPathComponent("victim.txt")
        try Data("precious".utf8).write(to: victim)
        let target = root.appendingPathComponent("report.html")
        // The name the old writer used (.NAME.tmp-PID), and a few plausible others.
        for name in [".report.html.tmp-\(getpid())", ".report.html.tmp", "report.html.tmp"] {
            try FileManager.default.createSymbolicLink(at: root.appendingPathComponent(name), withDestinationURL: victim)
        }
        try AtomicFile.write(Data("new report".utf8), to: target)
        XCTAssertEqual(try String(contentsOf: victim, encoding: .utf8), "precious")
        XCTAssertEqual(try String(contentsOf: target, encoding: .utf8), "new report")
        let left = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.contains(".tmp-") && !$0.hasSuffix("\(getpid())") }
        XCTAssertEqual(left, [], "no temporary file left behind")
    }

    func testExclusiveCreationRefusesAnExistingNameAndASymlink() throws {
        let existing = root.appendingPathComponent("a.csv")
        try Data("x".utf8).write(to: existing)
        XCTAssertThrowsError(try ExclusiveFile(creating: existing))
        let link = root.appendingPathComponent("b.csv")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: root.appendingPathComponent("nowhere"))
        XCTAssertThrowsError(try ExclusiveFile(creating: link))
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent("nowhere").path))
    }

    func testTemporaryNamesAreRandomAndTheFileIsReadableByOthers() throws {
        let first = try ExclusiveFile(temporaryIn: root, prefix: ".x")
        let second = try ExclusiveFile(temporaryIn: root, prefix: ".x")
        XCTAssertNotEqual(first.url, second.url)
        try first.finish()
        let mode = try XCTUnwrap(try FileManager.default.attributesOfItem(atPath: first.url.path)[.posixPermissions] as? Int)
        XCTAssertEqual(mode & 0o777, 0o644 & ~Int(Self.umask()))
        second.discard()
        XCTAssertFalse(FileManager.default.fileExists(atPath: second.url.path))
    }

    private static func umask() -> mode_t {
        let mask = Foundation.umask(0)
        _ = Foundation.umask(mask)
        return mask
    }
}
