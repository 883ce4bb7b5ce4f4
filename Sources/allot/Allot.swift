import ArgumentParser

@main
struct Allot: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "allot",
        abstract: "Turn Chinese fund-allocation notices into a reconciled, citable dataset.",
        version: "0.1.0",
        subcommands: [Ingest.self, Check.self, Rebuild.self, Restore.self, Diff.self, Show.self, ReportCommand.self])
}
