import AllotModel
import AllotNotice
import AllotPipeline
import AllotReconcile
import AllotReport
import Foundation
import XCTest

/// The cross-check fixtures (Scripts/make_cross_fixtures.py): a budget disclosure whose tables
/// restate each other and whose explanation restates the tables and states shares and growth rates.
/// Every injected mismatch is found exactly once, with both places; the consistent variant gives no
/// cross_table, text_table or text_percentage finding (only the growth the text cuts, a note in
/// every variant); and the restatements were compared, not skipped.
final class CrossFixtureTests: XCTestCase {
    static let names = ["cross-consistent", "cross-table-broken", "cross-text-broken"]
    static let checks: Set<Check> = [.crossTable, .textTable, .textPercentage, .percentageTruncated]

    private func notice(_ name: String) throws -> Notice {
        FileManager.default.changeCurrentDirectoryPath(packageRoot.path)
        return try NoticeProcessor().process(path: "Fixtures/cross/\(name).pdf")
    }

    /// A finding as the expected file writes it.
    private func key(_ finding: Finding, in notice: Notice) -> [String] {
        func code(_ table: Int, _ row: Int) -> String {
            notice.tables.first { $0.index == table }?.rows.first { $0.number == row }?.code ?? ""
        }
        let related = finding.related
        return [finding.check.rawValue, "\(finding.table)", code(finding.table, finding.row), finding.name, finding.column,
                finding.stated.map { "\($0)" } ?? "", finding.computed.map { "\($0)" } ?? "",
                "\(related?.table ?? -1)", related.map { code($0.table, $0.row) } ?? "", "\(related?.page ?? -1)"]
    }

    func testEveryInjectedMismatchIsFoundOnceAndNothingElse() throws {
        for name in Self.names {
            let notice = try notice(name)
            let found = notice.findings.filter { Self.checks.contains($0.check) }
            let expected = try readSimpleCSV("Fixtures/cross/\(name).expected.csv").map { row in
                ["check_name", "table_no", "code", "name", "column_name", "stated", "computed", "related_table_no",
                 "related_code", "related_page"].map { column in
                    let text = row[column] ?? ""
                    // Decimals as Decimal prints them (1005.31, 20298880).
                    if ["stated", "computed"].contains(column), let value = Decimal(string: text) { return "\(value)" }
                    return text
                }
            }
            XCTAssertEqual(found.map { key($0, in: notice) }.sorted { $0.lexicographicallyPrecedes($1) },
                           expected.sorted { $0.lexicographicallyPrecedes($1) }, name)
            // Only the injected figures disagree: the tables' own sums hold (rounding notes aside).
            XCTAssertEqual(notice.findings.filter { $0.isProblem && !Self.checks.contains($0.check) }
                .map(\.message), [], name)
            XCTAssertEqual(notice.tables.count, 3, name)
        }
    }

    func testTheTextWasComparedNotSkipped() throws {
        FileManager.default.changeCurrentDirectoryPath(packageRoot.path)
        let trace = try NoticeProcessor().trace(path: "Fixtures/cross/cross-consistent.pdf")
        let figures = BodyFigures.read(trace.scan.bodyLines)
        let own = trace.notice.findings.filter { !Self.checks.contains($0.check) }
        let tally = NarrativeCheck.tally(figures, tables: trace.notice.tables, findings: own)
        // 一般公共预算支出, 基本支出, 项目支出, the 基本支出 paragraph (3), seven items and the two 预算安排
        // restatements: every stated amount except the rise over last year and last year's two 执行数.
        XCTAssertEqual(figures.filter { $0.kind == .amount }.count, 18)
        XCTAssertEqual(tally.linked, 15)
        XCTAssertEqual(tally.agreeing, 15)
        // The shares of 基本支出 and 项目支出, the change of the whole (cut: a note) and the growth of
        // two items over last year's 执行数.
        XCTAssertEqual(figures.filter { $0.kind == .percent }.count, 5)
        XCTAssertEqual([tally.percentages, tally.percentagesAgreeing], [5, 5])
    }

