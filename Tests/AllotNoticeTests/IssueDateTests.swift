import AllotNotice
import XCTest

final class IssueDateTests: XCTestCase {
    func testArabicNumerals() {
        XCTAssertEqual(IssueDate.find(in: "2022年12月6日"), "2022-12-06")
        XCTAssertEqual(IssueDate.find(in: "2022 年 12 月 6 日"), "2022-12-06")
        XCTAssertEqual(IssueDate.find(in: "2023年03月01日"), "2023-03-01")
        XCTAssertEqual(IssueDate.find(in: "２０２３年１月５日"), "2023-01-05")
    }

    func testChineseNumeralsWithEveryZero() {
        XCTAssertEqual(IssueDate.find(in: "二〇二二年十二月六日"), "2022-12-06")   // 〇 U+3007
        XCTAssertEqual(IssueDate.find(in: "二○二二年十二月六日"), "2022-12-06")   // ○ U+25CB
        XCTAssertEqual(IssueDate.find(in: "二零二二年十二月六日"), "2022-12-06")
        XCTAssertEqual(IssueDate.find(in: "二O二二年十二月六日"), "2022-12-06")   // Latin O
        XCTAssertEqual(IssueDate.find(in: "二 〇 二 二 年 十 二 月 六 日"), "2022-12-06")
    }

    func testChineseMonthsAndDays() {
        XCTAssertEqual(IssueDate.find(in: "二〇二三年十月十日"), "2023-10-10")
        XCTAssertEqual(IssueDate.find(in: "二〇二三年十一月二十日"), "2023-11-20")
        XCTAssertEqual(IssueDate.find(in: "二〇二二年十二月二十六日"), "2022-12-26")
        XCTAssertEqual(IssueDate.find(in: "二〇二三年一月三十一日"), "2023-01-31")
        XCTAssertEqual(IssueDate.find(in: "二〇二三年一月十九日"), "2023-01-19")
        XCTAssertEqual(IssueDate.find(in: "二〇二四年二月二十九日"), "2024-02-29")
    }

    func testInvalidDatesAreRejected() {
        XCTAssertNil(IssueDate.find(in: "2022年13月1日"))
        XCTAssertNil(IssueDate.find(in: "2022年0月5日"))
        XCTAssertNil(IssueDate.find(in: "2022年2月29日"))
        XCTAssertNil(IssueDate.find(in: "2023年4月31日"))
        XCTAssertNil(IssueDate.find(in: "2023年1月32日"))
        XCTAssertNil(IssueDate.find(in: "1900年2月29日"))
        XCTAssertNil(IssueDate.find(in: "二〇二二年十三月一日"))
        XCTAssertNil(IssueDate.find(in: "二〇二二年二月三十日"))
        XCTAssertNil(IssueDate.find(in: "二〇二二年十二月三十二日"))
        XCTAssertNil(IssueDate.find(in: "二〇二二年十十月一日"))
        XCTAssertNil(IssueDate.find(in: "二〇二二年〇月一日"))
        XCTAssertNil(IssueDate.find(in: "二〇二二年十二月"))
    }

    func testOnlyAWholeLineIsADate() {
        XCTAssertNil(IssueDate.find(in: "请于2023年3月31日前报送"))
        XCTAssertNil(IssueDate.find(in: "山西省乡村振兴局办公室 2022年12月7日印发"))
        XCTAssertEqual(IssueDate.first(in: "山西省乡村振兴局办公室2022年12月7日印发")?.iso, "2022-12-07")
    }
}
