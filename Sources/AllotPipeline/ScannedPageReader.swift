import AllotModel
import AllotOCR
import AllotPDF

/// Replaces the empty text of image-only pages (or of every page, with `--ocr always`) by the
/// glyphs recognized from the page image; pages with a text layer are left alone.
struct ScannedPageReader {
    var mode: OCRMode
    var password: String?
    var settings: OCRSettings

    /// Pages to recognize: none with `never`, all with `always`, else those without visible text.
    func pagesToRecognize(_ document: SourceDocument) -> [Int] {
        switch mode {
        case .never: []
        case .always: document.pages.map(\.number)
        case .auto: document.pages.filter { !$0.hasText }.map(\.number)
        }
    }

    /// The document with those pages recognized, and the images they were read from.
    func read(_ document: SourceDocument) throws(ProcessError) -> (document: SourceDocument, images: [PageImage]) {
        let numbers = Set(pagesToRecognize(document))
        guard !numbers.isEmpty else { return (document, []) }
        let path = document.path
        do {
            let rasterizer = try PageRasterizer(path: path, password: password)
            let recognizer = try PageRecognizer(path: path, settings: settings)
            var result = document
            var images: [PageImage] = []
            for index in result.pages.indices where numbers.contains(result.pages[index].number) {
                let page = result.pages[index]
                let probe = try rasterizer.render(page: page.number, pixelsPerPoint: settings.probeDPI / 72, format: .rgb)
                // A blank page (a separator sheet, the empty back of a page) is left without text:
                // recognizing it at full resolution takes seconds and finds nothing.
                guard let scale = PageRecognizer.pixelsPerPoint(probe: probe, settings: settings) else { continue }
                var image = try rasterizer.render(page: page.number, pixelsPerPoint: scale, format: .rgb)
                // A scan fed a quarter turn round was measured across its lines: measured again upright.
                let turn = recognizer.orientation(image)
                if turn % 180 != 0, let upright = PageRecognizer.pixelsPerPoint(probe: probe, turn: turn, settings: settings),
                   abs(upright - scale) > scale * 0.05 {
                    image = try rasterizer.render(page: page.number, pixelsPerPoint: upright, format: .rgb)
                }
                var prepared = recognizer.prepare(image, turn: turn)
                // The probe's text height is coarse (a line is 7-10 px at 72 dpi): measured again on
                // the page as rendered, which is rendered again when its text is far from the target.
                if let better = prepared.betterScale(settings) {
                    prepared = recognizer.prepare(try rasterizer.render(page: page.number, pixelsPerPoint: better, format: .rgb),
                                                  turn: turn)
                }
                let read = try recognizer.read(prepared, number: page.number, width: page.width, height: page.height)
                result.pages[index] = read.text
                images.append(read.image)
            }
            return (result, images)
        } catch let error as PDFError {
            throw .pdf(error)
        } catch let error as RenderError {
            throw .ocr(.recognition(path: path, page: 0, reason: error.description))
        } catch let error as OCRError {
            throw .ocr(error)
        } catch {
            throw .ocr(.recognition(path: path, page: 0, reason: "\(error)"))
        }
    }
}
