@testable import AllotPDF
import AllotModel
import Foundation
import XCTest

/// The one pass over a page (`PopplerPaths`, text and marks together) reads the same text, glyph
/// boxes and font sizes as poppler-glib's three text calls, bit for bit, on every page of every
/// PDF fixture; with ALLOT_ONEPASS_FILES naming a file of PDF paths (one a line), on those too
/// (the peers and real corpora: see README, speed).
final class OnePassTests: XCTestCase {
    func testOnePassReadsWhatPopplerGlibReadsOnEveryFixture() throws {
        let fixtures = packageRoot.appendingPathComponent("Fixtures")
        let paths = (FileManager.default.enumerator(atPath: fixtures.path)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".pdf") }.sorted().map { fixtures.appendingPathComponent($0).path }
        XCTAssertGreaterThan(paths.count, 50)
        let tally = compare(paths)
        XCTAssertGreaterThan(tally.pages, 100)
        XCTAssertGreaterThan(tally.pagesWithText, 100)
        XCTAssertEqual(tally.differing, [])
    }

    func testOnePassOnListedFiles() throws {
        guard let list = ProcessInfo.processInfo.environment["ALLOT_ONEPASS_FILES"] else {
            throw XCTSkip("ALLOT_ONEPASS_FILES not set")
        }
        let paths = try String(contentsOfFile: list, encoding: .utf8).split(separator: "\n").map(String.init)
        let tally = compare(paths)
        print("ONEPASS files \(paths.count) opened \(tally.files) pages \(tally.pages) with text \(tally.pagesWithText) "
            + "identical \(tally.pages - tally.differing.count) differing \(tally.differing.count)")
        for page in tally.differing { print("ONEPASS differs \(page)") }
        XCTAssertEqual(tally.differing, [])
    }

    /// A page outside the document is an error from the C side, never a crash.
    func testPagesOutsideTheDocumentAreErrors() throws {
        let path = packageRoot.appendingPathComponent("Fixtures/notices/jxzf-2022-125.pdf").path
        let file = try PDFExtractor.read(path: path)
        let pages = try PopplerPaths.open(bytes: file.bytes, password: nil)
        XCTAssertEqual(pages.pageCount, 5)
        XCTAssertThrowsError(try pages.page(at: 5))
        XCTAssertThrowsError(try pages.page(at: -1))
        let first = try pages.page(at: 0)
        XCTAssertFalse(try XCTUnwrap(first.raw).text.isEmpty)
    }

    private struct Tally {
        var files = 0
        var pages = 0
        var pagesWithText = 0
        var differing: [String] = []
    }

    private func compare(_ paths: [String]) -> Tally {
        var tally = Tally()
        for path in paths {
            guard let file = try? PDFExtractor.read(path: path), let document = try? PDFExtractor.open(file, password: nil) else { continue }
            guard let pages = try? PopplerPaths.open(bytes: file.bytes, password: nil) else {
                tally.differing.append("\(path): poppler's core did not open it")
                continue
            }
            tally.files += 1
            for index in 0..<document.pageCount {
                tally.pages += 1
                let glib = document.loadPage(at: index)?.raw()
                let onePass = (try? pages.page(at: index))?.raw
                if let glib, !glib.text.isEmpty { tally.pagesWithText += 1 }
                if let difference = Self.difference(glib, onePass) {
                    tally.differing.append("\(path) p.\(index + 1): \(difference)")
                }
            }
        }
        return tally
    }

    /// What differs between two readings of a page, nil when nothing does (doubles compared bit for bit).
    static func difference(_ a: Poppler.RawPage?, _ b: Poppler.RawPage?) -> String? {
        guard let a, let b else { return a == nil && b == nil ? nil : "read one way only" }
        if a.width.bitPattern != b.width.bitPattern || a.height.bitPattern != b.height.bitPattern { return "size" }
        if a.text != b.text { return "text" }
        if a.boxes.count != b.boxes.count { return "box count \(a.boxCount) against \(b.boxCount)" }
        for (index, (x, y)) in zip(a.boxes, b.boxes).enumerated() where x.bitPattern != y.bitPattern {
            return "box \(index / 4)"
        }
        if a.fontSizes.count != b.fontSizes.count { return "run count \(a.fontSizes.count) against \(b.fontSizes.count)" }
        for (index, (x, y)) in zip(a.fontSizes, b.fontSizes).enumerated()
            where x.start != y.start || x.end != y.end || x.size.bitPattern != y.size.bitPattern {
            return "run \(index)"
        }
        return nil
    }
}
