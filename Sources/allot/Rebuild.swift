import AllotPipeline
import AllotStore
import ArgumentParser
import Foundation

struct Rebuild: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Regenerate the whole dataset from a folder of notices; the old dataset stays until the new one is complete.")

    @Argument(help: "Folder of notices, searched recursively for PDFs.")
    var corpus: String

    @Option(help: "Folder the dataset is written to.")
    var out: String = "dataset"

    @Flag(help: "Start each CSV with a UTF-8 byte order mark so Excel on Chinese Windows opens it.")
    var excel = false

    @Option(help: "Password for encrypted PDFs.")
    var password: String?

    @Flag(help: "Replace the dataset even when some files could not be read (they are left out of it).")
    var allowFailures = false

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: corpus, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("\(corpus) is not a directory")
        }
    }

    func run() throws {
        let runner = BatchRunner(processor: NoticeProcessor(options: PipelineOptions(password: password)))
        let result = runner.run([corpus])
        Report.failures(result)
        guard !result.notices.isEmpty else {
            Report.error("\(corpus): no notice could be read; \(out) left unchanged")
            throw ExitCode(2)
        }
        guard result.failures.isEmpty || allowFailures else {
            Report.error("\(result.failures.count) files could not be read; \(out) left unchanged "
                         + "(--allow-failures rebuilds without them)")
            throw ExitCode(2)
        }
        let summary: DatasetSummary
        do {
            summary = try DatasetWriter(directory: URL(fileURLWithPath: out), byteOrderMark: excel).rebuild(result.notices)
        } catch {
            Report.error("\(error); \(out) left unchanged")
            throw ExitCode(2)
        }
        for duplicate in summary.duplicates { Report.error("warning: \(duplicate)") }
        print("\(summary.notices) notices, \(summary.rows) rows, \(summary.findings) findings, "
              + "\(result.failures.count) failed → \(out)")
        if !result.failures.isEmpty { throw ExitCode(2) }
    }
}
