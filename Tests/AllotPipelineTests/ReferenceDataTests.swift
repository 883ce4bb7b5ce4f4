import AllotPipeline
import Foundation
import XCTest

/// allot's bundled reference data is required: a copy of the executable whose resource bundle lacks
/// a file stops before reading anything, naming the file, instead of checking without radicals or
/// division codes (which once made `check` exit 0 on a notice with real findings).
final class ReferenceDataTests: XCTestCase {
    func testTheBuiltBundleLoads() {
        XCTAssertNil(NoticeProcessor.referenceDataProblem())
    }

    func testAMissingBundledFileIsAHardErrorNamingIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("allot-refdata-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        // The executable with copies of its resource bundles beside it (SwiftPM looks there first).
        let buildFolder = allotExecutable.deletingLastPathComponent()
        let copy = folder.appendingPathComponent("allot")
        try FileManager.default.copyItem(at: allotExecutable, to: copy)
        for name in try FileManager.default.contentsOfDirectory(atPath: buildFolder.path) where name.hasSuffix(".resources") {
            try FileManager.default.copyItem(at: buildFolder.appendingPathComponent(name),
                                             to: folder.appendingPathComponent(name))
        }
        let table = folder.appendingPathComponent("allot_AllotText.resources/Resources/EquivalentUnifiedIdeograph.txt")
        XCTAssertTrue(FileManager.default.fileExists(atPath: table.path), "the bundle layout changed: \(table.path)")
        try FileManager.default.removeItem(at: table)

        let process = Process()
        process.executableURL = copy
        process.arguments = ["check", "Fixtures/notices/jxzf-2022-125-misprint.pdf"]
        process.currentDirectoryURL = packageRoot
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 2, message)
        XCTAssertTrue(message.contains("EquivalentUnifiedIdeograph.txt"), message)
        XCTAssertTrue(message.contains("bundled reference data"), message)
    }
}
