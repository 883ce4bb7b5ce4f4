import AllotModel
import AllotPipeline
import AllotReport
import ArgumentParser
import Foundation

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show what was read on pages of a notice (PDF or HTML): a text grid, or a PNG with tables, rows, dropped lines and findings drawn over it.")

    /// A page or a range of pages (3, 2-4).
    struct PageRange: ExpressibleByArgument {
        var first: Int
        var last: Int

        init?(argument: String) {
            let parts = argument.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
            guard let first = parts.first.flatMap({ Int($0) }) else { return nil }
            let last = parts.count == 2 ? Int(parts[1]) : first
            guard let last, first >= 1, last >= first else { return nil }
            self.first = first
            self.last = last
        }
    }

    @Argument(help: "The notice (PDF, or HTML: its tables count as page 1).")
    var file: String

    @Option(help: ArgumentHelp("Page or range of pages to show, 1-based (3, 2-4).", valueName: "N|N-M"))
    var page: PageRange

    @Option(help: "Write the page with overlays to this PNG file instead of printing a text grid (PDF, one page).")
    var png: String?

    @Option(help: "Pixels per point of the PNG (2 = 144 dpi).")
    var scale: Double = 2

    @Option(help: "Password for an encrypted PDF.")
    var password: String?

    @Option(help: "OCR image-only pages (auto), no page (never), or every page (always).")
    var ocr: OCRMode = .auto

    @OptionGroup var language: LanguageOption

    @OptionGroup(title: "Limits") var limits: LimitOptions

    func validate() throws {
        if !(0.25...8).contains(scale) { throw ValidationError("--scale must be between 0.25 and 8") }
        if png != nil, page.first != page.last { throw ValidationError("--png draws one page: give --page N") }
        if png != nil, InputFiles.isHTML(file) { throw ValidationError("--png draws PDF pages; an HTML page is shown as a text grid") }
    }

    func run() throws {
        let lang = language.language
        let trace: NoticeTrace
        do {
            var options = PipelineOptions(password: password, ocr: ocr)
            options.limits = limits.limits
            trace = try NoticeProcessor(options: options).trace(path: file)
        } catch {
            Report.error(lang.pick("错误：", "error: ") + error.description)
            throw ExitCode(2)
        }
        guard page.last <= trace.notice.pageCount else {
            Report.error(lang.pick("错误：\(file)：没有第 \(page.last) 页（共 \(trace.notice.pageCount) 页）",
                                   "error: \(file): no page \(page.last) (the document has \(trace.notice.pageCount))"))
            throw ExitCode(2)
        }
        guard let png else {
            let grids = (page.first...page.last).map { number in
                PageGrid.render(PageOverlayInput(page: number, notice: trace.notice, scan: trace.scan), source: file)
            }
            print(grids.joined(separator: "\n"), terminator: "")
            return
        }
        do {
            var input = PageOverlayInput(page: page.first, notice: trace.notice, scan: trace.scan)
            input.recognized = trace.recognizedGlyphs(page: page.first)
            try OverlayImage(scale: scale, password: password).write(path: file, input: input, to: png)
        } catch {
            Report.error(lang.pick("错误：", "error: ") + error.description)
            throw ExitCode(2)
        }
    }
}
