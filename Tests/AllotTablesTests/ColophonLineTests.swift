@testable import AllotTables
import XCTest

/// The lines of a 版记 are recognized wherever they stand; rows and titles are not.
final class ColophonLineTests: XCTestCase {
    func testColophonLines() {
        for line in ["抄送:省财政厅。", "主送:各市乡村振兴局", "联系人:王明", "联系电话:0351-1234567", "电话:029-87654321",
                     "山西省乡村振兴局办公室2022年12月7日印发", "(此件公开发布)", "(此件不予公开)", "(公开方式:主动公开)"] {
            XCTAssertTrue(ColophonLine.matches(line), line)
        }
    }

    func testRowsAndTitlesAreNotColophonLines() {
        for line in ["抄送省财政厅", "太原市小计10", "娄烦县7266资金管理型直管县", "关于印发资金管理办法的通知",
                     "2023年衔接资金分配表", "(万元)", "公开发布的资金分配情况说明如下"] {
            XCTAssertFalse(ColophonLine.matches(line), line)
        }
    }

    /// The byte suffix of plain text answers as `hasSuffix`: plain lines, and lines with a combining
    /// mark, CR LF, a compatibility ideograph or a decomposed accent, which `hasSuffix` answers.
    func testPrintedSuffixByBytesEqualsHasSuffix() {
        for line in ["办公室2022年12月7日印发", "印发", "发", "", "印发a", "a印发", "印发\u{301}", "日印\u{301}发", "印发\r\n",
                     "\u{F9B2}印发", "é印发", "e\u{301}印发", "关于印发资金管理办法的通知", "印 发"] {
            XCTAssertEqual(ColophonLine.endsWithPrinted(line), line.hasSuffix("印发"), line.debugDescription)
        }
    }
}
