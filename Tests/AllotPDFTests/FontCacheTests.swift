@testable import AllotPDF
import XCTest

/// The fonts a document's pages share are made once (CPopplerPaths/FontCache) and must be the
/// fonts poppler makes for each page itself: `Fixtures/fonts/shared-fonts.pdf` names them five
/// ways (one object under two names, a font dictionary that is an object of its own, a font
/// written inline, a name referring to no font, a name page 1 gave another font).
final class FontCacheTests: XCTestCase {
    private let path = packageRoot.appendingPathComponent("Fixtures/fonts/shared-fonts.pdf").path

    func testEveryPageReadsAsPopplerGlibReadsIt() throws {
        let file = try PDFExtractor.read(path: path)
        let document = try PDFExtractor.open(file, password: nil)
        let pages = try PopplerPaths.open(bytes: file.bytes, password: nil)
        XCTAssertEqual(pages.pageCount, 5)
        for index in 0..<pages.pageCount {
            let glib = document.loadPage(at: index)?.raw()
            let onePass = try pages.page(at: index).raw
            XCTAssertNil(OnePassTests.difference(glib, onePass), "page \(index + 1)")
        }
    }

    /// Each page's "iiii" drawn in the font its own resources name: Helvetica's i is 2.22 pt wide
    /// at 10 pt, Courier's 6 pt; page 4's /F1 is no font, so its "iiii" is not drawn at all.
    func testEachPageDrawsInTheFontItsResourcesName() throws {
        let file = try PDFExtractor.read(path: path)
        let pages = try PopplerPaths.open(bytes: file.bytes, password: nil)
        let expected: [Double?] = [2.22, 2.22, 6.0, nil, 6.0]
        for (index, width) in expected.enumerated() {
            let raw = try XCTUnwrap(try pages.page(at: index).raw, "page \(index + 1)")
            let iWidths = zip(raw.scalars, 0...).filter { $0.0 == "i" }.map { raw.boxes[$0.1 * 4 + 2] - raw.boxes[$0.1 * 4] }
            if let width {
                XCTAssertEqual(iWidths.count, 4, "page \(index + 1)")
                for measured in iWidths { XCTAssertEqual(measured, width, accuracy: 0.01, "page \(index + 1)") }
            } else {
                XCTAssertEqual(iWidths, [], "page \(index + 1)")
            }
            XCTAssertEqual(raw.scalars.filter { $0 == "M" }.count, 4, "page \(index + 1)")
        }
    }
}
