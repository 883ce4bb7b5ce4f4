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
    /// The office branch of the target `make fuzz` runs: each package fixture reads (xlsx, docx
    /// and xls to their tables, OFD to a notice), and a truncated or bit-flipped one ends in a
    /// result or an error naming the input, like the fuzzer's inputs.
    func testOfficePackagesGoThroughTheirReaders() throws {
        for name in ["shanxi-divisions-aliases.xlsx", "shanxi-divisions-aliases.docx", "shanxi-divisions-aliases.xls",
                     "shanxi-divisions-aliases.ofd"] {
            let bytes = try [UInt8](Data(contentsOf: packageRoot.appendingPathComponent("Fixtures/office/\(name)")))
            switch FuzzTarget.run(bytes) {
            case let .page(tables): XCTAssertEqual(tables, 1, name)
            case let .notice(notice): XCTAssertEqual(notice.tables.count, 1, name)
            case let .refused(reason): XCTFail("\(name): \(reason)")
            }
            var generator = SeededGenerator(state: UInt64(bytes.count))
            for round in 0..<6 {
                var mutated = round % 2 == 0 ? Array(bytes.prefix(Int.random(in: 4..<bytes.count, using: &generator))) : bytes
                if round % 2 == 1 {
                    for _ in 0..<4 { mutated[Int.random(in: 4..<mutated.count, using: &generator)] ^= 0xA5 }
                }
                if case let .refused(reason) = FuzzTarget.run(mutated) {
                    XCTAssertTrue(reason.hasPrefix("fuzz"), "\(name) round \(round): \(reason)")
                }
            }
        }
    }
}
