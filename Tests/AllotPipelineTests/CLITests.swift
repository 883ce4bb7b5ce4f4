import AllotStore
import Foundation
import XCTest

/// The `allot` executable as users run it: exit codes, byte-identical datasets whatever --jobs or
/// input order, and a run killed with SIGKILL leaving the previous dataset readable.
final class CLITests: XCTestCase {
    /// The executable built next to the test bundle.
    private var allot: URL { allotExecutable }

    @discardableResult
    private func run(_ arguments: [String], wait: Bool = true) throws -> (status: Int32, output: String, process: Process) {
        let process = Process()
        process.executableURL = allot
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        guard wait else { return (0, "", process) }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self), process)
    }

    private func files(_ folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in DatasetTable.allCases.map(\.file) + [DatasetWriter.packageFile] {
            result[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return result
    }

    func testCheckExitCodes() throws {
        XCTAssertEqual(try run(["check", "--quiet", "Fixtures/notices/jxzf-2022-125.pdf"]).status, 0)
        let misprint = try run(["check", "--quiet", "Fixtures/notices/jxzf-2022-125-misprint.pdf"])
        XCTAssertEqual(misprint.status, 1)
        XCTAssertTrue(misprint.output.contains("[subtotal] 运城市小计"), misprint.output)
        XCTAssertEqual(try run(["check", "--quiet", "Fixtures/notices/jxzf-2022-125.pdf", "Fixtures/bad/empty.pdf"]).status, 2)
        let json = try run(["check", "--quiet", "--format", "json", "Fixtures/notices/jxzf-2022-125-misprint.pdf"])
        let parsed = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        XCTAssertEqual((parsed?["notices"] as? [Any])?.count, 1)
    }

    func testJobsAndInputOrderGiveByteIdenticalDatasets() throws {
        let root = try temporaryFolder("allot-cli")
        let one = root.appendingPathComponent("one")
        let four = root.appendingPathComponent("four")
        let reversed = root.appendingPathComponent("reversed")
        XCTAssertEqual(try run(["rebuild", "--quiet", "--jobs", "1", "Fixtures/notices", "Fixtures/html", "--out", one.path]).status, 0)
        XCTAssertEqual(try run(["rebuild", "--quiet", "--jobs", "4", "Fixtures/notices", "Fixtures/html", "--out", four.path]).status, 0)
        XCTAssertEqual(try run(["rebuild", "--quiet", "--jobs", "3", "Fixtures/html", "Fixtures/notices", "--out", reversed.path]).status, 0)
        let reference = try files(one)
        XCTAssertEqual(try files(four), reference)
        XCTAssertEqual(try files(reversed), reference)
        XCTAssertEqual(try run(["diff", one.path, four.path]).status, 0)
    }

    func testKilledRunLeavesThePreviousDatasetConsistent() throws {
        let root = try temporaryFolder("allot-cli")
        let corpus = root.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let notices = packageRoot.appendingPathComponent("Fixtures/notices")
        for name in try FileManager.default.contentsOfDirectory(atPath: notices.path) where name.hasSuffix(".pdf") {
            for copy in 0..<25 {
                try FileManager.default.copyItem(at: notices.appendingPathComponent(name),
                                                 to: corpus.appendingPathComponent("\(copy)-\(name)"))
            }
        }
        let dataset = root.appendingPathComponent("dataset")
        let small = ["rebuild", "--quiet", "Fixtures/notices", "--out", dataset.path]
        XCTAssertEqual(try run(small).status, 0)
        let before = try files(dataset)
        for delay in [0.3, 0.8, 1.5] {
            let (_, _, process) = try run(["rebuild", "--quiet", "--jobs", "2", corpus.path, "--out", dataset.path], wait: false)
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            // The previous dataset is intact: the rebuild was building in its staging folder.
            XCTAssertEqual(try files(dataset), before, "after SIGKILL at \(delay)s")
            XCTAssertEqual(try run(["diff", dataset.path, dataset.path]).status, 0)
        }
        // A complete rerun gives what an uninterrupted run gives.
        let clean = root.appendingPathComponent("clean")
        XCTAssertEqual(try run(["rebuild", "--quiet", corpus.path, "--out", clean.path]).status, 0)
        XCTAssertEqual(try run(["rebuild", "--quiet", corpus.path, "--out", dataset.path]).status, 0)
        XCTAssertEqual(try files(dataset), try files(clean))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dataset.path).filter { $0.hasPrefix(".allot-staging") }
        XCTAssertEqual(leftovers, [])
    }

    func testCtrlCStopsBetweenFilesAndLeavesTheDatasetAlone() throws {
        let root = try temporaryFolder("allot-cli")
        let corpus = root.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let replica = packageRoot.appendingPathComponent("Fixtures/notices/jxzf-2022-125.pdf")
        for copy in 0..<120 {
            try FileManager.default.copyItem(at: replica, to: corpus.appendingPathComponent("\(copy).pdf"))
        }
        let dataset = root.appendingPathComponent("dataset")
        XCTAssertEqual(try run(["rebuild", "--quiet", "Fixtures/notices", "--out", dataset.path]).status, 0)
        let before = try files(dataset)
        let (_, _, process) = try run(["rebuild", "--quiet", "--jobs", "1", corpus.path, "--out", dataset.path], wait: false)
        Thread.sleep(forTimeInterval: 0.5)
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .exit, "Ctrl-C must end the run cleanly, not by the signal")
        XCTAssertEqual(process.terminationStatus, 2)
        XCTAssertEqual(try files(dataset), before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dataset.path).filter { $0.hasPrefix(".allot-staging") }
        XCTAssertEqual(leftovers, [])
    }
}
