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
        // Streams: each notice is reported and dropped as soon as it is read (only the findings
        // are kept for the JSON document), so memory stays flat over any corpus.
        var counts = (notices: 0, problems: 0, notes: 0, failures: 0)
        var document = FindingsJSON.Document()
        // Notes are listed after the findings, apart from them (they are not claims about the document).
        var noteLines: [String] = []
        let (interrupted, skipped) = input.runBatch { outcome in
            switch outcome {
            case let .success(notice):
                counts.notices += 1
                counts.problems += notice.findings.filter(\.isProblem).count
                counts.notes += notice.findings.filter { !$0.isProblem }.count
                switch format {
                case .text:
                    for finding in notice.findings {
                        let line = "\(notice.sourceFile):\(finding.page): \(notice.id) table \(finding.table) "
                            + "row \(finding.row) [\(finding.check)] \(finding.message)"
                        if finding.isProblem { print(line) } else { noteLines.append(line) }
                    }
                case .json:
                    document.notices.append(FindingsJSON.entry(notice))
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
