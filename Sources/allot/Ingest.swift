import AllotPipeline
import AllotStore
import ArgumentParser
import Foundation

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read notices and write the dataset (CSV files) into a folder.")

    @OptionGroup var input: InputOptions

    @Option(help: "Folder the dataset is written to.")
    var out: String = "dataset"

    @Flag(help: "Start each CSV with a UTF-8 byte order mark so Excel on Chinese Windows opens it.")
    var excel = false

    func run() throws {
        let result = input.runner.run(input.inputs)
        Report.failures(result)
        do {
            try DatasetCSV(notices: result.notices).write(to: URL(fileURLWithPath: out), byteOrderMark: excel)
        } catch {
            Report.error("\(error)")
            throw ExitCode(2)
        }
        print("\(result.notices.count) notices, \(result.rowCount) rows, \(result.findingCount) findings, "
              + "\(result.failures.count) failed → \(out)")
        if !result.failures.isEmpty { throw ExitCode(2) }
    }
}
