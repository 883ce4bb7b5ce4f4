import AllotReport
import ArgumentParser

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a dataset as one self-contained HTML page: a summary, then per notice its findings, tables and charts.")

    @Argument(help: "Dataset folder written by allot ingest or rebuild (notices.csv, allocations.csv, findings.csv).")
    var dataset: String

    @Option(name: [.short, .long], help: "HTML file to write; - for standard output.")
    var out = "report.html"

    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = language.language
        do {
            let count = try HTMLReport.write(dataset: dataset, to: out)
            if out != "-" {
                print(lang.pick("已写入 \(out)（\(count) 份通知）", "wrote \(out) (\(Plural.count(count, "notice")))"))
            }
        } catch {
            Report.error(lang.pick("错误：", "error: ") + error.description)
            throw ExitCode(2)
        }
    }
}
