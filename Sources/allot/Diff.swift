import AllotStore
import ArgumentParser
import Foundation

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two datasets row by row; exit 0 when identical, 1 when they differ, 2 when unreadable.")

    @Argument(help: "Folder of the old dataset.")
    var old: String

    @Argument(help: "Folder of the new dataset.")
    var new: String

    func run() throws {
        let diff: DatasetDiff
        do {
            let before = try DatasetReader(directory: URL(fileURLWithPath: old)).read()
            let after = try DatasetReader(directory: URL(fileURLWithPath: new)).read()
            diff = DatasetDiff(old: before, new: after)
        } catch {
            Report.error("\(error)")
            throw ExitCode(2)
        }
        print(diff.render(), terminator: "")
        if !diff.isEmpty { throw ExitCode(1) }
    }
}
