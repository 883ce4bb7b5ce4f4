import AllotReport
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

final class HTMLReportTests: XCTestCase {
    /// Parses the page as XML (libxml2 underneath) and collects its text and elements.
    private final class Collector: NSObject, XMLParserDelegate {
        var text = ""
        var elements: [(name: String, attributes: [String: String])] = []
        var error: Error?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            elements.append((name, attributes))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { error = parseError }
    }

    /// Parses the page; an unclosed element at the end makes `parse()` return true on Linux, but
    /// `parserError` is set then, so both are checked.
    private func parse(_ html: String, file: StaticString = #filePath, line: UInt = #line) -> Collector {
        let parser = XMLParser(data: Data(html.utf8))
        let collector = Collector()
        parser.delegate = collector
        let parsed = parser.parse()
        let error = parser.parserError ?? collector.error
        XCTAssertTrue(parsed && error == nil, "not well-formed: \(String(describing: error))", file: file, line: line)
        return collector
    }

    func testParserRejectsMalformedMarkup() {
        for markup in ["<p><b>unclosed</p>", "<p>a & b</p>", "<p><b></p></b>"] {
            let parser = XMLParser(data: Data(markup.utf8))
            XCTAssertFalse(parser.parse() && parser.parserError == nil, "\(markup) passed as well-formed")
        }
    }

    func testReportIsWellFormedAndContainsEveryFinding() throws {
        let notices = try ReportDataset.read(directory: try ReportSample.write())
        let html = HTMLReport.render(notices)
        let page = parse(html)
        let findings = notices.flatMap(\.findings)
        XCTAssertEqual(findings.count, 3)
        for finding in findings {
            XCTAssertTrue(page.text.contains(finding.message), finding.message)
        }
        XCTAssertTrue(page.text.contains("标题 \"引号\" & <b>粗</b>"), "markup in the data is text, not markup")
        XCTAssertFalse(page.elements.contains { $0.name == "b" || $0.name == "i" })
    }

    func testMismatchedCellsAreHighlightedWithComputedAndDifference() throws {
        let notices = try ReportDataset.read(directory: try ReportSample.write())
        let page = parse(HTMLReport.render(notices))
        let cells = page.elements.filter { $0.name == "td" && ($0.attributes["class"] ?? "").contains("mismatch") }
        // 全省合计 and 太原市小计 in 中央资金, and the name cell of the duplicated row.
        XCTAssertEqual(cells.count, 3)
        XCTAssertTrue(page.text.contains("[subtotal] 计算 computed 300, 差额 difference 10"))
        let rows = page.elements.filter { $0.name == "tr" && ($0.attributes["class"] ?? "").contains("mismatch") }
        XCTAssertEqual(rows.compactMap { $0.attributes["id"] }, ["n2-t1-r1", "n2-t1-r2", "n3-t1-r2"])
        let links = page.elements.filter { $0.name == "a" }.compactMap { $0.attributes["href"] }
        XCTAssertTrue(links.contains("#n2-t1-r2"), "each finding links to its row")
        XCTAssertTrue(page.text.contains("第3页 p. 3"), "findings name their page")
    }

    func testChartHasOneBarPerSubtotalAndRedForAMismatch() throws {
        let notices = try ReportDataset.read(directory: try ReportSample.write())
        let page = parse(HTMLReport.render(notices))
        let bars = page.elements.filter { $0.name == "rect" }.compactMap { $0.attributes["class"] }
        XCTAssertEqual(bars, ["bar", "bar mismatch", "bar"])
        XCTAssertEqual(page.elements.filter { $0.name == "svg" }.count, 3)
    }

    func testSelfContainedAndDeterministic() throws {
        let folder = try ReportSample.write()
        let output = (folder as NSString).appendingPathComponent("report.html")
        try HTMLReport.write(dataset: folder, to: output)
        let first = try String(contentsOfFile: output, encoding: .utf8)
        try HTMLReport.write(dataset: folder, to: output)
        XCTAssertEqual(try String(contentsOfFile: output, encoding: .utf8), first)
        let page = parse(first)
        XCTAssertFalse(page.elements.contains { ["script", "link", "img", "iframe", "object"].contains($0.name) })
        XCTAssertFalse(page.elements.contains { $0.attributes["src"] != nil }, "nothing is loaded")
        // Links go to anchors in the page or to the notice's own source file (a.pdf#page=3), never elsewhere.
        let urls = page.elements.compactMap { $0.attributes["href"] }
        let files: Set<String> = ["a.pdf", "b.pdf", "c.pdf"]
        XCTAssertTrue(urls.allSatisfy { $0.hasPrefix("#") || files.contains(String($0.split(separator: "#").first ?? "")) },
                      "\(urls)")
        XCTAssertFalse(first.contains("@import") || first.contains("url("))
        XCTAssertTrue(first.hasPrefix("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\""))
    }

