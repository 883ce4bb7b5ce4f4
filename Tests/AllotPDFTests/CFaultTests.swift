@testable import AllotPDF
import AllotModel
import Foundation
import XCTest

/// Every poppler, GLib and cairo call of the C boundary that can fail is made to fail in turn:
/// each failure must come out as a typed Swift error (or an unreadable page), never a crash.
final class CFaultTests: XCTestCase {
    private let replica = packageRoot.appendingPathComponent("Fixtures/notices/jxzf-2022-125.pdf").path
    private let encrypted = packageRoot.appendingPathComponent("Fixtures/bad/encrypted.pdf").path

    private func extract(failing points: Set<CFault>, password: String? = nil) -> Result<SourceDocument, PDFError> {
        CFault.$failing.withValue(points) {
            Result { () throws(PDFError) -> SourceDocument in
                try PDFExtractor(password: password).extract(path: replica)
            }
        }
    }

    private func render(failing points: Set<CFault>) -> Result<Data, RenderError> {
        CFault.$failing.withValue(points) {
            Result { () throws(RenderError) -> Data in
                try PageRenderer(scale: 0.5).png(path: replica, page: 3, overlays: [])
            }
        }
    }

    func testEveryFailurePointIsCovered() {
        // A new C call gets a fault point and a case below; this keeps the list honest.
        let covered: Set<CFault> = [.popplerLibrary, .cairoLibrary, .openDocument, .loadPage, .pageText, .textLayout,
                                    .textAttributes, .cairoSurface, .cairoPNG, .openPaths, .pagePaths]
        XCTAssertEqual(Set(CFault.allCases), covered)
    }

    /// poppler-glib opens the file only when poppler's core cannot: its error is the file's.
    func testDocumentThatCannotOpenIsAPopplerError() throws {
        for password in [nil, "allot"] {
            guard case let .failure(error) = extract(failing: [.openPaths, .openDocument], password: password) else {
                return XCTFail("opened with the open calls failing")
            }
            XCTAssertEqual(error.kind, "poppler_error")
            XCTAssertTrue(error.description.hasPrefix(replica + ": "), error.description)
            // The core alone opens it, and poppler-glib is never asked.
            let read = try extract(failing: [.openDocument], password: password).get()
            XCTAssertEqual(read.pages.count, 5)
        }
    }

    /// A page that needs no rendering is read without poppler-glib: its document is not opened,
    /// nor its pages loaded; a page the one pass cannot read opens it.
    func testPopplerGlibIsOpenedOnlyWhenNeeded() throws {
        let document = try extract(failing: [.openDocument, .loadPage]).get()
        XCTAssertEqual(document.pages.count, 5)
        XCTAssertEqual(document.unreadablePages, [])
        let ruled = try CFault.$failing.withValue([.openDocument]) {
            try PDFExtractor(rules: .whereTablesMayBe).extract(path: replica)
        }
        let expected = try PDFExtractor(rules: .whereTablesMayBe).extract(path: replica)
        XCTAssertEqual(ruled.pages.map(\.glyphs), document.pages.map(\.glyphs))
        XCTAssertEqual(ruled.pages.map(\.rules), expected.pages.map(\.rules))
        XCTAssertTrue(ruled.pages.contains { $0.rules != nil })
        let unread = try extract(failing: [.openDocument, .pagePaths]).get()
        XCTAssertEqual(unread.unreadablePages, [1, 2, 3, 4, 5], "pages the one pass could not read were read without poppler-glib")
    }

    func testPagesThatCannotBeReadAreUnreadablePages() throws {
        // A page is read in one pass (allot_paths_read_page) and, when that fails, through
        // poppler-glib's text calls: it is unreadable when both fail, or when it cannot be loaded.
        let failures: [Set<CFault>] = [[.pagePaths, .loadPage], [.pagePaths, .pageText], [.pagePaths, .textLayout],
                                       [.pagePaths, .textAttributes], [.openPaths, .pageText]]
        for points in failures {
            let document = try extract(failing: points).get()
            XCTAssertEqual(document.pages.count, 0, "\(points)")
            XCTAssertEqual(document.unreadablePages, [1, 2, 3, 4, 5], "\(points)")
        }
        // Either way alone reads every page.
        for point in [CFault.pagePaths, .openPaths, .pageText, .textLayout, .textAttributes, .loadPage] {
            let document = try extract(failing: [point]).get()
            XCTAssertEqual(document.pages.count, 5, "\(point)")
            XCTAssertEqual(document.unreadablePages, [], "\(point)")
        }
    }

