import AllotModel
import AllotPipeline
import AllotStore
import ArgumentParser
import Foundation

/// Where and how the dataset is written, shared by ingest and rebuild.
struct OutputOptions: ParsableArguments {
    @Option(help: "Folder the dataset is written to.")
    var out: String = "dataset"

    @Flag(help: "Start each CSV with a UTF-8 byte order mark so Excel on Chinese Windows opens it.")
    var excel = false

    /// Streams the batch into the dataset: one SQLite transaction per notice, files exported at the end.
    /// Exit 2 when some input could not be read or the run was interrupted.
    func write(mode: DatasetSession.Mode, input: InputOptions, allowFailures: Bool = true) throws {
        let session: DatasetSession
        do {
            session = try DatasetSession(writer: DatasetWriter(directory: URL(fileURLWithPath: out), byteOrderMark: excel),
                                         mode: mode)
        } catch {
            Report.error("\(error)")
            throw ExitCode(2)
        }
        var counts = (notices: 0, rows: 0, findings: 0, failed: 0)
        let (interrupted, skipped) = input.runBatch { outcome in
            switch outcome {
            case let .success(notice):
                counts.notices += 1
                counts.rows += notice.tables.reduce(0) { $0 + $1.rows.count }
                counts.findings += notice.findings.count
                session.add(notice)
            case let .failure(error):
                counts.failed += 1
                Report.error("error: \(error.description)")
            }
        }
        if interrupted || (mode == .rebuild && (!allowFailures && counts.failed > 0 || counts.notices == 0)) {
            Report.error(interrupted ? "interrupted: \(counts.notices) read, \(counts.failed) failed, \(skipped) skipped; "
                         + (mode == .rebuild ? "\(out) left unchanged" : "the store keeps the notices read; CSV files not updated")
                         : "\(counts.failed) files could not be read; \(out) left unchanged")
            throw ExitCode(2)
        }
        let summary: DatasetSummary
        do {
            summary = try session.finish()
        } catch {
            Report.error("\(error)")
            throw ExitCode(2)
        }
        for duplicate in summary.duplicates { Report.error("warning: \(duplicate)") }
        for rejected in summary.rejected { Report.error("error: \(rejected)") }
        print("\(counts.notices) notices read (\(counts.rows) rows, \(counts.findings) findings), \(counts.failed) failed, "
              + "\(skipped) skipped"
              + " → \(out): \(summary.notices) notices, \(summary.rows) rows, \(summary.findings) findings")
        if counts.failed > 0 || !summary.rejected.isEmpty { throw ExitCode(2) }
    }
}
