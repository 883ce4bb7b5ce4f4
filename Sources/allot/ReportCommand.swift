import AllotReport
import ArgumentParser

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a dataset as one self-contained HTML page: tables, mismatched cells, findings and a chart per notice.")

    @Argument(help: "Dataset folder written by allot ingest (notices.csv, allocations.csv, findings.csv).")
    var dataset: String

    @Option(help: "HTML file to write.")
    var out = "report.html"

    func run() throws {
        do {
            try HTMLReport.write(dataset: dataset, to: out)
        } catch {
            Report.error("error: \(error.description)")
            throw ExitCode(2)
        }
    }
}
