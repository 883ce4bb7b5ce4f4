import AllotModel
import AllotNotice
import XCTest

final class MetadataParserTests: XCTestCase {
    private let cited125 = [
        CitedDocument(docNumber: "财农〔2022〕90号", title: "财政部关于提前下达2023年中央财政衔接推进乡村振兴补助资金预算的通知"),
        CitedDocument(docNumber: "财农〔2022〕14号", title: "关于加强中央财政衔接推进乡村振兴补助资金使用管理的指导意见"),
        CitedDocument(docNumber: "财农〔2022〕84号", title: "山西省财政厅等六部门关于加强衔接推进乡村振兴补助资金和项目管理的指导意见"),
        CitedDocument(docNumber: "晋财农〔2021〕56号", title: "关于继续支持脱贫县统筹整合使用财政涉农资金工作的通知"),
    ]

    /// The real text layer of 125号: no title and no date in it, so both stay empty.
    func testReference125TextLayer() {
        var sheet = LineSheet()
        sheet.add(block: Reference125.body)
        let metadata = MetadataParser().parse(sheet.lines, tableTitles: [Reference125.tableTitle])

        var expected = NoticeMetadata()
        expected.docNumber = "晋乡振发〔2022〕125号"
        expected.agencyCode = "晋乡振发"
        expected.docYear = "2022"
        expected.docSerial = "125"
        expected.issuer = "山西省乡村振兴局"
        expected.addressees = "各市、有关县乡村振兴局"
        expected.attachments = [AttachmentEntry(label: "附件", title: "提前下达2023年中央财政衔接推进乡村振兴补助资金计划表")]
        expected.disclosure = "此件公开发布"
        expected.references = cited125
        expected.fundYear = "2023"
        expected.fundName = "中央财政衔接推进乡村振兴补助资金"
        XCTAssertEqual(metadata, expected)
    }

    /// The replica fixture jxzf-2022-125.pdf, laid out as GB/T 9704 sets it.
    func testReplica125() {
        let metadata = MetadataParser().parse(replica125().lines, tableTitles: [Reference125.tableTitle])

        var expected = NoticeMetadata()
        expected.docNumber = "晋乡振发〔2022〕125号"
        expected.agencyCode = "晋乡振发"
        expected.docYear = "2022"
        expected.docSerial = "125"
        expected.issuer = "山西省乡村振兴局"
        expected.signature = "山西省乡村振兴局"
        expected.title = "山西省乡村振兴局关于提前下达2023年中央财政衔接推进乡村振兴补助资金计划的通知"
        expected.addressees = "各市、有关县乡村振兴局"
        expected.date = "2022-12-06"
        expected.attachments = [AttachmentEntry(label: "附件", title: "提前下达2023年中央财政衔接推进乡村振兴补助资金计划表")]
        expected.disclosure = "此件公开发布"
        expected.references = cited125
        expected.fundYear = "2023"
        expected.fundName = "中央财政衔接推进乡村振兴补助资金"
        XCTAssertEqual(metadata, expected)
    }

    func testWithoutTableTitlesTheFundStaysEmpty() {
        let metadata = MetadataParser().parse(replica125().lines)
        XCTAssertEqual(metadata.fundYear, "")
        XCTAssertEqual(metadata.fundName, "")
        XCTAssertEqual(metadata.docNumber, "晋乡振发〔2022〕125号")
    }

    func testNothingIsInventedFromPlainProse() {
        var sheet = LineSheet()
        sheet.add("各地要加快预算执行进度，落实公告公示要求，及时将资金", .paragraph)
        sheet.add("及项目信息录入全国防返贫监测信息系统。")
        XCTAssertEqual(MetadataParser().parse(sheet.lines, tableTitles: ["市县名"]), NoticeMetadata())
        XCTAssertEqual(MetadataParser().parse([]), NoticeMetadata())
    }

