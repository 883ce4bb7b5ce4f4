import AllotModel
import AllotPipeline
import AllotStore
import ArgumentParser
import Foundation

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check table arithmetic; exit 0 when all reconciles, 1 on a finding, 2 on unreadable or no input.",
        discussion: """
            Reads notices (PDF, HTML, xlsx, xls, docx, OFD, ZIP archives; directories are searched recursively). Files \
            of other kinds inside a directory are counted and listed as skipped. Exit status: 0 nothing \
            to report, 1 at least one counted finding (errors and warnings; notes too with --strict), \
            2 when some input could not be read, or when nothing was given or nothing was readable.

            Text output lists the findings, then the notes, then a summary line counting both. With \
            --quiet it lists only the findings that make the exit status 1 (notes too with --strict), \
            and the same complete summary; JSON and JUnit output are the same with or without it.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, junit
    }

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: text (one line per finding), json (schema_version, summary, findings with ids and locations) or junit (XML for CI).")
    var format: Format = .text

    @Option(name: [.short, .long], help: "File to write the findings to; - for standard output.")
    var out = "-"

    @OptionGroup var filter: FindingFilter

    @OptionGroup var language: LanguageOption

    func run() throws {
        try input.requireInputsAndReferenceData()
        let lang = language.language
        // Streams: each notice is reported and dropped as soon as it is read (only the findings
        // are kept for the output document), so memory stays flat over any corpus.
        var tally = CheckTally()
        var document = FindingsJSON.Document()
        var junit = JUnitReport()
        var problemLines: [String] = []
        // Notes are listed after the findings, apart from them (they are not claims about the document).
        var noteLines: [String] = []
        // A notice is given again when a later file of the batch joins it (a second PDF with its
        // doc number, an attachment): only what is new is reported and counted, and its entry in
        // the JSON and JUnit documents is replaced.
        var reported: [String: Set<Finding>] = [:]
        var entries: [String: Int] = [:]
        var sizes: [String: (tables: Int, rows: Int)] = [:]
        let scan = input.scan()
        let skippedFiles = scan.unsupported
        tally.skipped = skippedFiles.count
        let (interrupted, notStarted) = input.runBatch(scan) { outcome in
            switch outcome {
            case let .success(notice):
                sizes[notice.id] = (notice.tables.count, notice.tables.reduce(0) { $0 + $1.rows.count })
                var seen = reported[notice.id] ?? []
                let selected = notice.findings.enumerated().filter { filter.reports($0.element) }
                for finding in selected.map(\.element) {
                    guard seen.insert(finding).inserted else { continue }
                    tally.add(finding, counts: filter.counts(finding))
                    // Quiet, a gate prints what fails it: the notes only when they count (--strict).
                    if format == .text, !input.quiet || filter.counts(finding) {
                        let line = Self.line(finding, in: notice, lang)
                        if finding.isProblem { problemLines.append(line) } else { noteLines.append(line) }
                    }
                }
                reported[notice.id] = seen
                switch format {
                case .text:
                    break
                case .json:
                    let entry = FindingsJSON.entry(notice, findings: selected.map { ($0.offset + 1, $0.element) })
                    if let index = entries[notice.id] {
                        document.notices[index] = entry
                    } else {
                        entries[notice.id] = document.notices.count
                        document.notices.append(entry)
                    }
                case .junit:
                    junit.add(notice: notice, findings: selected.map { ($0.element, filter.counts($0.element)) })
                }
            case let .failure(error):
                tally.unreadable += 1
                Report.error(lang.pick("错误：", "error: ") + error.description)
                document.failures.append(FindingsJSON.entry(error))
                junit.add(unreadable: error.path, kind: error.kind, message: error.description)
            }
        }
        tally.notices = sizes.count
        tally.tables = sizes.values.reduce(0) { $0 + $1.tables }
        tally.rows = sizes.values.reduce(0) { $0 + $1.rows }
        tally.interrupted = notStarted
        for path in skippedFiles {
            Report.error(lang.pick("跳过（不支持的格式）：", "skipped (unsupported format): ") + path)
        }
        if tally.notices == 0, tally.unreadable == 0, !interrupted {
            Report.error(lang.pick("错误：输入中没有可读取的文件", "error: no readable file in the input"))
        }
        let text: String
        switch format {
        case .text:
            let notes = noteLines.isEmpty ? [] : [lang.pick("提示：", "notes:")] + noteLines
            text = (problemLines + notes + [tally.line(lang)]).map { $0 + "\n" }.joined()
        case .json:
            text = FindingsJSON.render(document, summary: tally, skipped: skippedFiles)
        case .junit:
            text = junit.render()
        }
        do {
            try OutputTarget(path: out).write(text)
        } catch {
            Report.error(lang.pick("错误：", "error: ") + "\(error)")
            throw ExitCode(2)
        }
        if interrupted {
            Report.error(lang.pick("已中断：", "interrupted: ")
                         + "\(tally.notices + tally.unreadable) files checked, \(notStarted) not started")
        }
        if tally.exitStatus != 0 { throw ExitCode(tally.exitStatus) }
    }

    /// `file:page: notice table N row N [check] message`; in Chinese with the check's and severity's
    /// labels and the Chinese message. A finding about a whole table has no row, one about the
    /// whole notice no table, one whose page is not known `file:` alone (never a made-up 0).
    /// What came from files cannot break the line (TerminalText).
    static func line(_ finding: Finding, in notice: Notice, _ lang: Language) -> String {
        TerminalText.line(rawLine(finding, in: notice, lang))
    }

    private static func rawLine(_ finding: Finding, in notice: Notice, _ lang: Language) -> String {
        let related = finding.related.map { " ⇄ \($0.label)" } ?? ""
        switch lang {
        case .en:
            return [finding.fileAndPage(notice.sourceFile), notice.id, finding.place, "[\(finding.check)]", finding.message]
                .filter { !$0.isEmpty }.joined(separator: " ") + related
        case .zh:
            return [finding.fileAndPage(notice.sourceFile), notice.id, finding.placeZH,
                    "[\(finding.check)] \(finding.check.labelZH)（\(finding.severity.labelZH)）：\(finding.messageZH)"]
                .filter { !$0.isEmpty }.joined(separator: " ") + related
        }
    }
}
