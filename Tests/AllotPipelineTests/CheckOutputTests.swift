import Foundation
import XCTest

/// What `allot check` prints for findings about a whole notice or a whole table, in every format,
/// and what `--quiet` leaves out.
final class CheckOutputTests: XCTestCase {
    /// A note about the whole notice with no page (no_table), an error about the whole notice
    /// quoting page 1's text (citation_mismatch) and a note about a whole table (incomplete_table:
    /// a page inside it that gave no rows, itself a missing_page error; property-007, which had
    /// such a note for its last page, a ruled one, is read whole since session 28).
    private let inputs = ["Fixtures/html/no-table.html", "Fixtures/cross/citation-broken",
                          "Fixtures/bad/damaged-page.pdf"]

    private func json(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], text)
    }

    /// Each line printed by `check`, whose file path starts the line.
    private func findingLines(_ output: String) -> [String] {
        output.split(separator: "\n").map(String.init).filter { $0.hasPrefix("Fixtures/") }
    }

    func testNoticeAndTableFindingsNameNoTableRowOrPageZero() throws {
        let english = try runAllot(["check", "-q", "--lang", "en"] + inputs)
        XCTAssertEqual(english.status, 1, english.errors)
        let lines = findingLines(english.output)
        XCTAssertTrue(lines.contains { $0.hasPrefix("Fixtures/cross/citation-broken/shanxi.html:1: 晋财农〔2022〕150号 [citation_mismatch] 山西省: ") },
                      english.output)
        for line in lines {
            for fake in [":0:", " table 0", " row 0", "(page 0)", "page 0 "] {
                XCTAssertFalse(line.contains(fake), "\(fake) in \(line)")
            }
        }
        let verbose = try runAllot(["check", "-q", "--strict", "--lang", "en"] + inputs)
        let all = findingLines(verbose.output)
        XCTAssertTrue(all.contains("Fixtures/html/no-table.html: 晋乡振函〔2023〕12号 [no_table] no allocation table found; metadata only"),
                      verbose.output)
        XCTAssertTrue(all.contains { $0.hasPrefix("Fixtures/bad/damaged-page.pdf:4: 晋乡振发〔2022〕125号 table 1 [incomplete_table] ") },
                      verbose.output)
        XCTAssertFalse(all.contains { $0.contains(" table 0") || $0.contains(" row 0") || $0.contains(":0:") }, verbose.output)

        let chinese = try runAllot(["check", "-q", "--strict", "--lang", "zh"] + inputs)
        let zh = findingLines(chinese.output)
        XCTAssertTrue(zh.contains { $0.hasPrefix("Fixtures/html/no-table.html: 晋乡振函〔2023〕12号 [no_table] ") }, chinese.output)
        XCTAssertTrue(zh.contains { $0.hasPrefix("Fixtures/bad/damaged-page.pdf:4: 晋乡振发〔2022〕125号 表1 [incomplete_table] ") },
                      chinese.output)
        XCTAssertFalse(zh.contains { $0.contains("表0") || $0.contains("行0") || $0.contains(":0:") }, chinese.output)

        // JSON: null where there is no table, row or page, in the record and in its locations.
        let document = try json(try runAllot(["check", "-q", "--format", "json"] + inputs).output)
        let findings = (document["notices"] as? [[String: Any]] ?? []).flatMap { $0["findings"] as? [[String: Any]] ?? [] }
        let byCheck = Dictionary(findings.map { (($0["check_name"] as? String) ?? "", $0) }, uniquingKeysWith: { first, _ in first })
        let noTable = try XCTUnwrap(byCheck["no_table"])
        let incomplete = try XCTUnwrap(byCheck["incomplete_table"])
        let citation = try XCTUnwrap(byCheck["citation_mismatch"])
        for (finding, table, page) in [(noTable, nil, nil), (incomplete, 1, 4), (citation, nil, 1)] as [([String: Any], Int?, Int?)] {
            let location = try XCTUnwrap((finding["locations"] as? [[String: Any]])?.first)
            for fields in [finding, location] {
                XCTAssertEqual(fields["table_no"] as? Int, table, "\(fields)")
                XCTAssertTrue(fields["row_no"] is NSNull, "\(fields)")
                XCTAssertEqual(fields["page"] as? Int, page, "\(fields)")
                if table == nil { XCTAssertTrue(fields["table_no"] is NSNull, "\(fields)") }
                if page == nil { XCTAssertTrue(fields["page"] is NSNull, "\(fields)") }
            }
        }

        // JUnit: the same places.
        let junit = try runAllot(["check", "-q", "--strict", "--format", "junit"] + inputs).output
        XCTAssertTrue(junit.contains(">Fixtures/html/no-table.html: [no_table] no allocation table found"), junit)
        XCTAssertTrue(junit.contains(">Fixtures/bad/damaged-page.pdf:4: table 1 [incomplete_table] "), junit)
        XCTAssertFalse(junit.contains("table 0") || junit.contains("row 0") || junit.contains(":0:"), junit)
    }

    /// The HTML report says "whole notice" and "table 1" where a finding has no table or no row.
    func testReportNamesTheWholeNoticeAndTheWholeTable() throws {
        let folder = try temporaryFolder("allot-places")
        let dataset = folder.appendingPathComponent("dataset").path
        let rebuild = try runAllot(["rebuild", "-q"] + inputs + ["--out", dataset])
        XCTAssertEqual(rebuild.status, 0, rebuild.errors)
        let page = folder.appendingPathComponent("report.html").path
        XCTAssertEqual(try runAllot(["report", dataset, "-o", page]).status, 0)
        let html = try String(contentsOfFile: page, encoding: .utf8)
        XCTAssertTrue(html.contains("<li>整份通知 whole notice: "), "no_table")
        XCTAssertTrue(html.contains("<li>表1 table 1, <a href=\"Fixtures/bad/damaged-page.pdf#page=4\" class=\"page\">"),
                      "incomplete_table")
        for fake in ["行0", "row 0", "p. 0", "第0页", "#page=0", "-r0\""] {
            XCTAssertFalse(html.contains(fake), fake)
        }
    }

    /// Quiet, check prints what fails the run and the summary, which still counts the notes;
    /// with --strict the notes fail it and are printed.
    func testQuietPrintsOnlyWhatFailsTheRunAndCountsEverything() throws {
        let loud = try runAllot(["check", "--lang", "en"] + inputs)
        let quiet = try runAllot(["check", "-q", "--lang", "en"] + inputs)
        let strict = try runAllot(["check", "-q", "--strict", "--lang", "en"] + inputs)
        XCTAssertEqual(loud.status, 1)
        XCTAssertEqual(quiet.status, 1)
        XCTAssertEqual(strict.status, 1)
        let summary = "4 notices checked, 2 findings (2 errors, 0 warnings), 4 notes, 0 unreadable, 0 files skipped"
        for run in [loud, quiet, strict] {
            XCTAssertEqual(run.output.split(separator: "\n").last.map(String.init), summary, run.output)
        }
        XCTAssertTrue(loud.output.contains("\nnotes:\n"), loud.output)
        XCTAssertEqual(findingLines(loud.output).count, 6, loud.output)
        XCTAssertFalse(quiet.output.contains("notes:"), quiet.output)
        XCTAssertEqual(findingLines(quiet.output).count, 2, quiet.output)
        XCTAssertTrue(findingLines(quiet.output).first?.contains("[citation_mismatch]") == true, quiet.output)
        XCTAssertTrue(quiet.errors.isEmpty, quiet.errors)
        XCTAssertEqual(findingLines(strict.output), findingLines(loud.output))
        // A clean notice with notes only: quiet prints the summary alone and passes.
        let notesOnly = try runAllot(["check", "-q", "--lang", "en", "Fixtures/html/no-table.html"])
        XCTAssertEqual(notesOnly.status, 0)
        XCTAssertEqual(notesOnly.output,
                       "1 notice checked, 0 findings (0 errors, 0 warnings), 1 note, 0 unreadable, 0 files skipped\n")
    }
}
