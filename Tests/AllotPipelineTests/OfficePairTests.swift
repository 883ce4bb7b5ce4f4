import AllotModel
import AllotPipeline
import AllotReconcile
import Foundation
import XCTest

/// A notice published without its table, the table as a separate workbook named after the doc
/// number (Fixtures/office/pair-*, Scripts/make_office_fixtures.py): the batch joins them into one
/// notice, and the body's stated total (共计…万元) is checked against the workbook's table exactly as
/// against the same table printed inside the notice (NAME.pdf beside each folder).
final class OfficePairTests: XCTestCase {
    private func joined(_ name: String) throws -> Notice {
        FileManager.default.changeCurrentDirectoryPath(packageRoot.path)
        let result = BatchRunner(jobs: 2).run([packageRoot.appendingPathComponent("Fixtures/office/\(name)").path])
        XCTAssertEqual(result.failures.map(\.description), [], name)
        XCTAssertEqual(result.notices.count, 1, name)
        let notice = try XCTUnwrap(result.notices.first, name)
        XCTAssertEqual(notice.sources.map(\.role), [.primary, .attachment], name)
        XCTAssertEqual(notice.sources.map(\.kind), ["pdf", "xlsx"], name)
        return notice
    }

    private func whole(_ name: String) throws -> Notice {
        FileManager.default.changeCurrentDirectoryPath(packageRoot.path)
        return try NoticeProcessor().process(path: "Fixtures/office/\(name).pdf")
    }

    /// A text_table finding as compared across the two editions (the table's page differs).
    private func textTable(_ notice: Notice) -> [String] {
        notice.findings.filter { $0.check == .textTable }.map { finding in
            "\(finding.table)|\(finding.row)|\(finding.name)|\(finding.column)|\(finding.stated.map { "\($0)" } ?? "")|"
                + "\(finding.computed.map { "\($0)" } ?? "")|\(finding.related?.page ?? 0)"
        }
    }

    private func problems(_ notice: Notice) -> [String] {
        notice.findings.filter(\.isProblem).map { "\($0.check.rawValue)|\($0.table)|\($0.row)|\($0.name)" }.sorted()
    }

    func testAStatedTotalTheWorkbookDoesNotPrintIsOneFinding() throws {
        let pair = try joined("pair-total-differs")
        let reference = try whole("pair-total-differs")
        // The body says 23230万元; the workbook's 全省合计 prints 23130.
        XCTAssertEqual(textTable(reference), ["1|1|全省合计|中央资金|23230|23130|1"])
        XCTAssertEqual(textTable(pair), textTable(reference))
        XCTAssertEqual(problems(pair), problems(reference))
    }

    /// `allot check` on the folder counts each finding once: the workbook is given alone first (it
    /// sorts before 通知.pdf), then again joined to its notice, kept from the PDF.
    func testCheckCountsTheJoinedNoticesFindingsOnce() throws {
        let run = try runAllot(["check", "--lang", "en", "Fixtures/office/pair-total-differs"])
        XCTAssertEqual(run.status, 1, run.errors)
        XCTAssertTrue(run.output.contains("1 notice checked, 3 findings (1 error, 2 warnings)"), run.output)
        XCTAssertEqual(run.output.components(separatedBy: "[misplaced_region]").count - 1, 1, run.output)
    }

    func testAStatedTotalTheWorkbookPrintsIsComparedAndAgrees() throws {
        let pair = try joined("pair-total-agrees")
        let reference = try whole("pair-total-agrees")
        XCTAssertEqual(textTable(pair), [])
        XCTAssertEqual(problems(pair), problems(reference))
        // compared, not passed over: the figure links to the workbook's total and agrees
        let tally = NarrativeCheck.tally(pair.bodyFigures, tables: pair.tables, findings: pair.findings)
        XCTAssertEqual(tally.linked, 1)
        XCTAssertEqual(tally.agreeing, 1)
    }
}
