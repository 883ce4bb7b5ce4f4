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
