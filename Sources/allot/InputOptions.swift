import AllotModel
import AllotPipeline
import ArgumentParser

/// Options shared by every command that reads notices.
struct InputOptions: ParsableArguments {
    @Argument(help: "Notice files (PDF, HTML, xlsx, xls, docx, OFD, ZIP archives) or directories to read recursively.")
    var inputs: [String]

    @Option(help: "Password for encrypted PDFs.")
    var password: String?

    @Option(help: "Files processed at once (default: the number of cores).")
    var jobs: Int?

    @Flag(help: "Print no progress.")
    var quiet = false

    @Option(help: "OCR image-only pages (auto), no page (never: such PDFs are refused), or every page (always).")
    var ocr: OCRMode = .auto

    @OptionGroup(title: "Limits") var limits: LimitOptions

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one FILE or DIR") }
        if let jobs, jobs < 1 || jobs > 256 { throw ValidationError("--jobs must be between 1 and 256") }
    }

    /// Runs the batch with a progress display and Ctrl-C handling; outcomes in sorted input order.
    /// `skipped` counts the files never started because the run was interrupted.
    /// Stops the run before any file is read when allot's bundled reference data cannot be loaded
    /// (a broken build or installation), instead of reading without division codes or radicals.
    func requireReferenceData() throws {
        if let problem = NoticeProcessor.referenceDataProblem() {
            Report.error("error: bundled reference data cannot be loaded: \(problem)")
            throw ExitCode(2)
        }
    }

    func runBatch(_ sink: (Result<Notice, ProcessError>) -> Void) -> (interrupted: Bool, skipped: Int) {
        let reporter = ProgressReporter(quiet: quiet)
        let interrupt = InterruptFlag()
        var last: BatchProgress?
        runner.run(inputs, progress: { progress in
            last = progress
            reporter.update(progress)
        }, shouldStop: { interrupt.isRaised }, sink: sink)
        reporter.finish()
        return (interrupt.isRaised, last.map { $0.total - $0.done } ?? 0)
    }

    /// Files in the folders given whose format allot does not read (counted in the summary).
    var unsupportedCount: Int { InputFiles.scan(inputs).unsupported.count }

    var runner: BatchRunner {
        var options = PipelineOptions(password: password, ocr: ocr)
        options.limits = limits.limits
        return BatchRunner(processor: NoticeProcessor(options: options), jobs: jobs)
    }
}

extension OCRMode: ExpressibleByArgument {}
