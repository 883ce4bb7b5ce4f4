import AllotModel
import AllotPipeline
import ArgumentParser
import Foundation

/// Options shared by every command that reads notices.
struct InputOptions: ParsableArguments {
    @Argument(help: "Notice files (PDF, HTML, xlsx, xls, docx, OFD, ZIP archives) or directories to read recursively.")
    var inputs: [String] = []

    @Option(help: "Password for encrypted PDFs.")
    var password: String?

    @Option(name: [.short, .long], help: "Files processed at once (default: the number of cores).")
    var jobs: Int?

    @Flag(name: [.short, .long], help: "Print no progress; check's text output then lists only what fails the run (no notes unless --strict) and the summary.")
    var quiet = false

    @Option(help: "OCR image-only pages (auto), no page (never: such PDFs are refused), or every page (always).")
    var ocr: OCRMode = .auto

    @Option(help: ArgumentHelp("Where the notice is published (http or https), recorded as its source_url; only with "
                               + "a single FILE (an HTML page's canonical link is read by itself).", valueName: "URL"))
    var sourceURL: String?

    @OptionGroup(title: "Limits") var limits: LimitOptions

    func validate() throws {
        if let jobs, jobs < 1 || jobs > 256 { throw ValidationError("--jobs must be between 1 and 256") }
        if let sourceURL {
            guard inputs.count == 1 else { throw ValidationError("--source-url names the address of a single FILE") }
            guard let url = URLComponents(string: sourceURL), ["http", "https"].contains(url.scheme?.lowercased() ?? ""),
                  !(url.host ?? "").isEmpty else {
                throw ValidationError("--source-url must be an http or https URL: \(sourceURL)")
            }
        }
    }

    /// Stops the run before any file is read when no input was given (a gate that checked nothing:
    /// exit 2, never 0), or when allot's bundled reference data cannot be loaded (a broken build or
    /// installation), instead of reading without division codes or radicals. Not in `validate()`:
    /// the help output runs it too, and printed the no-input error under `--help`.
    func requireInputsAndReferenceData() throws {
        if inputs.isEmpty {
            Report.error(Language.fromEnvironment.pick("错误：未指定输入文件或目录（FILE|DIR）", "error: give at least one FILE or DIR"))
            throw ExitCode(2)
        }
        if let problem = NoticeProcessor.referenceDataProblem() {
            Report.error("error: bundled reference data cannot be loaded: \(problem)")
            throw ExitCode(2)
        }
    }

    /// Runs the batch over the files `scan` found, with a progress display and Ctrl-C handling;
    /// outcomes in sorted input order. `skipped` counts the files never started because the run was
    /// interrupted.
    func runBatch(_ scan: InputFiles.Scan, _ sink: (Result<Notice, ProcessError>) -> Void)
        -> (interrupted: Bool, skipped: Int) {
        runBatch(scan, prepare: { _ -> NothingPrepared? in nil }) { outcome, _ in sink(outcome) }
    }

    /// `runBatch`, with `prepare` run on the worker that read each notice (`BatchRunner.run`).
    func runBatch<Prepared: PreparedValue>(_ scan: InputFiles.Scan, prepare: @escaping @Sendable (Notice) -> Prepared?,
                                      _ sink: (Result<Notice, ProcessError>, Prepared?) -> Void)
        -> (interrupted: Bool, skipped: Int) {
        let reporter = ProgressReporter(quiet: quiet)
        let interrupt = InterruptFlag()
        var last: BatchProgress?
        runner.run(scan, progress: { progress in
            last = progress
            reporter.update(progress)
        }, shouldStop: { interrupt.isRaised }, prepare: prepare, sink: { outcome, prepared in
            guard let sourceURL, case var .success(notice) = outcome else { return sink(outcome, prepared) }
            notice.sourceURL = sourceURL
            sink(.success(notice), prepared)
        })
        reporter.finish()
        return (interrupt.isRaised, last.map { $0.total - $0.done } ?? 0)
    }

    /// What the inputs name: the files to read, the arguments naming nothing readable, and the files
    /// in the folders given whose format allot does not read (counted and listed). Walked once a
    /// run and handed to `runBatch`.
    func scan() -> InputFiles.Scan { InputFiles.scan(inputs) }

    var runner: BatchRunner {
        var options = PipelineOptions(password: password, ocr: ocr)
        options.limits = limits.limits
        return BatchRunner(processor: NoticeProcessor(options: options), jobs: jobs)
    }
}

extension OCRMode: ExpressibleByArgument {}
