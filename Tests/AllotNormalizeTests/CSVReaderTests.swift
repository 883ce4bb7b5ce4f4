import AllotText
@testable import AllotNormalize
import XCTest

final class CSVReaderTests: XCTestCase {
    func testQuotedAndPlainFields() {
        XCTAssertEqual(CSVReader.fields(of: #"140322,"盂县",1403,14"#), ["140322", "盂县", "1403", "14"])
        XCTAssertEqual(CSVReader.fields(of: #""a,b","say ""hi""",,"#), ["a,b", #"say "hi""#, "", ""])
        XCTAssertEqual(CSVReader.fields(of: ""), [""])
    }

    func testBrokenQuotesAreRejected() {
        XCTAssertNil(CSVReader.fields(of: #""open"#))
        XCTAssertNil(CSVReader.fields(of: #""a"b"#))
        XCTAssertNil(CSVReader.fields(of: #"a"b""#))
    }

    func testRecordsKeepLineNumbersAndSkipBlankLines() throws {
        let records = try CSVReader.records("\u{FEFF}code,name\r\n\r\n14,\"山西省\"\r\n", file: "p.csv")
        XCTAssertEqual(records, [
            CSVReader.Record(line: 1, fields: ["code", "name"]),
            CSVReader.Record(line: 3, fields: ["14", "山西省"]),
        ])
    }

    func testBadLineIsReportedWithItsNumber() {
        XCTAssertThrowsError(try CSVReader.records("code,name\n14,\"山西省\n", file: "p.csv")) { error in
            XCTAssertEqual(error as? NormalizeError, .malformedData(file: "p.csv", line: 2, reason: "unbalanced quotes"))
        }
    }
}