    /// A page the one pass cannot read is read through poppler-glib: the same glyphs.
    func testPagesReadThroughPopplerGlibWhenTheOnePassFailsGiveTheSameGlyphs() throws {
        let read = try PDFExtractor().extract(path: replica)
        for point in [CFault.openPaths, .pagePaths] {
            let fallback = try extract(failing: [point]).get()
            XCTAssertEqual(fallback.pages.map(\.glyphs), read.pages.map(\.glyphs), "\(point)")
            XCTAssertEqual(fallback.pages.map(\.width), read.pages.map(\.width), "\(point)")
        }
    }

    func testRenderingFailuresAreRenderErrors() {
        guard case let .failure(load) = render(failing: [.loadPage]) else { return XCTFail("rendered") }
        XCTAssertEqual(load, .pdf(.poppler(path: replica, domain: "poppler", code: -1, message: "cannot load page 3")))
        for point in [CFault.cairoSurface, .cairoPNG] {
            guard case let .failure(error) = render(failing: [point]),
                  case let .cairo(path, page, status, _) = error else { return XCTFail("rendered with \(point) failing") }
            XCTAssertEqual(path, replica)
            XCTAssertEqual(page, 3)
            XCTAssertNotEqual(status, 0)
        }
        guard case .success = render(failing: [.textLayout]) else { return XCTFail("a point not on the render path failed it") }
    }

    /// When poppler's core cannot open the document or read a page's marks, the pages that are
    /// looked at for rules are rendered instead, said so (`renderedRulePages`), and give the same
    /// rules on the replica's ruled table pages.
    func testMarksThatCannotBeReadAreRenderedAndSaidSo() throws {
        let read = try PDFExtractor(rules: .whereTablesMayBe).extract(path: replica)
        let looked = read.pages.filter { $0.rules != nil }.map(\.number)
        XCTAssertFalse(looked.isEmpty)
        XCTAssertEqual(read.renderedRulePages, [])
        for point in [CFault.openPaths, .pagePaths] {
            let document = try CFault.$failing.withValue([point]) {
                try PDFExtractor(rules: .whereTablesMayBe).extract(path: replica)
            }
            XCTAssertEqual(document.renderedRulePages, looked, "\(point)")
            for (vector, rendered) in zip(read.pages, document.pages) {
                XCTAssertEqual(vector.rules?.count, rendered.rules?.count, "\(point) p.\(vector.number)")
                for (a, b) in zip(vector.rules ?? [], rendered.rules ?? []) {
                    XCTAssertEqual(a.axis, b.axis)
                    XCTAssertEqual(a.position, b.position, accuracy: 1, "\(point) p.\(vector.number)")
                    XCTAssertEqual(a.start, b.start, accuracy: 1.5, "\(point) p.\(vector.number)")
                    XCTAssertEqual(a.end, b.end, accuracy: 1.5, "\(point) p.\(vector.number)")
                }
            }
        }
        // An encrypted file's marks are read with its password.
        let encryptedRead = try PDFExtractor(password: "allot", rules: .whereTablesMayBe).extract(path: encrypted)
        XCTAssertEqual(encryptedRead.renderedRulePages, [])
    }

