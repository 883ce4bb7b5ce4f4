import AllotModel
import AllotPipeline
import AllotStore
import ArgumentParser
import Foundation

/// Where and how the dataset is written, shared by ingest and rebuild.
struct OutputOptions: ParsableArguments {
    @Option(name: [.short, .long], help: "Folder the dataset is written to.")
    var out: String = "dataset"

    @Flag(help: ArgumentHelp("Write CSV files for spreadsheets: a UTF-8 byte order mark (Excel on Chinese Windows) and "
                             + "text cells starting with = + - @ neutralized with a leading '."))
    var excel = false

    @OptionGroup var lock: LockOptions

    /// Streams the batch into the dataset: one SQLite transaction per notice, files exported at the end
    /// (a rebuild's store, and a first ingest's, built in the staging folder and published with them).
    /// Exit 2 when some input could not be read or stored, or the run was interrupted.
    func write(mode: DatasetSession.Mode, input: InputOptions, allowFailures: Bool = true) throws {
        // A file size limit (ulimit -f) then fails the write with EFBIG instead of killing the process.
        signal(SIGXFSZ, SIG_IGN)
        try input.requireInputsAndReferenceData()
        let session: DatasetSession
        do {
            session = try DatasetSession(writer: DatasetWriter(directory: URL(fileURLWithPath: out), excel: excel),
                                         mode: mode, wait: lock.wait)
        } catch {
            Report.error("error: \(error)")
            throw ExitCode(2)
        }
        var counts = (notices: 0, rows: 0, findings: 0, failed: 0)
        // Each notice's rows are made and encoded on the worker that read it; the writer stores them.
        let scan = input.scan()
        let (interrupted, skipped) = input.runBatch(scan, prepare: PreparedRows.prepare) { outcome, prepared in
            switch outcome {
            case let .success(notice):
                counts.notices += 1
                counts.rows += notice.tables.reduce(0) { $0 + $1.rows.count }
                counts.findings += notice.findings.count
                session.add(notice, prepared: prepared)
            case let .failure(error):
                counts.failed += 1
                Report.error("error: \(error.description)")
            }
        }
        // Files of a folder that allot does not read are named, never passed over in silence.
        let unsupported = scan.unsupported
        for path in unsupported { Report.error("skipped (unsupported format): \(path)") }
        // Every notice read but not stored is named, whatever happens next.
        for rejected in session.rejected { Report.error("error: \(rejected)") }
        let notStored = session.rejected.isEmpty ? ""
            : "; \(session.rejected.count) \(session.rejected.count == 1 ? "notice" : "notices") not stored"
        if interrupted || (mode == .rebuild && (!allowFailures && counts.failed > 0 || counts.notices == 0)) {
            Report.error(interrupted ? "interrupted: \(counts.notices) read, \(counts.failed) failed, \(skipped) skipped\(notStored); "
                         + (session.publishesWhole ? "\(out) left unchanged" : "the store keeps the notices stored; CSV files not updated")
                         : "\(counts.failed) files could not be read; \(out) left unchanged")
            throw ExitCode(2)
        }
        let summary: DatasetSummary
        do {
            summary = try session.finish()
        } catch {
            if !session.rejected.contains(error) { Report.error("error: \(error)") }
            Report.error(session.publishesWhole ? "\(out) left unchanged\(notStored)"
                         : "CSV files of \(out) not updated\(notStored); the store keeps every notice stored before the error")
            throw ExitCode(2)
        }
        for duplicate in summary.duplicates { Report.error("warning: \(duplicate)") }
        print("\(Plural.count(counts.notices, "notice")) read (\(Plural.count(counts.rows, "row")), "
              + "\(Plural.count(counts.findings, "finding"))), \(counts.failed) failed, "
              + "\(skipped) skipped, \(unsupported.count) unsupported" + notStored
              + " → \(out): \(summary.notices) notices, \(summary.rows) rows, \(summary.findings) findings")
        if counts.failed > 0 || !summary.rejected.isEmpty { throw ExitCode(2) }
    }
}

/// Whether a writing command waits for another one writing the same dataset folder.
struct LockOptions: ParsableArguments {
    @Flag(help: "Fail at once when another allot command is writing the dataset folder, instead of waiting for it.")
    var noWait = false

    var wait: DatasetLock.Wait {
        noWait ? .no : .yes(waiting: { message in Report.error(message) })
    }
}
