import AllotReport
import XCTest

final class ReportDatasetTests: XCTestCase {
    func testNoticesSharingAnIdTakeTheirOwnRowsAndFindingsInOrder() throws {
        let notices = try ReportDataset.read(directory: try ReportSample.write())
        XCTAssertEqual(notices.map(\.id), ["晋乡振发〔2022〕125号", "晋乡振发〔2022〕125号", "x<&>\"y"])
        XCTAssertEqual(notices.map { $0.value("source_file") }, ["a.pdf", "b.pdf", "c.pdf"])
        XCTAssertEqual(notices.map { $0.tables.first?.rows.count }, [3, 3, 2])
        XCTAssertEqual(notices[0].tables[0].rows[0].amounts, ["中央资金": "300"])
        XCTAssertEqual(notices[1].tables[0].rows[0].amounts, ["中央资金": "310"])
        XCTAssertEqual(notices.map(\.findings.count), [0, 2, 1])
        XCTAssertEqual(notices[2].tables[0].rows[0].remark, "<i>备注</i> & \"quoted\"")
    }

    func testFindingsOfACellAndOfARow() throws {
        let notices = try ReportDataset.read(directory: try ReportSample.write())
        XCTAssertEqual(notices[1].findings(table: 1, row: 2, column: "中央资金").map(\.check), ["subtotal"])
        XCTAssertTrue(notices[1].findings(table: 1, row: 2, column: nil).isEmpty)
        XCTAssertEqual(notices[2].findings(table: 1, row: 2, column: nil).map(\.check), ["duplicate_row"])
        XCTAssertTrue(notices[2].findings(table: 1, row: 2, column: "合计").isEmpty)
    }

    func testMissingFileAndMissingColumnAndBadNumberNameTheFile() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("allot-none-\(UUID().uuidString)").path
        XCTAssertThrowsError(try ReportDataset.read(directory: empty)) { error in
            guard case let .unreadable(path, _)? = error as? ReportError else { return XCTFail("\(error)") }
            XCTAssertTrue(path.hasSuffix("notices.csv"))
        }
        let noColumn = try ReportSample.write(findings: "notice_id,table\n")
        XCTAssertThrowsError(try ReportDataset.read(directory: noColumn)) { error in
            XCTAssertTrue("\(error)".contains("findings.csv"), "\(error)")
            XCTAssertTrue("\(error)".contains("no column row"), "\(error)")
        }
        let badRow = try ReportSample.write(allocations: ReportSample.allocations.replacingOccurrences(of: ",1,3,3,", with: ",1,three,3,"))
        XCTAssertThrowsError(try ReportDataset.read(directory: badRow)) { error in
            XCTAssertTrue("\(error)".contains("allocations.csv:4: row is not a whole number: three"), "\(error)")
        }
    }
}
