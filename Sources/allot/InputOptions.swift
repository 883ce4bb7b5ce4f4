import AllotPipeline
import ArgumentParser

/// Options shared by every command that reads notices.
struct InputOptions: ParsableArguments {
    @Argument(help: "Notice files (PDF) or directories to read recursively.")
    var inputs: [String]

    @Option(help: "Password for encrypted PDFs.")
    var password: String?

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one FILE or DIR") }
    }

    var runner: BatchRunner {
        BatchRunner(processor: NoticeProcessor(options: PipelineOptions(password: password)))
    }
}