    func testJointIssuersStackedWithSecurityMarksAbove() {
        var sheet = LineSheet()
        sheet.add("000123", .flush, size: 12)
        sheet.add("特急", .flush, size: 12)
        sheet.skip(2)
        sheet.add("山 西 省 财 政 厅", .indent(1), size: 36)
        sheet.add("山西省乡村振兴局  文件", .indent(1), size: 36)
        sheet.skip(2)
        sheet.add("晋财农 [ 2023 ] 007 号", .centered)
        sheet.skip(2)
        sheet.add("山西省财政厅 山西省乡村振兴局关于下达2023年", .centered, size: 22)
        sheet.add("以工代赈中央预算内投资计划的通知", .centered, size: 22)
        sheet.add("各市财政局、乡村振兴局，")
        sheet.add("各有关县（市、区）财政局、乡村振兴局：")
        sheet.add("现将2023年以工代赈中央预算内投资计划下达你们，请于2023年", .paragraph)
        sheet.add("6月30日前完成分解。")
        sheet.skip(3)
        sheet.add("山西省财政厅        山西省乡村振兴局", .right(2))
        sheet.add("2023年5月8日", .right(4))

        let metadata = MetadataParser().parse(sheet.lines)
        XCTAssertEqual(metadata.issuer, "山西省财政厅、山西省乡村振兴局")
        XCTAssertEqual(metadata.docNumber, "晋财农〔2023〕7号")
        XCTAssertEqual(metadata.docSerial, "7")
        XCTAssertEqual(metadata.title, "山西省财政厅山西省乡村振兴局关于下达2023年以工代赈中央预算内投资计划的通知")
        XCTAssertEqual(metadata.addressees, "各市财政局、乡村振兴局，各有关县（市、区）财政局、乡村振兴局")
        XCTAssertEqual(metadata.signature, "山西省财政厅、山西省乡村振兴局")
        XCTAssertEqual(metadata.date, "2023-05-08")
        XCTAssertEqual(metadata.references, [])
    }

    func testJointIssuersOnOneHeaderLine() {
        var sheet = LineSheet()
        sheet.add("山西省财政厅  山西省乡村振兴局文件", .centered, size: 30)
        sheet.add("晋财农〔2023〕8号", .centered)
        sheet.add("关于下达资金的通知", .centered, size: 22)
        XCTAssertEqual(MetadataParser().parse(sheet.lines).issuer, "山西省财政厅、山西省乡村振兴局")
    }

    /// A text layer in Kangxi radicals (⼭ U+2F2D, ⽂ U+2F42): normalized before matching, so the
    /// mark still loses its 文件, for one issuer and for joint issuers.
    func testIssuerMarkInKangxiRadicalsLosesItsFileWord() {
        var sheet = LineSheet()
        sheet.add("\u{2F2D}西省乡村振兴局\u{2F42}件", .centered, size: 30)
        sheet.add("晋乡振发〔2022〕125号", .centered)
        sheet.add("关于下达资金的通知", .centered, size: 22)
        XCTAssertEqual(MetadataParser().parse(sheet.lines).issuer, "山西省乡村振兴局")
        var joint = LineSheet()
        joint.add("山西省财政厅  山西省乡村振兴局\u{2F42} 件", .centered, size: 30)
        joint.add("晋财农〔2023〕8号", .centered)
        XCTAssertEqual(MetadataParser().parse(joint.lines).issuer, "山西省财政厅、山西省乡村振兴局")
    }

