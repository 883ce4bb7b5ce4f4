import AllotModel
@testable import AllotNotice
import XCTest

final class CitationsTests: XCTestCase {
    func testTitleAndNumber() {
        XCTAssertEqual(Citations.find(in: "根据《财政部关于下达资金的通知》（财农〔2022〕90号）要求"),
                       [CitedDocument(docNumber: "财农〔2022〕90号", title: "财政部关于下达资金的通知")])
    }

    func testOnlyTheBracketedTitleIsTheTitle() {
        let text = "可按照省财政厅等11部门《关于继续支持脱贫县统筹整合使用财政涉农资金工作的通知》（晋财农〔2021〕56号）有关要求"
        XCTAssertEqual(Citations.find(in: text),
                       [CitedDocument(docNumber: "晋财农〔2021〕56号", title: "关于继续支持脱贫县统筹整合使用财政涉农资金工作的通知")])
    }

    func testNumberWithoutTitleAndOtherBrackets() {
        let text = "按照有关规定（财农[2022]14号）和（财农(2022)15号文件）执行（以下简称“衔接资金”）"
        XCTAssertEqual(Citations.find(in: text), [
            CitedDocument(docNumber: "财农〔2022〕14号", title: ""),
            CitedDocument(docNumber: "财农〔2022〕15号", title: ""),
        ])
    }

    func testDuplicatesKeepFirstPlaceAndGainALaterTitle() {
        let text = "（财农〔2022〕14号）、《办法》（晋财农〔2021〕56号）、《意见》（财农〔2022〕14号）、《办法》（晋财农〔2021〕056号）"
        XCTAssertEqual(Citations.find(in: text), [
            CitedDocument(docNumber: "财农〔2022〕14号", title: "意见"),
            CitedDocument(docNumber: "晋财农〔2021〕56号", title: "办法"),
        ])
    }

    func testSeveralNumbersInOneBracketGetNoTitle() {
        XCTAssertEqual(Citations.find(in: "《两个通知》（财农〔2022〕90号、财农〔2022〕91号）"), [
            CitedDocument(docNumber: "财农〔2022〕90号", title: ""),
            CitedDocument(docNumber: "财农〔2022〕91号", title: ""),
        ])
    }

    func testTheNoticesOwnNumberIsNotAReference() {
        XCTAssertEqual(Citations.find(in: "本通知（晋乡振发〔2022〕125号）", excluding: "晋乡振发〔2022〕125号"), [])
    }

    /// Recognized text (the wholly scanned fixture's body, as Tesseract reads it): （ read as 〈, 》
    /// before it as (, the year's bracket doubled or read as 【 ], closing brackets lost.
    func testBracketsAsAScanReadsThem() {
        let text = "根据《财政部关于提前下达 2023 年中央财政衔接推进乡村振兴补助资金预算的通知 (〈财农【2022 ]9 0号和资金管理办法有关要求，"
            + "《关于加强中央财政衔接推进乡村振兴补助资金使用管理的指导意见 〈财农(2022] 14 号 、"
            + "《山西省财政厅等六部门关于加强衔接推进乡村振兴补助资金和项目管理的指导意见 〈财农〔【2022] 84 号 等要求，"
            + "《关于继续支持脱贫县统筹整合使用财政涉农资金工作的通知 〈晋财农【2021 ]】 56 号有关要求执行。"
        XCTAssertEqual(Citations.find(in: text, recognized: true), [
            CitedDocument(docNumber: "财农〔2022〕90号", title: "财政部关于提前下达2023年中央财政衔接推进乡村振兴补助资金预算的通知"),
            CitedDocument(docNumber: "财农〔2022〕14号", title: "关于加强中央财政衔接推进乡村振兴补助资金使用管理的指导意见"),
            CitedDocument(docNumber: "财农〔2022〕84号", title: "山西省财政厅等六部门关于加强衔接推进乡村振兴补助资金和项目管理的指导意见"),
            CitedDocument(docNumber: "晋财农〔2021〕56号", title: "关于继续支持脱贫县统筹整合使用财政涉农资金工作的通知"),
        ])
        // From a text layer the same characters cite nothing; digits without an agency never cite.
        XCTAssertEqual(Citations.find(in: text), [])
        XCTAssertEqual(Citations.find(in: "按照 〈【2022] 90号 和 (2022) 14号 执行", recognized: true), [])
    }

    func testWrappedCitationJoinedFromLines() {
        var sheet = LineSheet()
        sheet.add("各市：")
        sheet.add("根据《关于加强中央财政衔接推进乡村振兴补助资", .paragraph)
        sheet.add("金使用管理的指导意见》（财农〔2022〕14")
        sheet.add("号）执行。")
        XCTAssertEqual(MetadataParser().parse(sheet.lines).references,
                       [CitedDocument(docNumber: "财农〔2022〕14号", title: "关于加强中央财政衔接推进乡村振兴补助资金使用管理的指导意见")])
    }
}
