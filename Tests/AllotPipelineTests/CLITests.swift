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

    /// The staging folders inside a dataset folder (a rebuild's, or one a killed run left).
    private func stagingFolders(_ folder: URL) throws -> Set<String> {
        Set(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".allot-staging") })
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

    /// No input is exit 2 with one message saying so (not a second, empty error line).
    func testNoInputIsOneMessageAndExitTwo() throws {
        for command in ["check", "ingest", "rebuild"] {
            let run = try runAllot([command, "--quiet"])
            XCTAssertEqual(run.status, 2, command)
            XCTAssertEqual(run.errors, "allot: error: give at least one FILE or DIR\n", command)
            // Help needs no input: no error beside it.
            let help = try runAllot([command, "--help"])
            XCTAssertEqual(help.status, 0, command)
            XCTAssertEqual(help.errors, "", command)
            XCTAssertTrue(help.output.contains("USAGE: allot \(command)"), help.output)
        }
    }

    /// `copies` copies of each PDF of Fixtures/notices in the new folder `corpus` (a batch long enough
    /// to be killed half-way); how many files.
    private func copyNotices(into corpus: URL, copies: Int) throws -> Int {
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let notices = packageRoot.appendingPathComponent("Fixtures/notices")
        var count = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: notices.path) where name.hasSuffix(".pdf") {
            for copy in 0..<copies {
                try FileManager.default.copyItem(at: notices.appendingPathComponent(name),
                                                 to: corpus.appendingPathComponent("\(copy)-\(name)"))
                count += 1
            }
        }
        return count
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
        let count = try copyNotices(into: corpus, copies: 6)
        let dataset = root.appendingPathComponent("dataset")
        let small = ["rebuild", "--quiet", "Fixtures/notices", "--out", dataset.path]
        XCTAssertEqual(try run(small).status, 0)
        let before = try files(dataset)
        // SIGKILL at two moments the run itself marks, not after fixed delays that a loaded machine
        // does not honour (nor an idle one, which may finish first): once its staging folder exists
        // (nothing stored yet), and at its first progress line (8 notices in the staging store,
        // most still to come).
        for moment in ["staging folder", "first progress line"] {
            let earlier = try stagingFolders(dataset)
            let started = try startAllot(["rebuild", "--jobs", "2", corpus.path, "--out", dataset.path])
            let errors = PipeReader(started.errors)
            let output = PipeReader(started.output)
            let process = started.process
            defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
            let reached = moment == "staging folder"
                ? errors.wait(until: { _ in !((try? self.stagingFolders(dataset)) ?? earlier).subtracting(earlier).isEmpty },
                              seconds: 600)
                : errors.wait(until: { $0.contains("/\(count) files") }, seconds: 600)
            XCTAssertTrue(reached, "\(moment) not reached: \(errors.text)")
            XCTAssertTrue(process.isRunning, "the run ended before the \(moment) was reached: \(errors.text)")
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationReason, .uncaughtSignal, moment)
            _ = (errors.finish(), output.finish())
            // The previous dataset is intact: the rebuild was building in its staging folder.
            XCTAssertEqual(try files(dataset), before, "after SIGKILL at the \(moment)")
            XCTAssertEqual(try run(["diff", dataset.path, dataset.path]).status, 0)
        }
        // A complete rerun gives what an uninterrupted run gives.
        let clean = root.appendingPathComponent("clean")
        XCTAssertEqual(try run(["rebuild", "--quiet", corpus.path, "--out", clean.path]).status, 0)
        XCTAssertEqual(try run(["rebuild", "--quiet", corpus.path, "--out", dataset.path]).status, 0)
        XCTAssertEqual(try files(dataset), try files(clean))
        XCTAssertEqual(try stagingFolders(dataset), [])
    }

    /// Ingests into an existing dataset copy the lines of the notices they are not given from the
    /// published files (`PublishedMergeTests` checks the bytes): after each, and after one killed
    /// half-way through storing notices in place, the files hold exactly what the store holds.
    func testIngestsIntoADatasetKeepItsFilesEqualToItsStore() throws {
        let root = try temporaryFolder("allot-cli")
        let dataset = root.appendingPathComponent("dataset")
        func assertFilesAreTheStore(_ step: String) throws {
            let store = try SQLiteStore(url: dataset.appendingPathComponent(DatasetWriter.databaseFile))
            defer { try? store.close() }
            XCTAssertEqual(try DatasetReader(directory: dataset).read(), try store.export(), step)
        }
        for (step, input) in [("first", "Fixtures/html"), ("more", "Fixtures/notices"), ("again", "Fixtures/html")] {
            XCTAssertEqual(try run(["ingest", "--quiet", input, "--out", dataset.path]).status, 0, step)
            try assertFilesAreTheStore(step)
        }
        let corpus = root.appendingPathComponent("corpus")
        let count = try copyNotices(into: corpus, copies: 4)
        // Killed at its first progress line: notices stored in place, the files not yet published.
        let started = try startAllot(["ingest", "--jobs", "2", corpus.path, "--out", dataset.path])
        let errors = PipeReader(started.errors)
        let output = PipeReader(started.output)
        let process = started.process
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        XCTAssertTrue(errors.wait(until: { $0.contains("/\(count) files") }, seconds: 600), errors.text)
        XCTAssertTrue(process.isRunning, "the run ended before its first progress line: \(errors.text)")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        _ = (errors.finish(), output.finish())
        XCTAssertEqual(try run(["ingest", "--quiet", "Fixtures/html", "--out", dataset.path]).status, 0)
        try assertFilesAreTheStore("after a killed ingest")
    }

    /// Ctrl-C in the middle of a batch: sent once the run has reported progress (so its handler is
    /// installed and most files are still to come), never after a fixed delay that a loaded machine
    /// may not honour.
    func testCtrlCStopsBetweenFilesAndLeavesTheDatasetAlone() throws {
        let root = try temporaryFolder("allot-cli")
        let corpus = root.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let replica = packageRoot.appendingPathComponent("Fixtures/notices/jxzf-2022-125.pdf")
        let count = 120
        for copy in 0..<count {
            try FileManager.default.copyItem(at: replica, to: corpus.appendingPathComponent("\(copy).pdf"))
        }
        let dataset = root.appendingPathComponent("dataset")
        XCTAssertEqual(try run(["rebuild", "--quiet", "Fixtures/notices", "--out", dataset.path]).status, 0)
        let before = try files(dataset)
        // Not quiet: on a pipe, the first progress line comes after the first few files (8 with one
        // job), when the batch is running with its Ctrl-C handler in place.
        let started = try startAllot(["rebuild", "--jobs", "1", corpus.path, "--out", dataset.path])
        let errors = PipeReader(started.errors)
        let output = PipeReader(started.output)
        let process = started.process
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        guard errors.wait(until: { $0.contains("/\(count) files") }, seconds: 600) else {
            return XCTFail("no progress line before the deadline: \(errors.text)")
        }
        kill(process.processIdentifier, SIGINT)
        guard errors.wait(until: { _ in !process.isRunning }, seconds: 600) else {
            return XCTFail("the run did not end after Ctrl-C: \(errors.text)")
        }
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .exit, "Ctrl-C must end the run cleanly, not by the signal")
        XCTAssertEqual(process.terminationStatus, 2)
        let messages = errors.finish()
        XCTAssertTrue(messages.contains("allot: interrupted; finishing the files in progress"), messages)
        // It stopped between files: some were never started, and it says so.
        let summary = try XCTUnwrap(messages.firstMatch(of: /interrupted: \d+ read, 0 failed, (\d+) skipped/), messages)
        XCTAssertTrue((1..<count).contains(Int(summary.1) ?? 0), messages)
        XCTAssertEqual(output.finish(), "")
        XCTAssertEqual(try files(dataset), before)
        XCTAssertEqual(try stagingFolders(dataset), [])
    }
}

