@testable import AllotOCR
import AllotModel
import AllotPDF
import XCTest

/// The signature and date printed under a seal, on the wholly scanned notice
/// (Fixtures/scanned/jxzf-2022-125-scanned.pdf, page 2): the seal's red ink lies over them, as a
/// stamp's ink lies on paper, and they are read through it. Skipped when Tesseract is absent.
final class SealedSignatureTests: XCTestCase {
    func testTheDateAndSignatureUnderTheSealAreReadThroughIt() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/scanned/jxzf-2022-125-scanned.pdf").path
        let recognizer: PageRecognizer
        do {
            recognizer = try PageRecognizer(path: path)
        } catch {
            throw XCTSkip("Tesseract is not installed (\(error)); run `make setup`")
        }
        let rasterizer = try PageRasterizer(path: path)
        let settings = OCRSettings()
        let probe = try rasterizer.render(page: 2, pixelsPerPoint: settings.probeDPI / 72, format: .rgb)
        let scale = try XCTUnwrap(PageRecognizer.pixelsPerPoint(probe: probe, settings: settings))
        let text = try recognizer.recognize(rasterizer.render(page: 2, pixelsPerPoint: scale, format: .rgb),
                                            number: 2, width: 595.3, height: 841.9)
        // Glyphs of one recognized line share its box's top.
        let lines = Dictionary(grouping: text.glyphs, by: \.box.y0).values
            .map { $0.sorted { $0.box.x0 < $1.box.x0 }.map(\.text).joined() }
        XCTAssertTrue(lines.contains("2022年12月6日"), "\(lines.sorted())")
        XCTAssertTrue(lines.contains("山西省乡村振兴局"), "\(lines.sorted())")
    }
}
