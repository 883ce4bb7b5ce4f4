import AllotExport
import AllotStore
import ArgumentParser
import Foundation

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a dataset as an Excel workbook (xlsx) or JSON Lines (jsonl).",
        discussion: """
            xlsx: one sheet per table (notices, allocations, findings, citations) with Chinese headers, then one \
            "as printed" sheet per notice table; header rows frozen, amounts as numbers with grouping, text \
            never run as a formula. jsonl: one object per row, its table in "table", amounts as exact decimal strings.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case xlsx, jsonl
    }

    @Argument(help: "Dataset folder written by allot ingest or rebuild.")
    var dataset: String

    @Option(help: "Output format: xlsx or jsonl.")
    var format: Format

    @Option(name: [.short, .long], help: "File to write (default: allot.xlsx or allot.jsonl); - for standard output (jsonl only).")
    var out: String?

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if format == .xlsx, out == "-" { throw ValidationError("--format xlsx cannot be written to standard output; give -o FILE.xlsx") }
    }

    func run() throws {
        let lang = language.language
        let path = out ?? "allot.\(format.rawValue)"
        do {
            let csv: DatasetCSV
            do { csv = try DatasetReader(directory: URL(fileURLWithPath: dataset)).read() } catch { throw ExportError.read(error) }
            switch format {
            case .jsonl: try OutputTarget(path: path).write(JSONLExport.render(csv))
            case .xlsx: try XLSXExport.write(csv, to: path)
            }
        } catch {
            Report.error(lang.pick("错误：", "error: ") + "\(error)")
            throw ExitCode(2)
        }
        if path != "-" { print(lang.pick("已写入 \(path)", "wrote \(path)")) }
    }
}
