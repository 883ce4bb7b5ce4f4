import AllotModel
import AllotPDF
import Foundation
import XCTest

let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

final class PDFExtractorTests: XCTestCase {
    private let replica = packageRoot.appendingPathComponent("Fixtures/notices/jxzf-2022-125.pdf").path

    func testReplicaPagesCarryPositionedGlyphs() throws {
        let document = try PDFExtractor().extract(path: replica)
        XCTAssertEqual(document.pages.count, 5)
        XCTAssertEqual(document.sha256.count, 64)
        let page3 = document.pages[2]
        XCTAssertEqual(page3.number, 3)
        XCTAssertEqual(page3.width, 595.3, accuracy: 1)
        let text = page3.glyphs.map(\.text).joined()
        XCTAssertTrue(text.contains("全省合计"), text)
        // Every glyph has a real box on the page and a font size.
        for glyph in page3.glyphs where !glyph.isSpace {
            XCTAssertGreaterThan(glyph.box.width, 0)
            XCTAssertGreaterThan(glyph.fontSize, 0)
            XCTAssertLessThanOrEqual(glyph.box.x1, page3.width)
        }
    }

    func testMissingFileIsUnreadable() {
        XCTAssertThrowsError(try PDFExtractor().extract(path: "/nonexistent/notice.pdf")) { error in
            guard case let .unreadable(path, reason) = error as? PDFError else {
                return XCTFail("unexpected \(error)")
            }
            XCTAssertEqual(path, "/nonexistent/notice.pdf")
            XCTAssertFalse(reason.isEmpty)
        }
    }

    func testEmptyFile() {
        XCTAssertThrowsError(try PDFExtractor().extract(bytes: [], path: "empty.pdf")) { error in
            XCTAssertEqual(error as? PDFError, .empty(path: "empty.pdf"))
        }
    }

    func testNotAPDFIsDamagedNotACrash() {
        let bytes = Array("<html>这不是PDF</html>".utf8)
        XCTAssertThrowsError(try PDFExtractor().extract(bytes: bytes, path: "fake.pdf")) { error in
            let pdfError = error as? PDFError
            XCTAssertEqual(pdfError?.kind, "not_a_pdf_or_damaged", "\(error)")
            XCTAssertTrue(pdfError?.description.hasPrefix("fake.pdf: ") ?? false)
        }
    }

    func testTruncatedPDFDoesNotCrash() throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: replica)))
        let truncated = Array(bytes.prefix(bytes.count / 3))
        do {
            let document = try PDFExtractor().extract(bytes: truncated, path: "cut.pdf")
            // poppler may repair what it can; whatever it returns must be well-formed.
            XCTAssertEqual(document.path, "cut.pdf")
        } catch {
            XCTAssertEqual(error.path, "cut.pdf")
        }
    }

    func testDocumentsOnSeparateThreadsAreIndependent() throws {
        let path = replica
        let counts = Counts()
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            counts.add((try? PDFExtractor().extract(path: path).pages.reduce(0) { $0 + $1.glyphs.count }) ?? -1)
        }
        let all = counts.values
        XCTAssertEqual(all.count, 4)
        XCTAssertGreaterThan(all.first ?? 0, 0)
        XCTAssertEqual(Set(all).count, 1)
    }
}

/// A lock-protected list of numbers filled from several threads.
private final class Counts: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Int] = []

    func add(_ value: Int) {
        lock.lock()
        storage.append(value)
        lock.unlock()
    }

    var values: [Int] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}
