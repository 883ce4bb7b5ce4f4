import AllotNotice
import XCTest

final class DocNumberTests: XCTestCase {
    func testEveryBracketStyleBecomesTortoiseShellBrackets() {
        let styles = [
            "晋乡振发〔2022〕125号", "晋乡振发[2022]125号", "晋乡振发【2022】125号", "晋乡振发（2022）125号",
            "晋乡振发(2022)125号", "晋乡振发［2022］125号", "晋乡振发﹝2022﹞125号", "晋乡振发〖2022〗125号",
        ]
        for text in styles {
            XCTAssertEqual(DocNumber.line(text)?.text, "晋乡振发〔2022〕125号", text)
            XCTAssertEqual(DocNumber.find(in: text), "晋乡振发〔2022〕125号", text)
        }
    }

    func testStraySpacesAndFullWidthDigitsAreRemoved() {
        XCTAssertEqual(DocNumber.line("晋乡振发〔2022〕125 号")?.text, "晋乡振发〔2022〕125号")
        XCTAssertEqual(DocNumber.line(" 晋乡振发 〔 2022 〕 125 号 ")?.text, "晋乡振发〔2022〕125号")
        XCTAssertEqual(DocNumber.line("晋 乡 振 发\u{3000}[2022]\u{00A0}125号")?.text, "晋乡振发〔2022〕125号")
        XCTAssertEqual(DocNumber.line("晋乡振发〔２０２２〕１２５号")?.text, "晋乡振发〔2022〕125号")
    }

    func testLeadingZerosOfTheSerialAreDropped() {
        XCTAssertEqual(DocNumber.line("晋财农〔2023〕007号")?.text, "晋财农〔2023〕7号")
        XCTAssertEqual(DocNumber.line("晋财农〔2023〕0120号")?.serial, "120")
        XCTAssertEqual(DocNumber.line("晋财农〔2023〕第12号")?.text, "晋财农〔2023〕12号")
    }

    func testParts() {
        let number = DocNumber.line("晋乡振发〔2022〕125号")
        XCTAssertEqual(number, DocNumber(agencyCode: "晋乡振发", year: "2022", serial: "125"))
    }

    func testSignerOnTheRightIsIgnored() {
        XCTAssertEqual(DocNumber.line("晋乡振发〔2023〕3号        签发人：张三")?.text, "晋乡振发〔2023〕3号")
    }

    func testLinesThatAreNotADocNumber() {
        XCTAssertNil(DocNumber.line("根据《通知》（财农〔2022〕90号）和资金管理办法有关要求"))
        XCTAssertNil(DocNumber.line("晋乡振发〔2022〕125号文件精神"))
        XCTAssertNil(DocNumber.line("晋乡振发〔22〕125号"))
        XCTAssertNil(DocNumber.line("晋乡振发〔2022〕125"))
        XCTAssertNil(DocNumber.line(""))
        XCTAssertEqual(DocNumber.find(in: "见（财农〔2022〕90号）"), "财农〔2022〕90号")
    }
}

final class DocNumberLabelTests: XCTestCase {
    func testPortalLabelBeforeTheNumberIsNotPartOfTheAgencyCode() {
        XCTAssertEqual(DocNumber.line("发文字号晋乡振函〔2023〕12号")?.text, "晋乡振函〔2023〕12号")
        XCTAssertEqual(DocNumber.line("文号：晋财农〔2017〕88号")?.agencyCode, "晋财农")
        XCTAssertEqual(DocNumber.line("晋乡振发〔2022〕125号")?.text, "晋乡振发〔2022〕125号")
    }
}
