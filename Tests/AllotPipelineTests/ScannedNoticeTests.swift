import AllotModel
import AllotPipeline
import Foundation
import XCTest

/// Scanned notices (Fixtures/scanned, made by Scripts/make_scanned_fixtures.py from the text-layer
/// fixtures): read by OCR, every recognized amount verified by the table's own sums. Skipped with a
/// message when Tesseract or its Chinese data is not installed (`make setup` installs them).
final class ScannedNoticeTests: XCTestCase {
    /// Each fixture is read once for all tests (OCR takes seconds a page).
    private static let cache = NoticeCache()

    private func scanned(_ name: String) throws -> Notice {
        FileManager.default.changeCurrentDirectoryPath(packageRoot.path)
        switch Self.cache.notice("Fixtures/scanned/\(name).pdf") {
        case let .success(notice): return notice
        case let .failure(error) where error.kind == "ocr_unavailable":
            throw XCTSkip("Tesseract is not installed (\(error.description)); run `make setup`")
        case let .failure(error): throw error
        }
    }

    /// The text-layer golden rows of a fixture: level, name and amount per row, in order.
    private func golden(_ name: String) throws -> [(level: String, name: String, amount: String)] {
        let url = packageRoot.appendingPathComponent("Fixtures/golden/\(name)/allocations.csv")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        let header = lines.first.map { $0.split(separator: ",").map(String.init) } ?? []
        let level = try XCTUnwrap(header.firstIndex(of: "level"))
        let label = try XCTUnwrap(header.firstIndex(of: "name"))
        let amount = try XCTUnwrap(header.firstIndex(of: "amount"))
        return lines.dropFirst().map { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return (fields[level], fields[label], fields[amount])
        }
    }

    /// Rows as read, without the rows that carry neither a name nor an amount (OCR debris that
    /// the verification already marks ocr_uncertain).
    private func rows(_ notice: Notice) -> [AllocationRow] {
        notice.tables.flatMap(\.rows).filter { !$0.name.isEmpty || $0.amounts.contains { $0 != nil } }
    }

    func testOnlyImagePagesAreRecognized() throws {
        let notice = try scanned("jxzf-2022-125-ambiguous")
        XCTAssertEqual(notice.scannedPages, [3, 4, 5], "pages 1-2 keep their text layer")
        XCTAssertEqual(notice.id, "晋乡振发〔2022〕125号")
    }

    func testTheSumsDecideTheAmbiguousDigit() throws {
        let notice = try scanned("jxzf-2022-125-ambiguous")
        let corrections = notice.findings.filter { $0.check == .ocrCorrected }
        XCTAssertEqual(corrections.count, 1, "\(corrections)")
        let correction = try XCTUnwrap(corrections.first)
        XCTAssertEqual(correction.page, 3)
        XCTAssertTrue(correction.message.contains("read 3310, corrected to 3810"), correction.message)
        XCTAssertFalse(correction.isProblem, "a correction is a note")
        let row = try XCTUnwrap(notice.tables.first?.rows.first { $0.number == correction.row })
        XCTAssertEqual(row.amounts.first??.text, "3810")
        XCTAssertEqual(row.amountSource, .ocrCorrected)
    }

    func testAmountsAndLevelsMatchTheTextLayer() throws {
        let notice = try scanned("jxzf-2022-125-ambiguous")
        let read = rows(notice)
        let expected = try golden("jxzf-2022-125")
        XCTAssertEqual(read.count, expected.count)
        XCTAssertEqual(read.map(\.level.rawValue), expected.map(\.level))
        let uncertain = notice.findings.filter { $0.check == .ocrUncertain }
        for (row, truth) in zip(read, expected) where row.amounts.first??.text != truth.amount {
            // A wrong amount is never silent: the sum it is in is flagged as an uncertain reading.
            XCTAssertTrue(uncertain.contains { $0.row == row.number || $0.row == row.parent },
                          "row \(row.number) reads \(row.rawAmounts) for \(truth.amount), unflagged")
        }
        let exact = zip(read, expected).filter { $0.amounts.first??.text == $1.amount }.count
        XCTAssertGreaterThanOrEqual(exact, expected.count - 2, "amount cells read exactly")
        XCTAssertTrue(read.allSatisfy { $0.amountSource != .textLayer && $0.minConfidence != nil })
    }

    func testAnImageOnlyPageNeverBlamesTheDocumentForItsOwnMisreading() throws {
        // The unchanged table reconciles: whatever fails as read is OCR's doubt, never an
        // arithmetic finding.
        let notice = try scanned("jxzf-2022-125-ambiguous")
        XCTAssertEqual(notice.findings.filter(\.check.isArithmetic), [])
    }

    func testTheDocumentsOwnMisprintsSurviveTheScan() throws {
        let notice = try scanned("jxzf-2022-125-misprint-scanned")
        let arithmetic = notice.findings.filter(\.check.isArithmetic)
            + notice.findings.filter { $0.check == .ocrUncertain && $0.stated != nil }
        // Both misprints are found (as the document's error, or as a doubt when the reading
        // cannot vouch for every digit); none is corrected away.
        XCTAssertEqual(Set(arithmetic.map(\.row)), [1, 34], "\(arithmetic)")
        XCTAssertEqual(notice.findings.filter { $0.check == .ocrCorrected }, [])
        let subtotal = try XCTUnwrap(arithmetic.first { $0.row == 34 })
        XCTAssertEqual(subtotal.stated, 26989)
    }
}

/// Notices processed once per test run, keyed by path.
private final class NoticeCache: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [String: Result<Notice, ProcessError>] = [:]

    func notice(_ path: String) -> Result<Notice, ProcessError> {
        lock.lock()
        defer { lock.unlock() }
        if let cached = results[path] { return cached }
        let result = Result { () throws(ProcessError) -> Notice in try NoticeProcessor().process(path: path) }
        results[path] = result
        return result
    }
}
