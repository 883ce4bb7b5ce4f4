@testable import AllotXML
import XCTest

/// Every libxml2 call that can fail, made to fail in turn: each becomes a MarkupError, never a crash.
final class XMLFaultTests: XCTestCase {
    private let xml = Array(#"<?xml version="1.0"?><root><c r="A1"><v>12</v></c></root>"#.utf8)
    private let html = Array("<html><body><table><tr><td>全省合计</td><td>1</td></tr></table></body></html>".utf8)

    /// Runs every way of parsing once; the first error, or nil when all succeeded.
    private func parseAll() -> MarkupError? {
        do throws(MarkupError) {
            _ = try Markup.readHTML(html, encoding: "UTF-8")
            _ = try Markup.parseXML(xml)
            let parser = try XMLPushParser(onStart: { _, _ in })
            try parser.feed(xml)
            try parser.finish()
            return nil
        } catch {
            return error
        }
    }

    func testEveryFaultPointIsATypedError() {
        XCTAssertNil(parseAll())
        for point in XMLFault.allCases {
            let error = XMLFault.$failing.withValue(point) { parseAll() }
            guard case let .parser(_, message)? = error else { return XCTFail("\(point): \(String(describing: error))") }
            XCTAssertFalse(message.isEmpty, "\(point)")
        }
        XCTAssertNil(parseAll(), "no fault left behind")
    }

    func testHTMLNestedTooDeepIsRefusedAndXMLIsCutOff() throws {
        let depth = LibXML2.maximumDepth + 50
        let page = String(repeating: "<div>", count: depth) + "x" + String(repeating: "</div>", count: depth)
        XCTAssertThrowsError(try Markup.readHTML(Array(page.utf8), encoding: "UTF-8")) { error in
            XCTAssertEqual(error as? MarkupError, .tooDeep(limit: LibXML2.maximumDepth))
        }
        let part = String(repeating: "<a>", count: depth) + "x" + String(repeating: "</a>", count: depth)
        XCTAssertNoThrow(try Markup.parseXML(Array(part.utf8)))
    }

    func testConversionFailureIsReported() throws {
        let bytes = Array("<html><body><p>".utf8) + [0xFF, 0xFE, 0x80] + Array("</p></body></html>".utf8)
        XCTAssertTrue(try Markup.readHTML(bytes, encoding: "GB18030").conversionFailed)
        XCTAssertFalse(try Markup.readHTML(html, encoding: "UTF-8").conversionFailed)
    }
}
