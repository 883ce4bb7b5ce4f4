import AllotPipeline
import Foundation
import XCTest

/// allot's reference data is compiled into the executable: a copy of the binary alone, without
/// its build folder or any resource bundle, still normalizes radicals and resolves division codes
/// (a missing bundle once made `check` exit 0 on a notice with real findings).
final class ReferenceDataTests: XCTestCase {
    func testTheCompiledDataLoads() {
        XCTAssertNil(NoticeProcessor.referenceDataProblem())
    }

    func testACopiedBinaryAloneIsComplete() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("allot-refdata-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("allot")
        try FileManager.default.copyItem(at: allotExecutable, to: copy)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["allot"])

        let process = Process()
        process.executableURL = copy
        process.arguments = ["check", "--quiet", "Fixtures/notices/jxzf-2022-125-misprint.pdf"]
        process.currentDirectoryURL = packageRoot
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let report = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 1, "the misprint's findings are reported: \(report)")
        XCTAssertFalse(report.contains("unknown_region"), "division codes resolve: \(report)")
    }
}