/// Collects what a child process writes to a pipe on a thread of its own, so a test can wait for a
/// line (or for the process to end) with a deadline instead of sleeping.
private final class PipeReader: @unchecked Sendable {
    private let condition = NSCondition()
    private var data = Data()
    private var ended = false

    init(_ pipe: Pipe) {
        let handle = pipe.fileHandleForReading
        Thread.detachNewThread { [self] in
            while true {
                let chunk = handle.availableData
                condition.lock()
                if chunk.isEmpty { ended = true } else { data.append(chunk) }
                condition.broadcast()
                condition.unlock()
                if chunk.isEmpty { return }
            }
        }
    }

    /// The text so far.
    var text: String {
        condition.lock()
        defer { condition.unlock() }
        return String(decoding: data, as: UTF8.self)
    }

    /// Waits until `ready` holds for the text so far (checked as text arrives, and every 50 ms);
    /// false when `seconds` pass first.
    func wait(until ready: (String) -> Bool, seconds: TimeInterval) -> Bool {
        let deadline = Date(timeIntervalSinceNow: seconds)
        condition.lock()
        defer { condition.unlock() }
        while !ready(String(decoding: data, as: UTF8.self)) {
            guard Date() < deadline else { return false }
            _ = condition.wait(until: min(deadline, Date(timeIntervalSinceNow: 0.05)))
        }
        return true
    }

    /// Everything written, once the writer has closed the pipe.
    func finish() -> String {
        condition.lock()
        defer { condition.unlock() }
        while !ended { condition.wait() }
        return String(decoding: data, as: UTF8.self)
    }
}