    /// 信函格式: no 文件 in the header, so the issuer comes from the signature; the date in Chinese
    /// numerals; a whole-line date in the body is not the date of issue.
    func testLetterWithoutFileHeaderTakesIssuerFromSignature() {
        var sheet = LineSheet()
        sheet.add("山西省乡村振兴局办公室", .centered, size: 30)
        sheet.add("晋乡振办函（2023）012 号", .right(0))
        sheet.add("关于报送2023年衔接资金项目", .centered, size: 22)
        sheet.add("实施计划的函", .centered, size: 22)
        sheet.add("各市乡村振兴局：")
        sheet.add("请于下列日期前报送：", .paragraph)
        sheet.add("2023年4月30日")
        sheet.skip(3)
        sheet.add("山西省乡村振兴局办公室", .right(2))
        sheet.add("二○二三年三月十五日", .right(4))
        sheet.add("（此件依申请公开）", .paragraph)

        let metadata = MetadataParser().parse(sheet.lines)
        XCTAssertEqual(metadata.issuer, "山西省乡村振兴局办公室")
        XCTAssertEqual(metadata.signature, "山西省乡村振兴局办公室")
        XCTAssertEqual(metadata.docNumber, "晋乡振办函〔2023〕12号")
        XCTAssertEqual(metadata.title, "关于报送2023年衔接资金项目实施计划的函")
        XCTAssertEqual(metadata.addressees, "各市乡村振兴局")
        XCTAssertEqual(metadata.date, "2023-03-15")
        XCTAssertEqual(metadata.disclosure, "此件依申请公开")
    }

    /// 上行文: the signer printed right of the doc number and under it is neither title nor addressee.
    func testSignerBesideTheDocNumberIsIgnored() {
        var sheet = LineSheet()
        sheet.add("山西省乡村振兴局文件", .centered, size: 36)
        sheet.add("晋乡振发〔2023〕3号              签发人：张三")
        sheet.add("李四", .right(0))
        sheet.add("山西省乡村振兴局关于申请追加衔接资金的请示", .centered, size: 22)
        sheet.add("省人民政府：")
        sheet.add("为巩固拓展脱贫攻坚成果，现申请追加资金。", .paragraph)
        sheet.add("山西省乡村振兴局", .right(2))
        sheet.add("二〇二三年一月三十一日", .right(4))

        let metadata = MetadataParser().parse(sheet.lines)
        XCTAssertEqual(metadata.docNumber, "晋乡振发〔2023〕3号")
        XCTAssertEqual(metadata.title, "山西省乡村振兴局关于申请追加衔接资金的请示")
        XCTAssertEqual(metadata.addressees, "省人民政府")
        XCTAssertEqual(metadata.date, "2023-01-31")
    }

    func testNumberedAttachmentsCopyToAndPrintLine() {
        var sheet = LineSheet()
        sheet.add("甘肃省乡村振兴局文件", .centered, size: 36)
        sheet.add("甘乡振发〔2023〕12 号", .centered)
        sheet.add("甘肃省乡村振兴局关于下达2023年少数民族发展", .centered, size: 22)
        sheet.add("任务资金和以工代赈任务资金的通知", .centered, size: 22)
        sheet.add("各市（州）乡村振兴局：")
        sheet.add("现将2023年少数民族发展任务资金和以工代赈任务资金下达你们。", .paragraph)
        sheet.skip(1)
        sheet.add("附件：1．2023 年少数民族发展任务资金分配表", .paragraph)
        sheet.add("2．2023 年以工代赈任务资金和易地搬迁后续扶持", .indent(5))
        sheet.add("资金分配表", .indent(6.5))
        sheet.skip(3)
        sheet.add("甘肃省乡村振兴局", .right(2))
        sheet.add("2023 年 4 月 20 日", .right(4))
        sheet.add("（此件主动公开）", .paragraph)
        sheet.newPage()
        sheet.add("附件1")
        sheet.add("单位：万元", .right(0))
        sheet.newPage()
        sheet.add("抄送：省财政厅，省发展改革委，各市（州）人民政府，", .indent(1))
        sheet.add("有关县（市、区）人民政府。", .indent(4))
        sheet.add("甘肃省乡村振兴局办公室           2023 年 4 月 21 日印发", .indent(1))

        let titles = ["2023年少数民族发展任务资金分配表", "2023年以工代赈任务资金和易地搬迁后续扶持资金分配表"]
        let metadata = MetadataParser().parse(sheet.lines, tableTitles: titles)
        XCTAssertEqual(metadata.attachments, [
            AttachmentEntry(label: "附件1", title: "2023年少数民族发展任务资金分配表"),
            AttachmentEntry(label: "附件2", title: "2023年以工代赈任务资金和易地搬迁后续扶持资金分配表"),
        ])
        XCTAssertEqual(metadata.signature, "甘肃省乡村振兴局")
        XCTAssertEqual(metadata.date, "2023-04-20")
        XCTAssertEqual(metadata.disclosure, "此件主动公开")
        XCTAssertEqual(metadata.copyTo, "省财政厅，省发展改革委，各市（州）人民政府，有关县（市、区）人民政府")
        XCTAssertEqual(metadata.printLine, "甘肃省乡村振兴局办公室 2023年4月21日印发")
        XCTAssertEqual(metadata.fundYear, "2023")
        XCTAssertEqual(metadata.fundName, "少数民族发展任务资金、以工代赈任务资金和易地搬迁后续扶持资金")
    }

