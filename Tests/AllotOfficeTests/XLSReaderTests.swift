@testable import AllotOffice
import AllotModel
import AllotTables
import Foundation
import XCTest

final class XLSReaderTests: XCTestCase {
    func test125WorkbookReadsThroughFreeXL() throws {
        let document = try OfficeExtractor().extract(path: officeFixture("jxzf-2022-125.xls"), format: .xls)
        let table = try XCTUnwrap(tables(document).first)
        XCTAssertEqual(table.title, "提前下达2023年中央财政衔接推进乡村振兴补助资金计划表")
        XCTAssertEqual(table.unit, "万元")
        XCTAssertEqual(table.rows.count, 74)
        XCTAssertEqual(table.rows.first?.cells, ["全省合计", "403155", ""])
    }

    func testDoublesBecomeTheirShortestDecimalText() throws {
        let document = try OfficeExtractor().extract(path: officeFixture("distributed-twolevel-decimal-after.xls"),
                                                     format: .xls)
        let table = try XCTUnwrap(tables(document).first)
        // 3023.90 is stored as the double 3023.9: the value is exact, the trailing zero is display
        XCTAssertEqual(table.rows.first?.cells.prefix(4).map { $0 }, ["栾川县", "6882.71", "3858.81", "3023.9"])
    }

    func testRealWPSWorkbookReadsWithoutError() throws {
        let path = packageRoot.appendingPathComponent("../shared/corpora/real/r09-budget-template-wps.xls").path
        guard FileManager.default.fileExists(atPath: path) else {
            throw XCTSkip("\(path) is absent: the real WPS workbook test is skipped")
        }
        let document = try OfficeExtractor().extract(path: path, format: .xls)
        // read without error: its sheets give lines and grids (whether a grid is an allocation table
        // is the table stage's judgement, which changes with the vocabulary)
        XCTAssertFalse(document.items.isEmpty)
        XCTAssertTrue(document.items.contains { if case .grid = $0 { true } else { false } })
    }

    func testNotAWorkbookIsANamedError() throws {
        var bytes: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        bytes += Array(repeating: 0, count: 600)
        XCTAssertThrowsError(try OfficeExtractor().extract(path: "x.xls", format: .xls, bytes: bytes)) {
            XCTAssertEqual(($0 as? OfficeError)?.kind, "xls_error")
        }
    }
}
