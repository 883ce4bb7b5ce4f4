import AllotModel
import AllotPipeline
import AllotReport
import ArgumentParser

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what was read on one page: a PNG with tables, rows, dropped lines and findings drawn over it, or a text grid.")

    @Argument(help: "The notice (PDF).")
    var file: String

    @Option(help: "Page to show, 1-based.")
    var page: Int

    @Option(help: "Write the page with overlays to this PNG file instead of printing a text grid.")
    var png: String?

    @Option(help: "Pixels per point of the PNG (2 = 144 dpi).")
    var scale: Double = 2

    @Option(help: "Password for an encrypted PDF.")
    var password: String?

    @Option(help: "OCR image-only pages (auto), no page (never), or every page (always).")
    var ocr: OCRMode = .auto

    @OptionGroup(title: "Limits") var limits: LimitOptions

    func validate() throws {
        if page < 1 { throw ValidationError("--page must be 1 or more") }
        if !(0.25...8).contains(scale) { throw ValidationError("--scale must be between 0.25 and 8") }
    }

    func run() throws {
        let trace: NoticeTrace
        do {
            var options = PipelineOptions(password: password, ocr: ocr)
            options.limits = limits.limits
            trace = try NoticeProcessor(options: options).trace(path: file)
        } catch {
            Report.error("error: \(error.description)")
            throw ExitCode(2)
        }
        guard page <= trace.notice.pageCount else {
            Report.error("error: \(file): no page \(page) (the document has \(trace.notice.pageCount))")
            throw ExitCode(2)
        }
        let input = PageOverlayInput(page: page, notice: trace.notice, scan: trace.scan)
        guard let png else {
            print(PageGrid.render(input, source: file), terminator: "")
            return
        }
        do {
            try OverlayImage(scale: scale, password: password).write(path: file, input: input, to: png)
        } catch {
            Report.error("error: \(error.description)")
            throw ExitCode(2)
        }
    }
}
