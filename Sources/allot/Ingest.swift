import AllotPipeline
import AllotStore
import ArgumentParser
import Foundation

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read notices and add them to the dataset (SQLite, CSV, data package) in a folder.")

    @OptionGroup var input: InputOptions

    @OptionGroup var output: OutputOptions

    func run() throws {
        try output.write(mode: .ingest, input: input)
    }
}
