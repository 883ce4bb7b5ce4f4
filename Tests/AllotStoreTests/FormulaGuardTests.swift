@testable import AllotStore
import Foundation
import XCTest

/// Hostile cells: neutralized in the spreadsheet edition (--excel), exact in plain CSV, read back as printed.
final class FormulaGuardTests: FolderTestCase {
    func testTriggersAreNeutralizedAndRestored() {
        for text in ["=1+2", "+1", "-x", "@SUM(A1)", "\tx", "\rx", "'x", "''"] {
            XCTAssertEqual(FormulaGuard.neutralized(text), "'" + text)
            XCTAssertEqual(FormulaGuard.restored(FormulaGuard.neutralized(text)), text)
        }
        for text in ["", "盂县", "1+1", " =x", "a=b", "－全角"] {
            XCTAssertEqual(FormulaGuard.neutralized(text), text, "\(text) is safe")
            XCTAssertEqual(FormulaGuard.restored(text), text)
        }
    }

    func testSpreadsheetEditionNeutralizesTextCellsAndPlainCSVKeepsThemExact() throws {
        let notices = [StoreFixtures.hostile(), StoreFixtures.shanxi()]
        let plain = root.appendingPathComponent("plain")
        let excel = root.appendingPathComponent("excel")
        _ = try DatasetWriter(directory: plain).rebuild(notices)
        _ = try DatasetWriter(directory: excel, excel: true).rebuild(notices)
        let expected = DatasetCSV(notices: notices)

        let plainCSV = try DatasetReader(directory: plain).read()
        XCTAssertEqual(plainCSV, expected, "plain CSV is exact")
        let allocations = try String(contentsOf: plain.appendingPathComponent("allocations.csv"), encoding: .utf8)
        XCTAssertTrue(allocations.contains(",=1+2,"), allocations)

        let raw = try CSVTable.read(excel.appendingPathComponent("allocations.csv"))
        let name = try XCTUnwrap(raw.header.firstIndex(of: "name"))
        let amount = try XCTUnwrap(raw.header.firstIndex(of: "amount"))
        let remark = try XCTUnwrap(raw.header.firstIndex(of: "remark"))
        let hostileRows = raw.rows.filter { $0[0] == "sha256:fedcba9876543210" }
        XCTAssertEqual(hostileRows.map { $0[name] }, ["'=1+2", "''quoted"])
        XCTAssertEqual(hostileRows.map { $0[amount] }, ["-5", "7"], "numbers are never prefixed")
        XCTAssertEqual(hostileRows.map { $0[remark] }, ["'\r=evil", "'-"])
        for table in DatasetTable.allCases {
            let csv = try CSVTable.read(excel.appendingPathComponent(table.file))
            for (column, values) in zip(csv.header, (0..<csv.header.count).map { index in csv.rows.map { $0[index] } })
            where table.columns.first(where: { $0.name == column })?.kind == .string {
                for value in values {
                    XCTAssertFalse(FormulaGuard.triggers.subtracting(["'"]).contains(value.unicodeScalars.first ?? "a"),
                                   "\(table.file) \(column): \(value) would run as a formula")
                }
            }
        }
        XCTAssertEqual(try DatasetReader(directory: excel).read(), expected, "the reader drops the guard")
    }

    func testDataPackageRecordsTheRiskOrTheGuard() throws {
        let plain = String(decoding: DataPackage.descriptor(), as: UTF8.self)
        let excel = String(decoding: DataPackage.descriptor(excel: true), as: UTF8.self)
        XCTAssertTrue(plain.contains("may be run as formulas"), plain)
        XCTAssertTrue(excel.contains("are prefixed with '"), excel)
        XCTAssertFalse(excel.contains("may be run as formulas"))
    }
}
