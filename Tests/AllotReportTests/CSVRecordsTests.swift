@testable import AllotReport
import XCTest

final class CSVRecordsTests: XCTestCase {
    func testQuotedFieldsWithCommasQuotesAndNewlines() throws {
        let text = "\u{FEFF}a,b,c\r\n1,\"x, \"\"y\"\"\",\"two\nlines\"\r\n2,,\"\"\n"
        let csv = try CSVRecords(parsing: text)
        XCTAssertEqual(csv.header, ["a", "b", "c"])
        XCTAssertEqual(csv.rows.map(\.fields), [["1", "x, \"y\"", "two\nlines"], ["2", "", ""]])
        XCTAssertEqual(csv.rows.map(\.line), [2, 4])
    }

    func testLastRecordWithoutLineEnd() throws {
        let csv = try CSVRecords(parsing: "a,b\n盂县,1777")
        XCTAssertEqual(csv.dictionaries.first?.values, ["a": "盂县", "b": "1777"])
    }

    func testFieldCountMismatchNamesTheLine() {
        XCTAssertThrowsError(try CSVRecords(parsing: "a,b\n1,2\n3\n")) { error in
            XCTAssertEqual((error as? CSVRecords.Failure)?.line, 3)
        }
    }

    func testUnterminatedQuoteFails() {
        XCTAssertThrowsError(try CSVRecords(parsing: "a\n\"open\n"))
    }

    func testTextAfterClosingQuoteFails() {
        XCTAssertThrowsError(try CSVRecords(parsing: "a\n\"x\"y\n"))
    }
}
