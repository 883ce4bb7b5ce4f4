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
        XCTAssertTrue(page.text.contains("[subtotal] computed 300, difference 10"))
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
        let urls = page.elements.flatMap { $0.attributes.filter { $0.key == "src" || $0.key == "href" }.values }
        XCTAssertTrue(urls.allSatisfy { $0.hasPrefix("#") }, "\(urls)")
        XCTAssertFalse(first.contains("@import") || first.contains("url("))
        XCTAssertTrue(first.hasPrefix("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\""))
    }
}
