import AllotStore
import ArgumentParser
import Foundation

struct Restore: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Load a dataset's CSV files back into its allot.sqlite (checked against the schema), for a dataset kept without its store.")

    @Argument(help: "Dataset folder (notices.csv, allocations.csv, findings.csv, citations.csv).")
    var dataset: String

    @OptionGroup var lock: LockOptions

    func run() throws {
        signal(SIGXFSZ, SIG_IGN)
        do {
            let summary = try DatasetRestore.run(URL(fileURLWithPath: dataset), wait: lock.wait)
            print("restored \(dataset)/\(DatasetWriter.databaseFile): \(summary.notices) notices, \(summary.rows) rows, "
                  + "\(summary.findings) findings")
        } catch {
            Report.error("error: \(error)")
            throw ExitCode(2)
        }
    }
}
