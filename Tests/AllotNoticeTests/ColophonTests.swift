@testable import AllotNotice
import XCTest

final class ColophonTests: XCTestCase {
    func testDisclosureNotesLoseTheirBrackets() {
        XCTAssertEqual(Colophon.disclosure("（此件公开发布）"), "此件公开发布")
        XCTAssertEqual(Colophon.disclosure("（此件不予公开）"), "此件不予公开")
        XCTAssertEqual(Colophon.disclosure("(此件依申请公开)"), "此件依申请公开")
        XCTAssertEqual(Colophon.disclosure("此件主动公开"), "此件主动公开")
        XCTAssertEqual(Colophon.disclosure("（公开方式：主动公开）"), "公开方式：主动公开")
        XCTAssertNil(Colophon.disclosure("此件请转发至各乡镇，并抓好落实。"))
        XCTAssertNil(Colophon.disclosure("（以下简称“衔接资金”）"))
    }

    func testPrintLine() {
        XCTAssertEqual(Colophon.printLine("山西省乡村振兴局办公室2022年12月7日印发"), "山西省乡村振兴局办公室 2022年12月7日印发")
        XCTAssertNil(Colophon.printLine("现将《办法》印发"))
        XCTAssertNil(Colophon.printLine("2022年12月7日印发"))
    }

    /// A 公告 has no addressees: its first paragraph, indented, ends in a colon but is body text.
    func testAParagraphEndingInAColonIsNotAnAddressee() {
        var sheet = LineSheet()
        sheet.add("山西省乡村振兴局关于衔接资金项目的公告", .centered, size: 22)
        sheet.add("现将有关事项公告如下：", .paragraph)
        sheet.add("一、项目名单见附件。", .paragraph)
        let metadata = MetadataParser().parse(sheet.lines)
        XCTAssertEqual(metadata.title, "山西省乡村振兴局关于衔接资金项目的公告")
        XCTAssertEqual(metadata.addressees, "")
    }
}
