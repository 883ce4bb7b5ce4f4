import ArgumentParser
import Foundation
import AllotModel
#if canImport(CMalloc)
import CMalloc
#endif

@main
struct Allot: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "allot",
        abstract: "Turn Chinese fund-allocation notices into a reconciled, citable dataset.",
        discussion: """
            Reads notices as PDF, portal HTML pages (any declared charset, GBK included), spreadsheets (.xlsx, \
            .xls), .docx, OFD and ZIP archives of these; the format is judged from the bytes. \
            Exit status: 0 success, 1 findings (check) or differences (diff), 2 unreadable or missing input, \
            64 a usage error. Messages are in Chinese when LANG starts with zh (or with --lang zh).
            """,
        version: "0.1.0",
        subcommands: [Ingest.self, Check.self, Rebuild.self, Restore.self, Diff.self, Show.self, ReportCommand.self,
                      Export.self])

    /// Parses and runs; a mistyped subcommand gets the nearest one suggested instead of a bare usage error.
    static func main() {
        // Blocks of 128 KiB and more always come from their own mappings and go back to the system
        // when freed. glibc otherwise raises this threshold after the first such block is freed, and
        // a large sheet's grid, freed before its rows are normalized, then pins the heap's top:
        // peak RSS on a 100,000-row xlsx 247 MB with the moving threshold, 169 MB with this one,
        // at the same CPU time (#18).
        #if os(Linux)
        _ = mallopt(M_MMAP_THRESHOLD, 128 * 1024)
        // Small blocks freed in the middle of the heap (a large sheet's raw rows, once drafted) go
        // back to the system when a stage asks (#18).
        FreedMemory.install { _ = malloc_trim(0) }
        #endif
        let arguments = Array(CommandLine.arguments.dropFirst())
        let names = configuration.subcommands.map { $0._commandName } + ["help"]
        if let first = arguments.first, !first.hasPrefix("-"), !names.contains(first) {
            let language = Language.fromEnvironment
            let hint = Nearest.name(to: first, among: names)
            Report.error(language.pick("错误：没有子命令 \(first)", "error: no subcommand \(first)")
                         + (hint.map { language.pick("；您是否想输入 allot \($0)？", "; did you mean allot \($0)?") } ?? "")
                         + language.pick("（子命令：", " (subcommands: ") + names.dropLast().joined(separator: ", ")
                         + language.pick("）", ")"))
            Foundation.exit(64)
        }
        do {
            // The usual batch lines are read without ArgumentParser's reflection (QuickArguments).
            var command = try QuickArguments.command(arguments) ?? parseAsRoot(arguments)
            try command.run()
        } catch let status as ExitCode {
            // A status the command chose, its messages printed: what `exit(withError:)` does with it
            // (it prints nothing), without first making the root command's usage text twice.
            Foundation.exit(status.rawValue)
        } catch {
            // Help and version as the parser prints them; every other error with the
            // one prefix every message of allot has.
            let code = exitCode(for: error)
            if code == .success { exit(withError: error) }
            let language = Language.fromEnvironment
            Report.error(language.pick("错误：", "error: ") + message(for: error))
            FileHandle.standardError.write(Data(language.pick("  用法见 allot --help\n", "  see allot --help\n").utf8))
            Foundation.exit(code.rawValue)
        }
    }
}
