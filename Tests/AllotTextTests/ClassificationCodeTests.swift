import AllotText
import XCTest

final class ClassificationCodeTests: XCTestCase {
    func testCodesInOneCellOrSplitOverColumns() {
        XCTAssertEqual(ClassificationCode.fromCells(["2010601"])?.normalized, "2010601")
        XCTAssertEqual(ClassificationCode.fromCells(["201", "06", "01"])?.normalized, "2010601")
        XCTAssertEqual(ClassificationCode.fromCells(["201", "06", "01"])?.printed, "201 06 01")
        XCTAssertEqual(ClassificationCode.fromCells(["201", "06", ""])?.normalized, "20106")
        XCTAssertEqual(ClassificationCode.fromCells(["301", "", ""])?.depth, 1)
        XCTAssertEqual(ClassificationCode.fromCells(["３０１０１"])?.normalized, "30101")
    }

    func testWhatIsNotACode() {
        XCTAssertNil(ClassificationCode.fromCells(["1"]))           // 序号
        XCTAssertNil(ClassificationCode.fromCells(["2024"]))        // a year
        XCTAssertNil(ClassificationCode.fromCells(["1,234"]))       // money
        XCTAssertNil(ClassificationCode.fromCells(["20", "106"]))   // parts of the wrong lengths
        XCTAssertNil(ClassificationCode.fromCells(["", "", ""]))
    }

    func testParentsWalkUpTwoDigitsAtATime() {
        let code = ClassificationCode(printed: "2010601", normalized: "2010601")
        XCTAssertEqual(code.depth, 3)
        XCTAssertEqual(code.parentCode, "20106")
        XCTAssertNil(ClassificationCode(printed: "201", normalized: "201").parentCode)
    }

    func testCodeInFrontOfTheLabel() {
        XCTAssertEqual(ClassificationCode.leading("2011301行政运行")?.code.normalized, "2011301")
        XCTAssertEqual(ClassificationCode.leading("2011301行政运行")?.rest, "行政运行")
        XCTAssertEqual(ClassificationCode.leading("201 13 01 行政运行")?.code.normalized, "2011301")
        XCTAssertEqual(ClassificationCode.leading("30101基本工资")?.code.normalized, "30101")
        XCTAssertNil(ClassificationCode.leading("1.一般公共预算资金"))
        XCTAssertNil(ClassificationCode.leading("2025年预算"))
        XCTAssertNil(ClassificationCode.leading("行政运行"))
        XCTAssertNil(ClassificationCode.leading("201"))  // a code and nothing after it
    }
}
