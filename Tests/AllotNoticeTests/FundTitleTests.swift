import AllotNotice
import XCTest

final class FundTitleTests: XCTestCase {
    func testYearAndName() {
        let fund = FundTitle(title: "提前下达2023年中央财政衔接推进乡村振兴补助资金计划表")
        XCTAssertEqual(fund, FundTitle(year: "2023", name: "中央财政衔接推进乡村振兴补助资金"))
    }

    func testBatchAndSpacesAreDropped() {
        XCTAssertEqual(FundTitle(title: "2023 年第二批财政衔接推进乡村振兴补助资金分配表")?.name, "财政衔接推进乡村振兴补助资金")
        XCTAssertEqual(FundTitle(title: "2023年度（第一批）少数民族发展任务资金分配表")?.name, "少数民族发展任务资金")
    }

    func testNameWithoutTheWordFund() {
        XCTAssertEqual(FundTitle(title: "2023年以工代赈项目计划表"), FundTitle(year: "2023", name: "以工代赈项目"))
    }

    func testTitleWithoutYear() {
        XCTAssertNil(FundTitle(title: "衔接推进乡村振兴补助资金计划表"))
    }
}