    /// Lines of jxzf-2022-125.pdf as the table finder passes them on (page numbers dropped).
    private func replica125() -> LineSheet {
        var sheet = LineSheet()
        sheet.add("山西省乡村振兴局文件", .centered, size: 36)
        sheet.skip(2)
        sheet.add("晋乡振发〔2022〕125 号", .centered, size: 12)
        sheet.skip(2)
        sheet.add("山西省乡村振兴局关于提前下达 2023 年中央财政", .centered, size: 18)
        sheet.add("衔接推进乡村振兴补助资金计划的通知", .centered, size: 18)
        sheet.add("各市、有关县乡村振兴局：", size: 12)
        sheet.add("根据《财政部关于提前下达 2023 年中央财政衔接推进乡村振兴补助资金预算的", .paragraph, size: 12)
        sheet.add("通知》（财农〔2022〕90 号）和资金管理办法有关要求，现提前下达 2023 年中央财", size: 12)
        sheet.add("政衔接推进乡村振兴补助资金（以下简称“衔接资金”）计划。有关事项通知如", size: 12)
        sheet.add("下：", size: 12)
        sheet.add("二、资金使用方向", .paragraph, size: 12)
        sheet.add("认真贯彻落实党的二十大精神和《关于加强中央财政衔接推进乡村振兴补助资", .paragraph, size: 12)
        sheet.add("金使用管理的指导意见》（财农〔2022〕14 号）、《山西省财政厅等六部门关于加", size: 12)
        sheet.add("强衔接推进乡村振兴补助资金和项目管理的指导意见》（财农〔2022〕84 号）等要", size: 12)
        sheet.add("求，突出资金支持重点。", size: 12)
        sheet.add("的县，资金使用可按照省财政厅等 11 部门《关于继续支持脱贫县统筹整合使用财政", size: 12)
        sheet.add("涉农资金工作的通知》（晋财农〔2021〕56 号）有关要求执行。", size: 12)
        sheet.newPage()
        sheet.add("（三）加大产业支持。继续将产业发展作为支持重点，2023 年用于产业发展的", .paragraph, size: 12)
        sheet.add("资金规模占比原则上不得低于下达你县资金总规模的 60%，且不得低于 2022 年用于", size: 12)
        sheet.add("产业发展的占比。", size: 12)
        sheet.skip(2)
        sheet.add("附件：提前下达 2023 年中央财政衔接推进乡村振兴补助资", .paragraph, size: 15.75)
        sheet.add("金计划表", .indent(5), size: 15.75)
        sheet.skip(4)
        sheet.add("山西省乡村振兴局", .right(4), size: 15.75)
        sheet.add("2022 年 12 月 6 日", .right(4), size: 15.75)
        sheet.skip(2)
        sheet.add("（此件公开发布）", .paragraph, size: 15.75)
        sheet.newPage()
        sheet.add("附件", size: 15.75)
        sheet.add("单位：万元", .right(0), size: 12)
        return sheet
    }
}
