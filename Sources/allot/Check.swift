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

    func run() throws {
        let (result, interrupted) = input.collect()
        switch format {
        case .text:
            Report.failures(result)
            for notice in result.notices {
                for finding in notice.findings {
                    print("\(notice.sourceFile):\(finding.page): \(notice.id) table \(finding.table) row \(finding.row) "
                          + "[\(finding.check)] \(finding.message)")
                }
            }
            print("\(result.notices.count) notices checked, \(result.problemCount) findings, "
                  + "\(result.findingCount - result.problemCount) notes, \(result.failures.count) unreadable")
        case .json:
            print(FindingsJSON.render(result))
        }
        if interrupted { Report.error("interrupted: \(result.notices.count + result.failures.count) files checked") }
        if !result.failures.isEmpty || interrupted { throw ExitCode(2) }
        if result.problemCount > 0 { throw ExitCode(1) }
    }
}
