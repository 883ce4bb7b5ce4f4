import AllotFuzzing
import Foundation
import XCTest

/// Replays every input `make fuzz` kept in Fixtures/fuzz/ (inputs that reached new code, and any
/// that once crashed) through the same target the fuzzer runs: each must end in a notice, a page
/// or a typed error naming the file.
final class FuzzReplayTests: XCTestCase {
    func testEveryKeptFuzzInputEndsInAResultOrAnError() throws {
        let root = packageRoot.appendingPathComponent("Fixtures/fuzz")
        let files = (FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])?
            .compactMap { $0 as? URL } ?? [])
            .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
            .filter { $0.lastPathComponent != "README.md" }
            .sorted { $0.path < $1.path }
        XCTAssertGreaterThan(files.count, 10, "Fixtures/fuzz/ holds the kept corpus")
        var outcomes = (notices: 0, pages: 0, refused: 0)
        for file in files {
            switch FuzzTarget.run(try [UInt8](Data(contentsOf: file))) {
            case .notice: outcomes.notices += 1
            case .page: outcomes.pages += 1
            case let .refused(reason):
                XCTAssertTrue(reason.hasPrefix("fuzz"), "\(file.lastPathComponent): \(reason)")
                outcomes.refused += 1
            }
        }
        XCTAssertEqual(outcomes.notices + outcomes.pages + outcomes.refused, files.count)
    }
}
