import AllotModel
import AllotNotice
import AllotPipeline
import AllotReconcile
import Foundation
import XCTest

/// The real disclosures in ../shared/corpora/real (skipped when absent) against their own tables
/// and explanations. Fixtures/real-truth/cross-findings.csv lists every disagreement checked by
/// hand (amounts, percentages, and the percentages printed cut, notes): those marked `found` must
/// be reported, and nothing else may be, except those marked `pending` (real, checked by hand, but
/// in tables the engine does not read with confidence yet). The explanations were compared, not
/// skipped: the amounts linked to cells and the percentages linked to their figures mostly agree.
final class RealCrossCheckTests: XCTestCase {
    private let corpus = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpora/real")
    private let names = ["r04-sh-putuo-shangwu-2025-budget.pdf", "r05-sh-putuo-sfj-2026-budget.pdf",
                         "r06-sh-putuo-czj-2025-budget.pdf", "r07-sh-putuo-czj-2024-final.pdf",
                         "r08-sh-putuo-ghzy-2024-final.pdf"]

    func testOnlyTheDisagreementsCheckedByHand() throws {
        let golden = try readSimpleCSV("Fixtures/real-truth/cross-findings.csv")
        func key(_ row: [String: String]) -> String {
            ["file", "check_name", "sentence_page", "stated", "computed"].map { column in
                let text = row[column] ?? ""
                return ["stated", "computed"].contains(column) ? Decimal(string: text).map { "\($0)" } ?? text : text
            }.joined(separator: " ")
        }
        let found = Set(golden.filter { $0["status"] == "found" }.map(key))
        let pending = Set(golden.filter { $0["status"] == "pending" }.map(key))
        var reported: Set<String> = []
        var linked: [String: (Int, Int)] = [:]
        var percentages: [String: (Int, Int)] = [:]
        let checks: Set<Check> = [.textTable, .crossTable, .textPercentage, .percentageTruncated]
        var compared: [String: Int] = [:]
        for name in names {
            let path = corpus.appendingPathComponent(name).path
            guard FileManager.default.fileExists(atPath: path) else { throw XCTSkip("\(path) is absent") }
            let trace = try NoticeProcessor().trace(path: path)
            for finding in trace.notice.findings where checks.contains(finding.check) {
                let page = finding.check == .crossTable ? finding.page : finding.related?.page ?? 0
                reported.insert([name, finding.check.rawValue, "\(page)", finding.stated.map { "\($0)" } ?? "",
                                 finding.computed.map { "\($0)" } ?? ""].joined(separator: " "))
            }
            let own = trace.notice.findings.filter { !checks.contains($0.check) }
            let tally = NarrativeCheck.tally(BodyFigures.read(trace.scan.bodyLines), tables: trace.notice.tables,
                                             findings: own)
            linked[name] = (tally.linked, tally.agreeing)
            percentages[name] = (tally.percentages, tally.percentagesAgreeing)
            compared[name] = CrossTableCheck.tally(trace.notice.tables, findings: own).compared
        }
        XCTAssertEqual(found.subtracting(reported), [], "hand-checked disagreements not reported")
        XCTAssertEqual(reported.subtracting(found).subtracting(pending), [], "reported, not checked by hand")
        // Measured 2026-11-30: r04 16 of 16 linked amounts agree, r05 27 of 28, r06 16 of 18; figures
        // compared across tables: r04 14, r05 9, r06 9.
        XCTAssertGreaterThanOrEqual(linked["r04-sh-putuo-shangwu-2025-budget.pdf"]?.1 ?? 0, 16)
        XCTAssertGreaterThanOrEqual(linked["r05-sh-putuo-sfj-2026-budget.pdf"]?.1 ?? 0, 27)
        XCTAssertGreaterThanOrEqual(linked["r06-sh-putuo-czj-2025-budget.pdf"]?.1 ?? 0, 16)
        // Percentages linked to their two figures (cells or text): r05 13 (the growth of each item over
        // last year's 执行数), r07 13, r08 24 (shares, completions, changes over 2023).
        XCTAssertGreaterThanOrEqual(percentages["r05-sh-putuo-sfj-2026-budget.pdf"]?.0 ?? 0, 13)
        XCTAssertGreaterThanOrEqual(percentages["r07-sh-putuo-czj-2024-final.pdf"]?.0 ?? 0, 13)
        XCTAssertGreaterThanOrEqual(percentages["r08-sh-putuo-ghzy-2024-final.pdf"]?.0 ?? 0, 24)
        // Figures printed in two tables or more (codes, 类 of the 收支总表, totals), all agreeing.
        XCTAssertGreaterThanOrEqual(compared["r04-sh-putuo-shangwu-2025-budget.pdf"] ?? 0, 14)
        XCTAssertGreaterThanOrEqual(compared["r05-sh-putuo-sfj-2026-budget.pdf"] ?? 0, 9)
        XCTAssertGreaterThanOrEqual(compared["r06-sh-putuo-czj-2025-budget.pdf"] ?? 0, 9)
        print("cross-table figures compared: \(compared.sorted { $0.key < $1.key })")
        print("narrative amounts linked, agreeing: \(linked.sorted { $0.key < $1.key })")
        print("narrative percentages compared, agreeing: \(percentages.sorted { $0.key < $1.key })")
    }
}
