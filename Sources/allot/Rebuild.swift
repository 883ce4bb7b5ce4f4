import AllotPipeline
import AllotStore
import ArgumentParser
import Foundation

struct Rebuild: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rebuild",
        abstract: "Regenerate the whole dataset from folders of notices; the old one stays until the new one is complete.")

    @OptionGroup var input: InputOptions

    @OptionGroup var output: OutputOptions

    @Flag(help: "Replace the dataset even when some files could not be read (they are left out of it).")
    var allowFailures = false

    func run() throws {
        try output.write(mode: .rebuild, input: input, allowFailures: allowFailures)
    }
}
