import AllotReport
import AllotStore
import Foundation
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
        XCTAssertEqual(notices[1].findings(table: 1, row: 2, column: "中央资金").map(\.checkName), ["subtotal"])
        XCTAssertTrue(notices[1].findings(table: 1, row: 2, column: nil).isEmpty)
        XCTAssertEqual(notices[2].findings(table: 1, row: 2, column: nil).map(\.checkName), ["duplicate_row"])
        XCTAssertTrue(notices[2].findings(table: 1, row: 2, column: "合计").isEmpty)
    }

    /// A dataset written before the columns were renamed (table, row, column, check, pages, rows …) reads the same.
    func testDatasetWithFormerColumnNamesReadsTheSame() throws {
        func former(_ text: String) -> String {
            let header = text.prefix { $0 != "\n" }
            let renamed = header.split(separator: ",", omittingEmptySubsequences: false).map { name -> String in
                ["table_no": "table", "row_no": "row", "column_name": "column", "check_name": "check", "page_count": "pages",
                 "table_count": "tables", "row_count": "rows", "finding_count": "findings"][String(name)] ?? String(name)
            }
            return renamed.joined(separator: ",") + text.dropFirst(header.count)
        }
        XCTAssertTrue(former(ReportSample.findings).hasPrefix("notice_id,table,row,page,name,column,check,"))
        let current = try ReportDataset.read(directory: try ReportSample.write())
        let old = try ReportDataset.read(directory: try ReportSample.write(
            notices: former(ReportSample.notices), allocations: former(ReportSample.allocations),
            findings: former(ReportSample.findings)))
        XCTAssertEqual(old.map(\.tables), current.map(\.tables))
        XCTAssertEqual(old.map(\.findings), current.map(\.findings))
        XCTAssertEqual(old.map { $0.value("row_count") }, ["3", "3", "2"])
    }

    func testMissingFileAndMissingColumnAndBadNumberNameTheFile() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("allot-none-\(UUID().uuidString)").path
        XCTAssertThrowsError(try ReportDataset.read(directory: empty)) { error in
            guard case let .unreadable(path, _)? = error as? ReportError else { return XCTFail("\(error)") }
            XCTAssertTrue(path.hasSuffix("notices.csv"))
        }
        let noColumn = try ReportSample.write(findings: "notice_id,table_no\n")
        XCTAssertThrowsError(try ReportDataset.read(directory: noColumn)) { error in
            XCTAssertTrue("\(error)".contains("findings.csv"), "\(error)")
            XCTAssertTrue("\(error)".contains("no column row_no"), "\(error)")
        }
        let badRow = try ReportSample.write(allocations: ReportSample.allocations.replacingOccurrences(of: ",1,3,3,", with: ",1,three,3,"))
        XCTAssertThrowsError(try ReportDataset.read(directory: badRow)) { error in
            XCTAssertTrue("\(error)".contains("allocations.csv:4: row_no is not a whole number: three"), "\(error)")
        }
    }
}
