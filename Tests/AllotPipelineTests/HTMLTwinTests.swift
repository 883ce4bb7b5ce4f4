import AllotModel
import AllotPipeline
import Foundation
import XCTest

/// HTML editions of a notice give the same rows as the PDF; the planted transcription error is
/// reported exactly once; GBK and malformed pages parse; a page without a table is metadata only.
final class HTMLTwinTests: XCTestCase {
    private func process(_ path: String) throws -> Notice {
        FileManager.default.changeCurrentDirectoryPath(packageRoot.path)
        return try NoticeProcessor().process(path: path)
    }

    private func cells(_ notice: Notice) -> [String] {
        notice.tables.flatMap { table in
            table.rows.map { row in
                "\(row.level.rawValue)|\(row.name)|\(row.amounts.map { $0?.text ?? "" }.joined(separator: "/"))|\(row.remark)"
            }
        }
    }

    func testHTMLEditionsMatchThePDFRowByRow() throws {
        let pdf = try process("Fixtures/notices/jxzf-2022-125.pdf")
        for page in ["jxzf-2022-125.html", "jxzf-2022-125-gbk.html"] {
            let html = try process("Fixtures/html/\(page)")
            XCTAssertEqual(html.id, pdf.id, page)
            XCTAssertEqual(cells(html), cells(pdf), page)
            XCTAssertEqual(html.tables.first?.rows.map(\.divisionCode), pdf.tables.first?.rows.map(\.divisionCode))
        }
    }

    func testPlantedTranscriptionErrorIsReportedOnce() throws {
        var result = BatchResult()
        BatchRunner(jobs: 2).run(["Fixtures/notices/jxzf-2022-125.pdf", "Fixtures/html/jxzf-2022-125-typo.html"]) {
            switch $0 {
            case let .success(notice): result.notices.append(notice)
            case let .failure(error): result.failures.append(error)
            }
        }
        XCTAssertEqual(result.failures.count, 0)
        // One notice kept, from the PDF, with exactly one source_mismatch.
        XCTAssertEqual(result.notices.map(\.sourceFile), ["Fixtures/notices/jxzf-2022-125.pdf"])
        let mismatches = result.notices.flatMap(\.findings).filter { $0.check.rawValue == "source_mismatch" }
        XCTAssertEqual(mismatches.count, 1)
        XCTAssertEqual(mismatches.first?.name, "沁水县")
        XCTAssertTrue(mismatches.first?.message.contains("PDF 2095, HTML 2059") ?? false)
    }

    func testMalformedAndRowspanPagesParseAndNoTablePageIsMetadataOnly() throws {
        XCTAssertFalse(try process("Fixtures/html/malformed.html").tables.isEmpty)
        let grid = try process("Fixtures/html/rowspan-colspan.html")
        XCTAssertEqual(grid.findings.filter(\.isProblem).map(\.message), [])
        XCTAssertGreaterThanOrEqual(grid.tables.first?.amountColumns.count ?? 0, 2)
        let bare = try process("Fixtures/html/no-table.html")
        XCTAssertTrue(bare.tables.isEmpty)
        XCTAssertEqual(bare.findings.map(\.check.rawValue), ["no_table"])
    }
}
