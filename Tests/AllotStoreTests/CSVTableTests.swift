@testable import AllotStore
import Foundation
import XCTest

/// RFC 4180 writing and reading.
final class CSVTableTests: XCTestCase {
    func testQuotesOnlyFieldsThatNeedIt() {
        XCTAssertEqual(CSVTable.quote("盂县"), "盂县")
        XCTAssertEqual(CSVTable.quote("1234.50"), "1234.50")
        XCTAssertEqual(CSVTable.quote(""), "")
        XCTAssertEqual(CSVTable.quote("a,b"), "\"a,b\"")
        XCTAssertEqual(CSVTable.quote("说\"试点\""), "\"说\"\"试点\"\"\"")
        XCTAssertEqual(CSVTable.quote("两\n行"), "\"两\n行\"")
        XCTAssertEqual(CSVTable.quote("回车\r"), "\"回车\r\"")
        XCTAssertEqual(CSVTable.quote("CRLF\r\n"), "\"CRLF\r\n\"", "a CRLF is one Character in Swift")
        XCTAssertEqual(CSVTable.quote(" 前后 "), "\" 前后 \"")
    }

    func testRenderUsesLFAndHeaderFirst() {
        let table = CSVTable(header: ["a", "b"], rows: [["1", "x,y"], ["", "\""]])
        XCTAssertEqual(table.render(), "a,b\n1,\"x,y\"\n,\"\"\"\"\n")
    }

    func testParseGivesBackWhatRenderWrote() throws {
        let fields = ["", "盂县", "a,b", "\"", "\"\"", "两\n行", "crlf\r\nend", " lead", "trail ", "，全角", "—"]
        let table = CSVTable(header: ["h1", "h2"], rows: fields.map { [$0, "x" + $0] } + [["", ""]])
        let parsed = try CSVTable.parse(Data(table.render().utf8), path: "t.csv")
        XCTAssertEqual(parsed, table)
    }

    func testParseAcceptsCRLFAndByteOrderMarkAndMissingFinalLineEnd() throws {
        let data = Data(CSVTable.byteOrderMark) + Data("notice_id,amount\r\n甲,1\r\n乙,\"2\"".utf8)
        let parsed = try CSVTable.parse(data, path: "t.csv")
        XCTAssertEqual(parsed.header, ["notice_id", "amount"])
        XCTAssertEqual(parsed.rows, [["甲", "1"], ["乙", "2"]])
    }

    func testMalformedInputNamesFileAndLine() {
        XCTAssertThrowsError(try CSVTable.parse(Data("a,b\n1,\"open\n".utf8), path: "x.csv")) { error in
            XCTAssertEqual(error as? StoreError, .malformedCSV(path: "x.csv", line: 3, reason: "unterminated quoted field"))
        }
        XCTAssertThrowsError(try CSVTable.parse(Data("a,b\n\"1\n2\",3\n4\n".utf8), path: "x.csv")) { error in
            XCTAssertEqual(error as? StoreError,
                           .malformedCSV(path: "x.csv", line: 4, reason: "1 fields where the header has 2"))
        }
        XCTAssertThrowsError(try CSVTable.parse(Data("a\nx\"y\n".utf8), path: "x.csv")) { error in
            XCTAssertEqual(error as? StoreError, .malformedCSV(path: "x.csv", line: 2, reason: "quote inside an unquoted field"))
        }
        XCTAssertThrowsError(try CSVTable.parse(Data(), path: "x.csv")) { error in
            XCTAssertEqual(error as? StoreError, .malformedCSV(path: "x.csv", line: 1, reason: "no header row"))
        }
    }
}
