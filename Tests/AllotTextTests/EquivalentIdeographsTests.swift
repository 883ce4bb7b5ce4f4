@testable import AllotText
import XCTest

final class EquivalentIdeographsTests: XCTestCase {
    func testBundledTableLoads() throws {
        let table = try EquivalentIdeographs.loaded.get()
        XCTAssertEqual(table["\u{2ED3}"], "\u{957F}")  // ⻓ → 长
        XCTAssertEqual(table["\u{2E8D}"], "\u{5C0F}")  // end of the range 2E8C..2E8D
        XCTAssertEqual(table["\u{31E1}"], "\u{2010E}")
        XCTAssertNil(table["\u{2F00}"], "Kangxi Radicals are left to NFKC")
        XCTAssertEqual(table.count, 134)
    }

    func testDamagedCompiledTableIsAnError() {
        XCTAssertThrowsError(try EquivalentIdeographs.load([])) { error in
            XCTAssertEqual(error as? NormalizeError, .malformedData(file: "EquivalentUnifiedIdeograph.txt", line: 0,
                                                                    reason: "the compiled table is empty"))
        }
        XCTAssertThrowsError(try EquivalentIdeographs.load([("\u{2ED3}", "\u{957F}"), ("\u{2ED3}", "\u{957E}")])) { error in
            XCTAssertEqual(error as? NormalizeError, .malformedData(file: "EquivalentUnifiedIdeograph.txt", line: 2,
                                                                    reason: "U+2ED3 is mapped twice"))
        }
    }

    func testParsesRangesAndSkipsComments() throws {
        let text = "# header\n\n2E8C..2E8E ; 5C0F # small\n31D0 ; 4E00\n"
        let table = try EquivalentIdeographs.parse(text, file: "t.txt")
        XCTAssertEqual(table.count, 4)
        XCTAssertEqual(table["\u{2E8E}"], "\u{5C0F}")
        XCTAssertEqual(table["\u{31D0}"], "\u{4E00}")
    }

    func testMalformedLineNamesFileAndLine() {
        XCTAssertThrowsError(try EquivalentIdeographs.parse("# x\n2E8C ; zz\n", file: "t.txt")) { error in
            XCTAssertEqual(error as? NormalizeError,
                           .malformedData(file: "t.txt", line: 2, reason: "expected `code[..code] ; code`"))
        }
        XCTAssertThrowsError(try EquivalentIdeographs.parse("2E8D..2E8C ; 5C0F\n", file: "t.txt"))
    }
}
