import AllotModel
import XCTest

final class UTF8BytesTests: XCTestCase {
    func testWellFormedBytesAreValid() {
        XCTAssertTrue(UTF8Bytes.areValid([UInt8]()))
        XCTAssertTrue(UTF8Bytes.areValid(Array("合计 1,234.5".utf8)))
        XCTAssertTrue(UTF8Bytes.areValid(Array("plain ascii".utf8)))
    }

    func testMalformedBytesAreNot() {
        XCTAssertFalse(UTF8Bytes.areValid([0xE5, 0x90]))            // 合 cut short
        XCTAssertFalse(UTF8Bytes.areValid([0xC0, 0xAF]))            // overlong '/'
        XCTAssertFalse(UTF8Bytes.areValid([0x41, 0xFF, 0x42]))      // a byte UTF-8 never uses
        XCTAssertFalse(UTF8Bytes.areValid([0xBA, 0xCF, 0xBC, 0xC6])) // 合计 in GBK
    }
}