    /// poppler-glib and cairo are loaded when first needed: a run that reads every page through
    /// poppler's core needs neither, and one that cannot be loaded where it is needed is a typed
    /// error naming the library and its package, never a failed start.
    func testLibrariesThatCannotBeLoadedAreTypedErrors() throws {
        let read = try extract(failing: [.popplerLibrary, .cairoLibrary]).get()
        XCTAssertEqual(read.pages.map(\.glyphs), try PDFExtractor().extract(path: replica).pages.map(\.glyphs))
        for password in [nil, "allot"] {
            guard case let .failure(error) = extract(failing: [.openPaths, .popplerLibrary], password: password),
                  case let .libraryUnavailable(path, reason) = error else { return XCTFail("opened without poppler-glib") }
            XCTAssertEqual(error.kind, "library_unavailable")
            XCTAssertEqual(path, replica)
            XCTAssertTrue(reason.contains("libpoppler-glib-absent.so.8") && reason.contains("install libpoppler-glib8"), reason)
        }
        // Pages the one pass cannot read need poppler-glib: unreadable without it.
        XCTAssertEqual(try extract(failing: [.pagePaths, .popplerLibrary]).get().unreadablePages, [1, 2, 3, 4, 5])
        // Rendering needs both; rules that only a rendering gives are left unknown without them.
        guard case let .failure(noPoppler) = render(failing: [.popplerLibrary]),
              case .pdf(.libraryUnavailable(replica, _)) = noPoppler else { return XCTFail("rendered without poppler-glib") }
        guard case let .failure(noCairo) = render(failing: [.cairoLibrary]),
              case let .libraryUnavailable(path, reason) = noCairo else { return XCTFail("rendered without cairo") }
        XCTAssertEqual(path, replica)
        XCTAssertTrue(reason.contains("libcairo-absent.so.2") && reason.contains("install libcairo2"), reason)
        XCTAssertTrue(noCairo.description.hasPrefix(replica + ": cannot load cairo: "), noCairo.description)
        let rendered = try CFault.$failing.withValue([.pagePaths, .cairoLibrary]) {
            try PDFExtractor(rules: .whereTablesMayBe).extract(path: replica)
        }
        XCTAssertEqual(rendered.pages.count, 5)
        XCTAssertFalse(rendered.renderedRulePages.isEmpty)
        XCTAssertTrue(rendered.pages.allSatisfy { $0.rules == nil })
        // Scanned pages are rendered for recognition through the same two.
        XCTAssertThrowsError(try CFault.$failing.withValue([.popplerLibrary]) { try PageRasterizer(path: replica) }) { error in
            XCTAssertEqual((error as? PDFError)?.kind, "library_unavailable")
        }
        let rasterizer = try PageRasterizer(path: replica)
        XCTAssertThrowsError(try CFault.$failing.withValue([.cairoLibrary]) {
            try rasterizer.render(page: 1, pixelsPerPoint: 0.25, format: .gray)
        }) { error in
            guard case .libraryUnavailable(replica, _) = error as? RenderError else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(try rasterizer.render(page: 1, pixelsPerPoint: 0.25, format: .gray).width,
                       Int((try XCTUnwrap(rasterizer.size(ofPage: 1)).width * 0.25).rounded(.up)))
    }

    func testWrongOrEmptyPasswordIsAnErrorNotACrash() {
        // poppler 22.12 dereferences NULL when _from_bytes is given a wrong password (exit 139).
        for password in ["wrong", "", "密码", String(repeating: "x", count: 300)] {
            XCTAssertThrowsError(try PDFExtractor(password: password).extract(path: encrypted)) { error in
                XCTAssertEqual(error as? PDFError, .wrongPassword(path: encrypted))
                XCTAssertEqual((error as? PDFError)?.kind, "wrong_password")
            }
            XCTAssertThrowsError(try PageRenderer(password: password).png(path: encrypted, page: 1, overlays: [])) { error in
                XCTAssertEqual(error as? RenderError, .pdf(.wrongPassword(path: encrypted)))
            }
        }
        XCTAssertEqual(try PDFExtractor(password: "allot").extract(path: encrypted).pages.count, 5)
        XCTAssertThrowsError(try PDFExtractor().extract(path: encrypted)) { error in
            XCTAssertEqual(error as? PDFError, .encrypted(path: encrypted))
        }
    }

    func testPasswordOnAnUnencryptedFileIsIgnored() throws {
        XCTAssertEqual(try PDFExtractor(password: "anything").extract(path: replica).pages.count, 5)
    }
}
