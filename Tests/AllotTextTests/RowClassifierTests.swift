import AllotModel
import AllotText
import XCTest

final class RowClassifierTests: XCTestCase {
    private func assertClass(_ label: String, _ level: RowLevel, _ region: String?,
                             file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(RowClassifier.classify(label), RowClass(level: level, region: region), label,
                       file: file, line: line)
    }

    func testGrandTotals() {
        for label in ["全省合计", "合计", "总计", "全市合计", "总  计", "合　计", "共计", "全省总计", "全区合计"] {
            assertClass(label, .total, nil)
        }
        assertClass("山西省合计", .total, "山西省")
        assertClass("广西壮族自治区合计", .total, "广西壮族自治区")
    }

    func testSubtotals() {
        assertClass("太原市小计", .subtotal, "太原市")
        assertClass("太原市合计", .subtotal, "太原市")
        assertClass("太 原 市 小 计", .subtotal, "太原市")
        assertClass("吕梁市总计", .subtotal, "吕梁市")
        assertClass("小计", .subtotal, nil)
        assertClass("小  计", .subtotal, nil)
    }

    func testLeadInsAndNumberingAreStripped() {
        assertClass("其中：太原市", .item, "太原市")
        assertClass("其中:省本级", .item, "省本级")
        assertClass("其中：太原市小计", .subtotal, "太原市")
        assertClass("1、盂县", .item, "盂县")
        assertClass("（一）太原市小计", .subtotal, "太原市")
        assertClass("三、合计", .total, nil)
        assertClass("12.方山县", .item, "方山县")
    }

    func testItems() {
        assertClass("盂　　县", .item, "盂县")
        assertClass("省本级", .item, "省本级")
        assertClass("省直", .item, "省直")
        assertClass("太原市本级", .item, "太原市本级")
        assertClass("⽅⼭县", .item, "方山县")
        assertClass("其中", .item, "其中")
        assertClass("一", .item, "一")
    }
}