    func testSummaryFirstFindingsBeforeMetadataCollapsibleNoticesAndPrintStyles() throws {
        let notices = try ReportDataset.read(directory: try ReportSample.write())
        let html = HTMLReport.render(notices)
        let page = parse(html)
        let summary = try XCTUnwrap(html.range(of: "class=\"summary\""))
        let firstNotice = try XCTUnwrap(html.range(of: "class=\"notice\""))
        XCTAssertLessThan(summary.lowerBound, firstNotice.lowerBound, "the summary comes first")
        XCTAssertTrue(page.text.contains("错误 error") && page.text.contains("合计与小计之和不符"), "severities and checks in Chinese")
        // Notices with findings first, the one with two errors before the one with a warning.
        let flagged = page.elements.filter { $0.name == "tr" && $0.attributes["class"] == "flagged-notice" }
        XCTAssertEqual(flagged.count, 2)
        let order = html.components(separatedBy: "flagged-notice").dropFirst().map { $0.prefix(300) }
        XCTAssertTrue(order.first?.contains("#n2") ?? false, "\(order)")
        XCTAssertEqual(page.elements.filter { $0.name == "details" }.count, notices.count + 1)
        XCTAssertEqual(page.elements.filter { $0.name == "details" && $0.attributes["open"] != nil }.count, 2,
                       "notices with findings are open")
        for section in html.components(separatedBy: "<section class=\"notice\"").dropFirst() {
            let findings = try XCTUnwrap(section.range(of: "核对发现 Findings"))
            let metadata = try XCTUnwrap(section.range(of: "通知信息 Metadata"))
            XCTAssertLessThan(findings.lowerBound, metadata.lowerBound, "findings before metadata")
        }
        XCTAssertTrue(page.text.contains("发文机关 issuer"), "Chinese field labels")
        XCTAssertTrue(html.contains("@page { size: A4") && html.contains("break-before: page"), "A4 print styles")
        XCTAssertTrue(page.text.contains("按省份合计 Totals by province") && page.text.contains("山西省（万元）"))
        XCTAssertTrue(page.elements.contains { $0.name == "a" && $0.attributes["href"] == "b.pdf#page=3" }, "link to file and page")
        XCTAssertTrue(page.elements.contains { $0.name == "line" && $0.attributes["class"] == "axis" }, "chart axis")
        XCTAssertTrue(page.text.contains("中央资金（万元）"), "chart unit")
    }

    func testAmountsHaveThousandsSeparators() throws {
        let allocations = ReportSample.allocations.replacingOccurrences(of: ",中央资金,300,", with: ",中央资金,1234567.5,")
        let notices = try ReportDataset.read(directory: try ReportSample.write(allocations: allocations))
        XCTAssertTrue(parse(HTMLReport.render(notices)).text.contains("1,234,567.5"))
    }

    /// 100 notices, every third with a finding: the summary lists each of them, and the page stays
    /// small enough to open (a few kB per notice, no per-notice repetition of the style sheet).
    func testHundredNoticeReportSizeAndSummary() throws {
        var notices = "notice_id,doc_number,issuer,title,date,source_file,source_sha256,page_count,table_count,row_count,finding_count\n"
        var allocations = "notice_id,table_no,row_no,page,level,name,region,division_code,parent_code,column_name,amount,unit,remark\n"
        var findings = "notice_id,table_no,row_no,page,name,column_name,check_name,stated,computed,difference,message\n"
        var flagged: [String] = []
        for index in 1...100 {
            let id = "晋财农〔2022〕\(index)号"
            notices += "\(id),\(id),山西省财政厅,通知\(index),2022-01-01,n\(index).pdf,\(String(repeating: "a", count: 64)),2,1,12,\(index % 3 == 0 ? 1 : 0)\n"
            allocations += "\(id),1,1,1,total,全省合计,山西省,140000,,合计,1100,万元,\n"
            for row in 2...12 {
                allocations += "\(id),1,\(row),1,subtotal,市\(row)小计,市\(row),,140000,合计,100,万元,\n"
            }
            if index % 3 == 0 {
                flagged.append(id)
                findings += "\(id),1,1,1,全省合计,合计,total,1100,1000,100,\"全省合计 合计: printed 1100, the sum is 1000 (difference 100)\"\n"
            }
        }
        let folder = try ReportSample.write(notices: notices, allocations: allocations, findings: findings)
        let html = HTMLReport.render(try ReportDataset.read(directory: folder))
        let page = parse(html)
        XCTAssertLessThan(html.utf8.count, 1_500_000, "100 notices of 12 rows: \(html.utf8.count) bytes")
        let summaryPart = try XCTUnwrap(html.components(separatedBy: "class=\"all-notices\"").first)
        for id in flagged {
            XCTAssertTrue(summaryPart.contains(id), "\(id) missing from the summary")
        }
        XCTAssertEqual(page.elements.filter { $0.name == "tr" && $0.attributes["class"] == "flagged-notice" }.count, flagged.count)
        XCTAssertTrue(page.text.contains("山西省（万元）110,000"), "total by province summed exactly")
    }
}

final class HTMLReportOCRTests: XCTestCase {
    func testCellsReadByOCRAreMarkedWithHowTheyWereRead() throws {
        var notices = try ReportDataset.read(directory: try ReportSample.write())
        var table = try XCTUnwrap(notices.first?.tables.first)
        XCTAssertTrue(table.rows.allSatisfy { !$0.isRecognized }, "the sample is a text layer")
        table.rows[0].amountSource = "ocr_corrected"
        table.rows[0].minConfidence = "35"
        notices[0].tables[0] = table
        let html = HTMLReport.render(notices)
        XCTAssertTrue(html.contains("read by OCR, a digit corrected by the table&#39;s sums (lowest digit confidence 35)")
                      || html.contains("read by OCR, a digit corrected by the table's sums (lowest digit confidence 35)"), html)
        XCTAssertTrue(html.contains("td.ocr"), "the style marks OCR cells")
        XCTAssertFalse(HTMLReport.render(try ReportDataset.read(directory: try ReportSample.write())).contains("read by OCR"))
    }
}
