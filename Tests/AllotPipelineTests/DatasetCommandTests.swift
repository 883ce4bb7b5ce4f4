import AllotModel
import AllotReport
import AllotStore
import Foundation
import XCTest

/// The commands that write a dataset, as users run them: one writer at a time per folder, a dataset
/// without its store refused and restored, every notice that could not be stored named.
final class DatasetCommandTests: XCTestCase {
    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("allot-dataset-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    private let notice = "Fixtures/notices/jxzf-2022-125.pdf"

    func testNoWaitFailsAtOnceWhileAnotherCommandWritesTheFolder() throws {
        let dataset = try temporaryFolder().appendingPathComponent("dataset")
        let lock = try DatasetLock(dataset, wait: .no)
        for command in [["ingest", "--quiet", notice, "--out", dataset.path],
                        ["rebuild", "--quiet", notice, "--out", dataset.path],
                        ["restore", dataset.path]] {
            let run = try runAllot(command + ["--no-wait"])
            XCTAssertEqual(run.status, 2, "\(command[0]): \(run.errors)")
            XCTAssertTrue(run.errors.contains("another allot command is writing this dataset"), run.errors)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: dataset.appendingPathComponent("notices.csv").path))
        lock.unlock()
        XCTAssertEqual(try runAllot(["ingest", "--quiet", "--no-wait", notice, "--out", dataset.path]).status, 0)
    }

    func testAWaitingIngestGoesOnWhenTheOtherCommandFinishes() throws {
        let dataset = try temporaryFolder().appendingPathComponent("dataset")
        let lock = try DatasetLock(dataset, wait: .no)
        let ingest = try startAllot(["ingest", "--quiet", notice, "--out", dataset.path])
        var errors = ""
        let deadline = Date().addingTimeInterval(120)
        while !errors.contains("waiting"), ingest.process.isRunning, Date() < deadline {
            errors += String(decoding: ingest.errors.fileHandleForReading.availableData, as: UTF8.self)
        }
        XCTAssertTrue(errors.contains("another allot command is writing this dataset; waiting"), errors)
        Thread.sleep(forTimeInterval: 0.5)
        XCTAssertTrue(ingest.process.isRunning, "the ingest waits for the lock")
        XCTAssertFalse(FileManager.default.fileExists(atPath: dataset.appendingPathComponent("notices.csv").path))
        lock.unlock()
        ingest.process.waitUntilExit()
        XCTAssertEqual(ingest.process.terminationStatus, 0)
        XCTAssertEqual(try DatasetReader(directory: dataset).read().notices.rows.count, 1)
    }

    func testIngestRefusesADatasetWithoutItsStoreAndRestoreBringsItBack() throws {
        let dataset = try temporaryFolder().appendingPathComponent("dataset")
        XCTAssertEqual(try runAllot(["rebuild", "--quiet", "Fixtures/notices", "--out", dataset.path]).status, 0)
        let before = try DatasetReader(directory: dataset).read()
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: dataset.appendingPathComponent("allot.sqlite").path + suffix)
        }
        let refused = try runAllot(["ingest", "--quiet", "Fixtures/html/jxzf-2022-125.html", "--out", dataset.path])
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(refused.errors.contains("allot.sqlite is missing"), refused.errors)
        XCTAssertTrue(refused.errors.contains("allot restore \(dataset.path)"), refused.errors)
        XCTAssertEqual(try DatasetReader(directory: dataset).read(), before, "the CSV files are kept")

        let restored = try runAllot(["restore", dataset.path])
        XCTAssertEqual(restored.status, 0, restored.errors)
        XCTAssertTrue(restored.output.contains("\(before.notices.rows.count) notices"), restored.output)
        XCTAssertEqual(try DatasetReader(directory: dataset).read(), before)
        let ingested = try runAllot(["ingest", "--quiet", "Fixtures/html/jxzf-2022-125.html", "--out", dataset.path])
        XCTAssertEqual(ingested.status, 0, ingested.errors)
        XCTAssertGreaterThanOrEqual(try DatasetReader(directory: dataset).read().notices.rows.count,
                                    before.notices.rows.count, "no notice lost")
    }

    /// A file size limit (as a full disk) stops SQLite from storing some notices: each one is named,
    /// also when the CSV export then fails too.
    func testEveryNoticeNotStoredIsNamed() throws {
        let dataset = try temporaryFolder().appendingPathComponent("dataset")
        let inputs = try FileManager.default.contentsOfDirectory(atPath: packageRoot.appendingPathComponent("Fixtures/notices").path)
            .filter { $0.hasSuffix(".pdf") }.sorted().map { "Fixtures/notices/\($0)" }
        let run = try runAllot(["ingest", "--quiet", "--jobs", "1", "--out", dataset.path] + inputs, shell: "ulimit -f 400;")
        XCTAssertEqual(run.status, 2, run.errors)
        let store = try SQLiteStore(url: dataset.appendingPathComponent("allot.sqlite"))
        let stored = Set(try store.sourceFiles())
        try store.close()
        let missing = inputs.filter { !stored.contains($0) }
        XCTAssertFalse(missing.isEmpty, "the limit must stop some notice: \(stored)")
        XCTAssertFalse(stored.isEmpty, "the limit must let some notice in")
        for input in missing {
            XCTAssertTrue(run.errors.contains("error: \(input): cannot store in"), "\(input) not named:\n\(run.errors)")
        }
        XCTAssertTrue((run.output + run.errors).contains("\(missing.count) notices not stored"), run.output + run.errors)
    }

    /// The report's reader gives back what the store wrote: every finding as the pipeline made it, every cell.
    func testReportReadsBackWhatTheStoreWrote() throws {
        let dataset = try temporaryFolder()
        let notices = try ["jxzf-2022-125-misprint", "shanxi-divisions-aliases", "gansu-two-tables-fullwidth-dash-wrap"]
            .map(processFixture)
        _ = try DatasetWriter(directory: dataset).rebuild(notices)
        let read = try ReportDataset.read(directory: dataset.path)
        let byID = Dictionary(uniqueKeysWithValues: notices.map { ($0.id, $0) })
        XCTAssertEqual(Set(read.map(\.id)), Set(byID.keys))
        for report in read {
            let notice = try XCTUnwrap(byID[report.id])
            XCTAssertEqual(report.findings, notice.findings, report.id)
            XCTAssertEqual(report.tables.map(\.number), notice.tables.map(\.index))
            for (table, source) in zip(report.tables, notice.tables) {
                XCTAssertEqual(table.columns, source.amountColumns.map(\.name))
                XCTAssertEqual(table.rows.map(\.name), source.rows.map(\.name))
                XCTAssertEqual(table.rows.map { row in table.columns.map { row.amounts[$0] ?? "" } },
                               source.rows.map { row in row.amounts.map { $0?.text ?? "" } })
            }
        }
    }
}
