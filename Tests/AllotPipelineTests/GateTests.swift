import AllotStore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// `allot check` as a CI gate, and the command line's manners: exit 2 on no or nothing readable input,
/// skipped files listed, JSON with a schema version, summary and stable ids, JUnit, --select/--ignore,
/// --min-severity, --strict, -o, --lang, the nearest subcommand suggested, one error prefix.
final class GateTests: XCTestCase {
    private let misprint = "Fixtures/notices/jxzf-2022-125-misprint.pdf"

    private func json(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], text)
    }

    func testNoInputOrNothingReadableExitsTwoAndSkippedFilesAreListed() throws {
        let none = try runAllot(["check", "--lang", "en"])
        XCTAssertEqual(none.status, 2)
        XCTAssertTrue(none.errors.hasPrefix("allot: "), none.errors)
        let folder = try temporaryFolder("allot-gate")
        try Data("x".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        try Data("x".utf8).write(to: folder.appendingPathComponent("photo.jpg"))
        let unreadable = try runAllot(["check", "--quiet", "--lang", "en", folder.path])
        XCTAssertEqual(unreadable.status, 2)
        XCTAssertTrue(unreadable.errors.contains("skipped (unsupported format): \(folder.path)/notes.txt"), unreadable.errors)
        XCTAssertTrue(unreadable.errors.contains("skipped (unsupported format): \(folder.path)/photo.jpg"), unreadable.errors)
        XCTAssertTrue(unreadable.output.contains("0 notices checked") && unreadable.output.contains("2 files skipped"),
                      unreadable.output)
        // Skipped files beside a readable notice are listed too, and do not change the status.
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent(misprint),
                                         to: folder.appendingPathComponent("notice.pdf"))
        let mixed = try runAllot(["check", "-q", "--lang", "en", "--format", "json", folder.path])
        XCTAssertEqual(mixed.status, 1)
        let document = try json(mixed.output)
        XCTAssertEqual((document["skipped_files"] as? [String])?.count, 2)
        XCTAssertEqual((document["summary"] as? [String: Any])?["skipped_files"] as? Int, 2)
        // ingest and rebuild name them too.
        let rebuilt = try runAllot(["rebuild", "-q", "-o", try temporaryFolder("allot-gate-dataset").path, folder.path])
        XCTAssertEqual(rebuilt.status, 0, rebuilt.errors)
        XCTAssertTrue(rebuilt.errors.contains("skipped (unsupported format): \(folder.path)/photo.jpg"), rebuilt.errors)
        XCTAssertTrue(rebuilt.output.hasPrefix("1 notice read (74 rows, 2 findings)"), rebuilt.output)
        XCTAssertTrue(rebuilt.output.contains("2 unsupported"), rebuilt.output)
    }

    func testJSONCarriesSchemaVersionSummaryStableIdsAndLocations() throws {
        let first = try runAllot(["check", "-q", "--format", "json", misprint])
        XCTAssertEqual(first.status, 1)
        let document = try json(first.output)
        XCTAssertEqual(document["schema_version"] as? Int, 1)
        let summary = try XCTUnwrap(document["summary"] as? [String: Any])
        XCTAssertEqual(summary["notices"] as? Int, 1)
        XCTAssertEqual((summary["by_severity"] as? [String: Int])?["error"], 2)
        XCTAssertEqual((summary["by_check"] as? [String: Int]) ?? [:], ["subtotal": 1, "total": 1])
        XCTAssertEqual(summary["exit_status"] as? Int, 1)
        let notice = try XCTUnwrap((document["notices"] as? [[String: Any]])?.first)
        let findings = try XCTUnwrap(notice["findings"] as? [[String: Any]])
        XCTAssertEqual(findings.map { $0["check_name"] as? String }, ["total", "subtotal"])
        for finding in findings {
            XCTAssertEqual(finding["severity"] as? String, "error")
            XCTAssertNotNil(finding["check_zh"] as? String)
            let id = try XCTUnwrap(finding["finding_id"] as? String)
            XCTAssertTrue(id.range(of: "^f[0-9a-f]{16}$", options: .regularExpression) != nil, id)
            let location = try XCTUnwrap((finding["locations"] as? [[String: Any]])?.first)
            XCTAssertEqual(location["file"] as? String, misprint)
            XCTAssertEqual(location["page"] as? Int, 3)
        }
        // Stable: the same ids in a second run, and in a run with another notice beside it.
        let second = try json(try runAllot(["check", "-q", "--format", "json", "Fixtures/notices/unseen-colophon.pdf", misprint]).output)
        let ids = { (doc: [String: Any]) in
            ((doc["notices"] as? [[String: Any]]) ?? []).flatMap { ($0["findings"] as? [[String: Any]]) ?? [] }
                .compactMap { $0["finding_id"] as? String }
        }
        XCTAssertEqual(Set(ids(document)).subtracting(ids(second)), [])
        XCTAssertEqual(Set(ids(document)).count, 2)
    }

    func testJSONLocationsNameBothPlacesOfACrossTableFinding() throws {
        let file = "Fixtures/cross/cross-table-broken.pdf"
        let document = try json(try runAllot(["check", "-q", "--format", "json", file]).output)
        let findings = ((document["notices"] as? [[String: Any]]) ?? []).flatMap { ($0["findings"] as? [[String: Any]]) ?? [] }
        let cross = try XCTUnwrap(findings.first { $0["check_name"] as? String == "cross_table" })
        let locations = try XCTUnwrap(cross["locations"] as? [[String: Any]])
        XCTAssertEqual(locations.count, 2, "the cell and the other table's cell")
        XCTAssertEqual(locations.map { $0["file"] as? String }, [file, file])
        XCTAssertEqual(locations.first?["table_no"] as? Int, cross["table_no"] as? Int)
        XCTAssertEqual(locations.last?["table_no"] as? Int, cross["related_table_no"] as? Int)
        XCTAssertNotEqual(locations.first?["table_no"] as? Int, locations.last?["table_no"] as? Int)
        XCTAssertNotNil(locations.last?["value"] as? String)
        // Every other finding has one place, or two when it has a second (the growth the text cuts: a
        // percentage_truncated note, with its sentence).
        for finding in findings where finding["check_name"] as? String != "cross_table" {
            let places = (finding["related_page"] as? Int) == nil ? 1 : 2
            XCTAssertEqual((finding["locations"] as? [[String: Any]])?.count, places, "\(finding)")
        }
    }

    func testSelectIgnoreMinSeverityStrictAndOutputFile() throws {
        let selected = try runAllot(["check", "-q", "--lang", "en", "--select", "subtotal", misprint])
        XCTAssertEqual(selected.status, 1)
        XCTAssertTrue(selected.output.contains("[subtotal]") && !selected.output.contains("[total]"), selected.output)
        let ignored = try runAllot(["check", "-q", "--lang", "en", "--ignore", "subtotal,total", misprint])
        XCTAssertEqual(ignored.status, 0, "nothing left to report")
        let typo = try runAllot(["check", "-q", "--lang", "en", "--select", "subtotl", misprint])
        XCTAssertEqual(typo.status, 64)
        XCTAssertTrue(typo.errors.contains("did you mean subtotal?"), typo.errors)
        // A note counts only with --strict; --min-severity error hides it.
        let withNote = "Fixtures/notices/unseen-colophon.pdf"
        let notes = try json(try runAllot(["check", "-q", "--format", "json", withNote]).output)
        let noteCount = ((notes["summary"] as? [String: Any])?["by_severity"] as? [String: Int])?["note"] ?? 0
        if noteCount > 0 {
            XCTAssertEqual(try runAllot(["check", "-q", "--strict", withNote]).status, 1)
            XCTAssertEqual(try runAllot(["check", "-q", "--strict", "--min-severity", "warning", withNote]).status, 0)
        }
        let folder = try temporaryFolder("allot-gate")
        let out = folder.appendingPathComponent("findings.json").path
        let written = try runAllot(["check", "-q", "--format", "json", "-o", out, misprint])
        XCTAssertEqual(written.status, 1)
        XCTAssertEqual(written.output, "")
        XCTAssertEqual(try json(String(contentsOfFile: out, encoding: .utf8))["schema_version"] as? Int, 1)
        let stdout = try runAllot(["check", "-q", "--format", "json", "-o", "-", misprint])
        XCTAssertEqual(try json(stdout.output)["schema_version"] as? Int, 1)
    }

    func testJUnitIsWellFormedWithOneFailurePerNoticeWithFindings() throws {
        let result = try runAllot(["check", "-q", "--format", "junit", misprint, "Fixtures/bad/empty.pdf"])
        XCTAssertEqual(result.status, 2)
        let document = try XMLDocument(data: Data(result.output.utf8))
        let suite = try XCTUnwrap(document.rootElement()?.elements(forName: "testsuite").first)
        XCTAssertEqual(suite.attribute(forName: "tests")?.stringValue, "2")
        XCTAssertEqual(suite.attribute(forName: "failures")?.stringValue, "1")
        XCTAssertEqual(suite.attribute(forName: "errors")?.stringValue, "1")
        let failures = try document.nodes(forXPath: "//failure")
        XCTAssertEqual(failures.count, 2)
    }

    func testChineseFirstMessagesAndNearestSubcommand() throws {
        let zh = try runAllot(["check", "-q", "--lang", "zh", misprint])
        XCTAssertTrue(zh.output.contains("小计与明细之和不符") && zh.output.contains("已核对 1 份通知"), zh.output)
        XCTAssertTrue(zh.output.contains("运城市小计 中央资金：印刷值 26989，其明细之和为 26899（差额 90）"), zh.output)
        let en = try runAllot(["check", "-q", "--lang", "en", misprint])
        XCTAssertTrue(en.output.contains("1 notice checked, 2 findings (2 errors, 0 warnings)"), en.output)
        let typo = try runAllot(["chek", misprint])
        XCTAssertEqual(typo.status, 64)
        XCTAssertTrue(typo.errors.contains("allot check"), typo.errors)
        XCTAssertTrue(typo.errors.hasPrefix("allot: "), typo.errors)
        let help = try runAllot(["check", "--help"])
        XCTAssertTrue(help.output.contains("PDF, HTML") && help.output.contains("-o, --out"), help.output)
    }

    func testShowTakesAPageRangeAndHTMLAndReportSaysWhereItWrote() throws {
        let range = try runAllot(["show", "Fixtures/notices/jxzf-2022-125.pdf", "--page", "2-3"])
        XCTAssertEqual(range.status, 0, range.errors)
        XCTAssertTrue(range.output.contains("jxzf-2022-125.pdf page 2") && range.output.contains("jxzf-2022-125.pdf page 3"),
                      range.output)
        XCTAssertEqual(try runAllot(["show", "Fixtures/notices/jxzf-2022-125.pdf", "--page", "3-2"]).status, 64)
        let html = try runAllot(["show", "Fixtures/html/jxzf-2022-125.html", "--page", "1"])
        XCTAssertEqual(html.status, 0, html.errors)
        XCTAssertTrue(html.output.contains("table 1") && html.output.contains("运城市"), html.output)

        let folder = try temporaryFolder("allot-gate")
        let dataset = folder.appendingPathComponent("dataset").path
        XCTAssertEqual(try runAllot(["rebuild", "-q", "-o", dataset, misprint]).status, 0)
        let out = folder.appendingPathComponent("r.html").path
        let report = try runAllot(["report", "--lang", "en", dataset, "-o", out])
        XCTAssertEqual(report.status, 0, report.errors)
        XCTAssertEqual(report.output, "wrote \(out) (1 notice)\n")
        let zh = try runAllot(["report", "--lang", "zh", dataset, "-o", out])
        XCTAssertEqual(zh.output, "已写入 \(out)（1 份通知）\n")
        let toStdout = try runAllot(["report", dataset, "-o", "-"])
        XCTAssertTrue(toStdout.output.hasPrefix("<!DOCTYPE html>"))
        let jsonl = try runAllot(["export", dataset, "--format", "jsonl", "-o", "-"])
        XCTAssertEqual(jsonl.status, 0, jsonl.errors)
        XCTAssertTrue(jsonl.output.split(separator: "\n").allSatisfy { $0.hasPrefix("{\"") }, jsonl.output)
        let xlsx = folder.appendingPathComponent("a.xlsx").path
        XCTAssertEqual(try runAllot(["export", dataset, "--format", "xlsx", "-o", xlsx]).status, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: xlsx))
        XCTAssertEqual(try runAllot(["export", dataset, "--format", "xlsx", "-o", "-"]).status, 64)
    }

    /// The fields people look for, from a real run: the address given with --source-url, fund
    /// source and official full region name per cell, stable cell and finding ids, Chinese messages.
    func testDatasetCarriesSourceURLFundSourceFullNamesAndStableIds() throws {
        let folder = try temporaryFolder("allot-fields")
        let url = "https://xczxj.shanxi.gov.cn/zwgk/t20221206_125.html"
        let run = try runAllot(["rebuild", "-q", "-o", folder.path, "--source-url", url, misprint])
        XCTAssertEqual(run.status, 0, run.errors)
        let dataset = try DatasetReader(directory: folder).read()
        XCTAssertEqual(dataset.notices.keyedRows.map { $0[NoticeColumns.sourceURL] }, [url])
        let cells = dataset.allocations.keyedRows
        XCTAssertEqual(cells.count, 74)
        XCTAssertEqual(Set(cells.map { $0[AllocationColumns.fundSource] }), ["central"], "the one column is 中央资金")
        let yu = try XCTUnwrap(cells.first { $0[AllocationColumns.name] == "盂县" })
        XCTAssertEqual(yu[AllocationColumns.regionFullName], "山西省阳泉市盂县")
        XCTAssertEqual(Set(cells.map { $0[AllocationColumns.cellID] }).count, cells.count)
        let findings = dataset.findings.keyedRows
        XCTAssertEqual(findings.count, 2)
        XCTAssertTrue(findings.allSatisfy { $0[FindingColumns.messageZH].contains("印刷值") }, "\(findings)")
        // The same run again gives the same ids; the JSON output carries the dataset's ids.
        let again = try temporaryFolder("allot-fields-again")
        XCTAssertEqual(try runAllot(["rebuild", "-q", "-o", again.path, misprint]).status, 0)
        let rerun = try DatasetReader(directory: again).read()
        XCTAssertEqual(rerun.allocations.keyedRows.map { $0[AllocationColumns.cellID] }, cells.map { $0[AllocationColumns.cellID] })
        XCTAssertEqual(rerun.findings.keyedRows.map { $0[FindingColumns.findingID] }, findings.map { $0[FindingColumns.findingID] })
        let json = try json(try runAllot(["check", "-q", "--format", "json", misprint]).output)
        let notice = try XCTUnwrap((json["notices"] as? [[String: Any]])?.first)
        XCTAssertEqual((notice["findings"] as? [[String: Any]])?.compactMap { $0["finding_id"] as? String },
                       findings.map { $0[FindingColumns.findingID] })
        // --source-url names one file's address.
        let two = try runAllot(["rebuild", "-q", "-o", again.path, "--source-url", url, misprint, "Fixtures/html"])
        XCTAssertEqual(two.status, 64, two.errors)
        XCTAssertTrue(two.errors.contains("--source-url"), two.errors)
        XCTAssertEqual(try runAllot(["rebuild", "-q", "-o", again.path, "--source-url", "ftp://x/y", misprint]).status, 64)
    }
}
