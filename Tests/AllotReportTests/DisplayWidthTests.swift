@testable import AllotReport
import XCTest

final class DisplayWidthTests: XCTestCase {
    func testIdeographsAndFullwidthFormsTakeTwoColumns() {
        XCTAssertEqual(DisplayWidth.of("盂县"), 4)
        XCTAssertEqual(DisplayWidth.of("403255"), 6)
        XCTAssertEqual(DisplayWidth.of("（万元）"), 8)
        XCTAssertEqual(DisplayWidth.of("〔2022〕"), 8)
        XCTAssertEqual(DisplayWidth.of("e\u{301}"), 1)
    }

    func testPaddingCountsColumnsNotCharacters() {
        XCTAssertEqual(DisplayWidth.pad("盂县", to: 6), "盂县  ")
        XCTAssertEqual(DisplayWidth.pad("1777", to: 6, rightAligned: true), "  1777")
        XCTAssertEqual(DisplayWidth.pad("太原市小计", to: 4), "太原市小计")
    }
}
