@testable import AllotTables
import XCTest

final class FurnitureTests: XCTestCase {
    func testPageNumbersInEveryStyle() {
        for text in ["—3—", "-3-", "－12－", "—-3-—", "第3页", "第3页共12页"] {
            XCTAssertTrue(Furniture.isPageNumber(text, inMargin: false), text)
        }
        XCTAssertTrue(Furniture.isPageNumber("7", inMargin: true))
        XCTAssertFalse(Furniture.isPageNumber("7", inMargin: false))
        for text in ["--", "—三—", "第页", "1777", "盂县1777", "-12345-", "第3页共页"] {
            XCTAssertFalse(Furniture.isPageNumber(text, inMargin: false), text)
        }
    }

    func testUnitLines() {
        XCTAssertEqual(Furniture.unit("单位：万元"), "万元")
        XCTAssertEqual(Furniture.unit("单位:元"), "元")
        XCTAssertEqual(Furniture.unit("（金额单位：万元）"), "万元")
        XCTAssertNil(Furniture.unit("单位名称"))
        XCTAssertNil(Furniture.unit("各单位：请按要求执行并于年底前报送工作总结材料"))
    }

    func testAttachmentLabels() {
        XCTAssertEqual(Furniture.attachmentLabel("附件"), "附件")
        XCTAssertEqual(Furniture.attachmentLabel("附件2："), "附件2")
        XCTAssertEqual(Furniture.attachmentLabel("附件一"), "附件一")
        XCTAssertNil(Furniture.attachmentLabel("附件：提前下达2023年中央财政衔接推进乡村振兴补助资金计划表"))
    }

    func testUnitInHeader() {
        XCTAssertEqual(Furniture.unitInHeader("中央资金（万元）"), "万元")
        XCTAssertEqual(Furniture.strippingUnit("中央资金(万元)"), "中央资金")
        XCTAssertNil(Furniture.unitInHeader("中央资金"))
    }
}