    func testAFindingNamesBothPlaces() throws {
        let broken = try notice("cross-text-broken")
        let finding = try XCTUnwrap(broken.findings.first { $0.check == .textTable && $0.name == "住房公积金" })
        XCTAssertEqual(finding.related?.table, 0)
        XCTAssertTrue(finding.related?.quote.contains("2025年预算安排1005.31万元") ?? false)
        XCTAssertTrue(finding.message.contains("1005.31万元"), finding.message)
        XCTAssertTrue(finding.message.contains("2053107.00 元"), finding.message)
        let growth = try XCTUnwrap(broken.findings.first { $0.check == .textPercentage && $0.name == "行政运行" })
        XCTAssertEqual(growth.related?.value, Decimal(string: "10.53"))
        XCTAssertTrue(growth.related?.quote.contains("比2024年预算执行数增长10.53%") ?? false)
        XCTAssertTrue(growth.message.contains("(195.4555 − 181.77) / 181.77"), growth.message)
        XCTAssertTrue(growth.messageZH.contains("即表 1 第 3 行"), growth.messageZH)
        let cross = try notice("cross-table-broken").findings.filter { $0.check == .crossTable }
        XCTAssertEqual(cross.map { [$0.table, $0.related?.table ?? 0] }, [[2, 1]])
        XCTAssertEqual(cross.first?.related?.column, "基本支出")
    }

    /// A citing / cited pair read as one batch: the note with both figures and the share, and a
    /// finding only where the citing notice states the amount the cited one gives and it differs.
    /// The batch gives the same whatever the order and the number of jobs.
    func testCitingAndCitedNoticesInOneBatch() throws {
        FileManager.default.changeCurrentDirectoryPath(packageRoot.path)
        for name in ["citation-consistent", "citation-broken"] {
            let expected = try readSimpleCSV("Fixtures/cross/\(name).expected.csv")
            for jobs in [1, 2] {
                let result = BatchRunner(jobs: jobs).run(["Fixtures/cross/\(name)"])
                XCTAssertEqual(result.failures.map(\.description), [], name)
                let citing = try XCTUnwrap(result.notices.first { $0.id == "晋财农〔2022〕150号" })
                let found = citing.findings.filter { $0.check == .citation || $0.check == .citationMismatch }
                XCTAssertEqual(Set(found.map { [$0.check.rawValue, "\($0.stated ?? 0)", "\($0.computed ?? 0)"] }),
                               Set(expected.map { [$0["check_name"] ?? "", $0["stated"] ?? "", $0["computed"] ?? ""] }),
                               "\(name) jobs \(jobs)")
                let note = try XCTUnwrap(found.first { $0.check == .citation })
                XCTAssertTrue(note.message.contains("\(expected.first?["share"] ?? "")%"), note.message)
                XCTAssertEqual(note.related?.name, "财农〔2022〕90号 山西省")
                // The body's own total and region restate the table: no text_table finding.
                XCTAssertEqual(citing.findings.filter { $0.check == .textTable }, [])
                let national = try XCTUnwrap(result.notices.first { $0.id == "财农〔2022〕90号" })
                XCTAssertEqual(national.findings.filter(\.isProblem), [])
            }
        }
    }

    /// `allot show` marks both places: the other table's cell on its page, the sentence's lines on its.
    func testShowMarksBothPlaces() throws {
        FileManager.default.changeCurrentDirectoryPath(packageRoot.path)
        func marks(_ name: String, page: Int) throws -> Int {
            let trace = try NoticeProcessor().trace(path: "Fixtures/cross/\(name).pdf")
            let red = OverlayStyle.finding(Box(x0: 0, y0: 0, x1: 1, y1: 1)).stroke
            return PageOverlays.build(PageOverlayInput(page: page, notice: trace.notice, scan: trace.scan))
                .filter { $0.stroke == red }.count
        }
        XCTAssertEqual(try marks("cross-table-broken", page: 2), 1, "table 1's 基本支出 合计, the second place")
        XCTAssertEqual(try marks("cross-table-broken", page: 3), 1, "table 2's 合计, the first place")
        XCTAssertGreaterThanOrEqual(try marks("cross-text-broken", page: 1), 3, "the lines of the three sentences")
        XCTAssertEqual(try marks("cross-consistent", page: 1), 0)
    }
}
