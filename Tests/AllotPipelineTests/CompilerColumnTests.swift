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
                     "fiscal-html-indent-clean.html", "fiscal-compiler-lines.html"].map { "Fixtures/fiscal/\($0)" }
        let run = try runAllot(["rebuild", "--quiet"] + files + ["--out", out.path])
        XCTAssertEqual(run.status, 0, run.errors)
        let notices = try CSVTable.read(out.appendingPathComponent("notices.csv")).keyedRows.map(\.fields)
        var file: [String: String] = [:]
        for notice in notices { file[notice["notice_id"] ?? ""] = notice["source_file"] }
        var compilers: [String: Set<String>] = [:]
        var tables: [String: Set<String>] = [:]
        var compiled: Set<String> = []
        for row in try CSVTable.read(out.appendingPathComponent("allocations.csv")).keyedRows.map(\.fields) {
            let source = file[row["notice_id"] ?? ""] ?? "?"
            compilers[source, default: []].insert(row["compiler"] ?? "(no column)")
            tables[source, default: []].insert(row["table_no"] ?? "")
            if row["compiler"] == "某市某区某局" { compiled.insert(source + "#" + (row["table_no"] ?? "")) }
        }
        XCTAssertEqual(compilers, [files[0]: ["某市某区某局"], files[1]: ["某市某区某局"], files[2]: ["某市某区某局"], files[3]: [""],
                                   files[4]: ["某市某区某局", ""]])
        XCTAssertEqual(tables[files[0]]?.count, 5)
        XCTAssertEqual(tables[files[3]]?.count, 5)
        // The data package describes it, with its Chinese header.
        let package = try String(contentsOf: out.appendingPathComponent(DatasetWriter.packageFile), encoding: .utf8)
        XCTAssertTrue(package.contains("\"name\" : \"compiler\"") || package.contains("\"name\":\"compiler\""), package)
        XCTAssertEqual(ColumnLabel.zh("compiler"), "编制部门")
        // The HTML report names each table's title and compiler.
        let page = out.deletingLastPathComponent().appendingPathComponent("report.html")
        XCTAssertEqual(try runAllot(["report", out.path, "-o", page.path]).status, 0)
        let html = try String(contentsOf: page, encoding: .utf8)
        XCTAssertEqual(html.components(separatedBy: "<p class=\"compiler\">编制部门 compiler: 某市某区某局</p>").count - 1, compiled.count)
        XCTAssertEqual(compiled.filter { $0.hasPrefix(files[4]) }.count, 2)
        XCTAssertTrue(html.contains("<h3>分配表 Table 2：2025年部门财政拨款支出预算表（单位：元 unit）</h3>"))
    }

    /// fiscal-compiler-lines: one table under three titles, its 编制单位 printed on a line of its own
    /// above the unit line (table 1), on the title's line after the title (table 2), not at all
    /// (table 3); the PDF and its HTML twin alike. The title is the title without the field, and a
    /// table printing no compiler names none (not the one of the table before).
    func testCompilerAloneOrOnTheTitleLine() throws {
        FileManager.default.changeCurrentDirectoryPath(packageRoot.path)
        for file in ["Fixtures/fiscal/fiscal-compiler-lines.pdf", "Fixtures/fiscal/fiscal-compiler-lines.html"] {
            let notice = try NoticeProcessor().process(path: file)
            XCTAssertEqual(notice.tables.map(\.compiler), ["某市某区某局", "某市某区某局", ""], file)
            XCTAssertEqual(notice.tables.map(\.title), ["2025年部门一般公共预算支出功能分类预算表", "2025年部门财政拨款支出预算表",
                                                     "2025年部门支出预算表"], file)
            XCTAssertEqual(notice.findings.filter(\.isProblem), [], file)
        }
    }

    // The real disclosures (r04–r06 name theirs, r07–r08 none): RealCorpusTruthTests.testCompilers,
    // which reads each real PDF once for all its tests.
}
