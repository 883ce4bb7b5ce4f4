@testable import AllotOffice
import Foundation
import XCTest

final class ArchiveReaderTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("allot-archive-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    func testMembersNestedArchivesAndUnsafeNames() throws {
        let inner = try zipBytes([("c.pdf", Array("%PDF-1.4".utf8))])
        let path = try write("附件.zip", try zipBytes([
            ("notice.pdf", Array("%PDF-1.4".utf8)), ("附件1.xlsx", [0x50, 0x4B]), ("readme.txt", Array("x".utf8)),
            ("inner.zip", inner), ("../escape.pdf", Array("%PDF".utf8)), ("/abs.pdf", Array("%PDF".utf8)),
        ]))
        let (members, refused) = try ArchiveReader().members(of: path)
        XCTAssertEqual(members, [path + "!/notice.pdf", path + "!/附件1.xlsx", path + "!/inner.zip!/c.pdf"])
        XCTAssertEqual(refused.map(\.kind), ["unsafe_path", "unsafe_path"])
        XCTAssertEqual(try ArchiveReader().read(memberPath: path + "!/inner.zip!/c.pdf"), Array("%PDF-1.4".utf8))
        XCTAssertTrue(ArchiveReader.isMemberPath(path + "!/notice.pdf"))
    }

    func testNestingBeyondTheLimitIsRefused() throws {
        let deepest = try zipBytes([("d.pdf", Array("%PDF".utf8))])
        let middle = try zipBytes([("c.zip", deepest)])
        let path = try write("a.zip", try zipBytes([("b.zip", middle)]))
        let (members, refused) = try ArchiveReader().members(of: path)
        XCTAssertEqual(members, [])
        XCTAssertEqual(refused.map(\.kind), ["archive_limit"])
        XCTAssertThrowsError(try ArchiveReader().read(memberPath: path + "!/b.zip!/c.zip!/d.pdf")) {
            XCTAssertEqual(($0 as? OfficeError)?.kind, "archive_limit")
        }
    }

    func testZipBombIsStoppedWhileInflating() throws {
        var limits = ArchiveLimits()
        limits.maximumMemberBytes = 4 << 20
        limits.ratioFloorBytes = 1 << 20
        // 16 MiB of zeros deflate to about 16 KiB: both the size and the ratio limits apply
        let path = try write("bomb.zip", try zipBytes([("bomb.pdf", Array(repeating: 0, count: 16 << 20))]))
        XCTAssertThrowsError(try ArchiveReader(limits: limits).read(memberPath: path + "!/bomb.pdf")) { error in
            XCTAssertEqual((error as? OfficeError)?.kind, "archive_limit")
        }
        limits.maximumMemberBytes = 64 << 20
        XCTAssertThrowsError(try ArchiveReader(limits: limits).read(memberPath: path + "!/bomb.pdf")) { error in
            XCTAssertTrue("\(error)".contains("ratio"), "\(error)")
        }
    }

    func testTooManyMembersAndTruncatedArchivesAreNamedErrors() throws {
        var limits = ArchiveLimits()
        limits.maximumMembers = 3
        let many = try write("many.zip", try zipBytes((0..<5).map { ("\($0).pdf", Array("%PDF".utf8)) }))
        XCTAssertThrowsError(try ArchiveReader(limits: limits).members(of: many)) {
            XCTAssertEqual(($0 as? OfficeError)?.kind, "archive_limit")
        }
        let whole = try zipBytes([("a.pdf", Array(repeating: 65, count: 5000))])
        let cut = try write("cut.zip", Array(whole.prefix(whole.count / 2)))
        XCTAssertThrowsError(try ArchiveReader().members(of: cut)) {
            XCTAssertEqual(($0 as? OfficeError)?.kind, "damaged_archive")
        }
    }

    func testUnsafeNames() {
        XCTAssertTrue(ZipPackage.isUnsafe("../a.pdf"))
        XCTAssertTrue(ZipPackage.isUnsafe("a/../../b.pdf"))
        XCTAssertTrue(ZipPackage.isUnsafe("/etc/passwd"))
        XCTAssertTrue(ZipPackage.isUnsafe("C:/x.pdf"))
        XCTAssertTrue(ZipPackage.isUnsafe("..\\x.pdf"))
        XCTAssertFalse(ZipPackage.isUnsafe("a/./b/../c.pdf"))
        XCTAssertFalse(ZipPackage.isUnsafe("附件/1.xlsx"))
    }
}
