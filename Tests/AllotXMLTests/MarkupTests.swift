import AllotXML
import XCTest

final class MarkupTests: XCTestCase {
    func testPushParserGivesEventsWhateverTheChunking() throws {
        let xml = Array(#"<?xml version="1.0"?><w:root xmlns:w="urn:x"><w:c r="A1" w:t="s"><v>12</v></w:c><c><v>中央资金</v></c></w:root>"#.utf8)
        for chunk in [1, 3, 7, xml.count] {
            var events: [String] = []
            let parser = try XMLPushParser(onStart: { name, attributes in
                events.append("<\(name) \(attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ","))")
            }, onEnd: { events.append("</\($0)") }, onText: { text in
                if case let last? = events.last, last.hasPrefix("#") { events[events.count - 1] += text } else { events.append("#" + text) }
            })
            var start = 0
            while start < xml.count {
                try parser.feed(Array(xml[start..<min(start + chunk, xml.count)]))
                start += chunk
            }
            try parser.finish()
            XCTAssertEqual(events, ["<root ", "<c r=A1,t=s", "<v ", "#12", "</v", "</c", "<c ", "<v ", "#中央资金", "</v", "</c",
                                    "</root"], "chunk \(chunk)")
        }
    }

    func testMalformedXMLAndDocumentTypesAreErrors() throws {
        let parser = try XMLPushParser(onStart: { _, _ in })
        XCTAssertThrowsError(try { try parser.feed(Array("<a><b></a>".utf8)); try parser.finish() }())
        XCTAssertThrowsError(try Markup.parseXML(Array("<a>".utf8)))
        XCTAssertThrowsError(try Markup.parseXML(Array(#"<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>"#.utf8))) { error in
            XCTAssertTrue("\(error)".contains("document type"), "\(error)")
        }
        let doctype = try XMLPushParser(onStart: { _, _ in })
        XCTAssertThrowsError(try doctype.feed(Array(#"<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>"#.utf8)))
    }

    func testXMLNamesKeepTheirCaseAndHTMLNamesAreLowercased() throws {
        let xml = try Markup.parseXML(Array(#"<ofd:OFD xmlns:ofd="urn:o"><ofd:DocBody ID="1">t</ofd:DocBody></ofd:OFD>"#.utf8))
        XCTAssertEqual(xml.name, "OFD")
        XCTAssertEqual(xml.child("DocBody")?.attribute("ID"), "1")
        XCTAssertEqual(xml.text, "t")
        let html = try Markup.parseHTML(Array("<TABLE><TR><TD COLSPAN=2>x</TD></TR></TABLE>".utf8), encoding: "UTF-8")
        XCTAssertTrue(html.containsDescendant { $0.name == "td" && $0.attribute("colspan") == "2" })
    }
}
