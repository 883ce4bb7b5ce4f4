import AllotModel
import AllotNotice
import XCTest

final class AttachmentListTests: XCTestCase {
    func testNumberStylesAndAListStartingOnTheNextLine() {
        var sheet = LineSheet()
        sheet.add("各市：")
        sheet.add("现将资金下达你们。", .paragraph)
        sheet.add("附件：", .paragraph)
        sheet.add("1、2023年少数民族发展任务资金分配表", .indent(2))
        sheet.add("2. 2023年以工代赈任务资金分配表", .indent(2))
        sheet.add("3．项目清单（第一批）", .indent(2))
        sheet.add("山西省乡村振兴局", .right(2))
        sheet.add("2023年4月20日", .right(4))

        XCTAssertEqual(MetadataParser().parse(sheet.lines).attachments, [
            AttachmentEntry(label: "附件1", title: "2023年少数民族发展任务资金分配表"),
            AttachmentEntry(label: "附件2", title: "2023年以工代赈任务资金分配表"),
            AttachmentEntry(label: "附件3", title: "项目清单（第一批）"),
        ])
    }

    func testTheLabelOnAnAttachmentPageIsNotAList() {
        var sheet = LineSheet()
        sheet.add("各市：")
        sheet.add("现将资金下达你们。", .paragraph)
        sheet.newPage()
        sheet.add("附件1")
        sheet.add("单位：万元", .right(0))
        XCTAssertEqual(MetadataParser().parse(sheet.lines).attachments, [])
    }

    /// Without positions (an HTML page), the line right above the date is the signature, not a
    /// wrapped attachment title.
    func testWithoutPositionsTheSignatureIsNotAContinuation() {
        let texts = [
            "山西省乡村振兴局文件", "晋乡振发〔2022〕125号", "山西省乡村振兴局关于下达资金计划的通知", "各市：",
            "现将资金下达你们。", "附件：提前下达2023年中央财政衔接推进乡村振兴补助资", "金计划表",
            "山西省乡村振兴局", "2022年12月6日", "（此件公开发布）",
        ]
        let zero = Box(x0: 0, y0: 0, x1: 0, y1: 0)
        let lines = texts.map {
            TextLine(page: 1, box: zero, fontSize: 0, cells: [TextCell(text: $0, box: zero)], glyphs: [])
        }
        let metadata = MetadataParser().parse(lines)
        XCTAssertEqual(metadata.attachments,
                       [AttachmentEntry(label: "附件", title: "提前下达2023年中央财政衔接推进乡村振兴补助资金计划表")])
        XCTAssertEqual(metadata.signature, "山西省乡村振兴局")
        XCTAssertEqual(metadata.issuer, "山西省乡村振兴局")
        XCTAssertEqual(metadata.title, "山西省乡村振兴局关于下达资金计划的通知")
        XCTAssertEqual(metadata.addressees, "各市")
        XCTAssertEqual(metadata.date, "2022-12-06")
        XCTAssertEqual(metadata.disclosure, "此件公开发布")
    }
}
