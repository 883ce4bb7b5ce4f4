import AllotModel
import AllotPipeline
import AllotStore
import Foundation
import XCTest

/// allocations.compiler: who compiled the table, from the 编制部门：… 单位：… line printed above it
/// (budget and final-account disclosures); empty when the table does not print one.
final class CompilerColumnTests: XCTestCase {
    /// The fiscal fixtures' generator prints "编制部门：某市某区某局" left of the unit over every table
    /// of a PDF (Scripts/fiscalgen/specs.py, `Fixture.org`); the HTML twins print only the unit.
    func testGeneratedFiscalTablesThroughTheDataset() throws {
        let out = try temporaryFolder("allot-compiler").appendingPathComponent("dataset")
        let files = ["fiscal-html-indent-clean.pdf", "fiscal-lattice-centred-wrapped.pdf", "fiscal-two-sided-balanced.pdf",
                     "fiscal-html-indent-clean.html"].map { "Fixtures/fiscal/\($0)" }
        let run = try runAllot(["rebuild", "--quiet"] + files + ["--out", out.path])
        XCTAssertEqual(run.status, 0, run.errors)
        let notices = try CSVTable.read(out.appendingPathComponent("notices.csv")).keyedRows.map(\.fields)
        var file: [String: String] = [:]
        for notice in notices { file[notice["notice_id"] ?? ""] = notice["source_file"] }
        var compilers: [String: Set<String>] = [:]
        var tables: [String: Set<String>] = [:]
        for row in try CSVTable.read(out.appendingPathComponent("allocations.csv")).keyedRows.map(\.fields) {
            let source = file[row["notice_id"] ?? ""] ?? "?"
            compilers[source, default: []].insert(row["compiler"] ?? "(no column)")
            tables[source, default: []].insert(row["table_no"] ?? "")
        }
        XCTAssertEqual(compilers, [files[0]: ["某市某区某局"], files[1]: ["某市某区某局"], files[2]: ["某市某区某局"], files[3]: [""]])
        XCTAssertEqual(tables[files[0]]?.count, 5)
        XCTAssertEqual(tables[files[3]]?.count, 5)
        // The data package describes it, with its Chinese header.
        let package = try String(contentsOf: out.appendingPathComponent(DatasetWriter.packageFile), encoding: .utf8)
        XCTAssertTrue(package.contains("\"name\" : \"compiler\"") || package.contains("\"name\":\"compiler\""), package)
        XCTAssertEqual(ColumnLabel.zh("compiler"), "编制部门")
    }

    // The real disclosures: RealFiscalTablesTests.testNoDisclosureGetsAFindingWhereItsSumsHold, which
    // reads them anyway.
}
