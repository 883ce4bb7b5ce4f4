import AllotModel
import AllotPipeline
import AllotStore
import ArgumentParser
import Foundation

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check table arithmetic; exit 0 when all reconciles, 1 on a mismatch, 2 on unreadable input.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: text (one line per finding) or json.")
    var format: Format = .text

    @Flag(help: "Count notes (an incomplete table, an empty page, no table) as findings: exit 1 on any.")
    var strict = false

    func run() throws {
        try input.requireReferenceData()
        // Streams: each notice is reported and dropped as soon as it is read (only its finding
        // lines are kept, and the findings for the JSON document), so memory stays flat.
        var counts = (notices: 0, problems: 0, notes: 0, failures: 0)
        var document = FindingsJSON.Document()
        // Notes are listed after the findings, apart from them (they are not claims about the document).
        var noteLines: [String] = []
        // A notice is given again when a later file of the batch joins it (a second PDF with its
        // doc number, an attachment): only what is new is reported and counted.
        var reported: [String: Set<String>] = [:]
        var entries: [String: Int] = [:]
        let (interrupted, skipped) = input.runBatch { outcome in
            switch outcome {
            case let .success(notice):
                if reported[notice.id] == nil { counts.notices += 1 }
                var lines = reported[notice.id] ?? []
                for finding in notice.findings {
                    let line = TerminalText.line("\(notice.sourceFile):\(finding.page): \(notice.id) table "
                        + "\(finding.table) row \(finding.row) [\(finding.check)] \(finding.message)"
                        + (finding.related.map { " ⇄ \($0.label)" } ?? ""))
                    guard lines.insert(line).inserted else { continue }
                    if finding.isProblem { counts.problems += 1 } else { counts.notes += 1 }
                    if format == .text {
                        if finding.isProblem { print(line) } else { noteLines.append(line) }
                    }
                }
                reported[notice.id] = lines
                if format == .json {
                    if let index = entries[notice.id] {
                        document.notices[index] = FindingsJSON.entry(notice)
                    } else {
                        entries[notice.id] = document.notices.count
                        document.notices.append(FindingsJSON.entry(notice))
                    }
                }
            case let .failure(error):
                counts.failures += 1
                Report.error("error: \(error.description)")
                document.failures.append(FindingsJSON.entry(error))
            }
        }
        switch format {
        case .text:
            if !noteLines.isEmpty {
                print("notes:")
                for line in noteLines { print(line) }
            }
            print("\(counts.notices) notices checked, \(counts.problems) findings, \(counts.notes) notes, "
                  + "\(counts.failures) unreadable, \(input.unsupportedCount) unsupported")
        case .json:
            print(FindingsJSON.render(document))
        }
        if interrupted {
            Report.error("interrupted: \(counts.notices + counts.failures) files checked, \(skipped) skipped")
        }
        if counts.failures > 0 || interrupted { throw ExitCode(2) }
        if counts.problems > 0 || (strict && counts.notes > 0) { throw ExitCode(1) }
    }
}
