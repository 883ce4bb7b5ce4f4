@testable import AllotOffice
import AllotModel
import AllotTables
import XCTest

final class DOCXReaderTests: XCTestCase {
    private func docx(_ body: String) throws -> [UInt8] {
        let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        return try zipBytes([
            ("_rels/.rels", Array(#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#.utf8)),
            ("word/document.xml", Array(#"<?xml version="1.0"?><w:document xmlns:w="\#(w)"><w:body>\#(body)</w:body></w:document>"#.utf8)),
        ])
    }

    private func read(_ body: String) throws -> OfficeDocument {
        try OfficeExtractor().extract(path: "memory.docx", format: .docx, bytes: try docx(body))
    }

    func testParagraphsKeepAlignmentAndBreaksSplitLinesOfOneBlock() throws {
        let document = try read("""
            <w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>关于下达</w:t></w:r><w:r><w:t>资金的通知</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>
            <w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:t>2022年12月6日</w:t></w:r></w:p>
            """)
        let lines = document.items.compactMap { if case let .line(line) = $0 { line } else { nil } }
        XCTAssertEqual(lines.map(\.cells), [["关于下达资金的通知"], ["第二行"], ["2022年12月6日"]])
        XCTAssertEqual(lines.map(\.alignment), [.center, .center, .right])
        XCTAssertEqual(lines[0].block, lines[1].block)
        XCTAssertNotEqual(lines[1].block, lines[2].block)
    }

    func testGridSpanAndVMergeBecomeSpans() throws {
        func cell(_ text: String, _ properties: String = "") -> String {
            "<w:tc><w:tcPr>\(properties)</w:tcPr><w:p><w:r><w:t>\(text)</w:t></w:r></w:p></w:tc>"
        }
        let document = try read("""
            <w:tbl>
            <w:tr>\(cell("地区", #"<w:vMerge w:val="restart"/>"#))\(cell("其中", #"<w:gridSpan w:val="2"/>"#))</w:tr>
            <w:tr>\(cell("", "<w:vMerge/>"))\(cell("中央资金"))\(cell("省级资金"))</w:tr>
            <w:tr>\(cell("甲县"))\(cell("2"))\(cell("1"))</w:tr>
            </w:tbl>
            """)
        guard case let .grid(grid, _)? = document.items.first else { return XCTFail("no grid") }
        let corner = try XCTUnwrap(grid.cell(row: 1, column: 0))
        XCTAssertEqual([corner.row, corner.rowSpan, corner.columnSpan], [0, 2, 1])
        XCTAssertEqual(grid.cell(row: 0, column: 2)?.text, "其中")
        let table = try XCTUnwrap(tables(document).first)
        XCTAssertEqual(table.columns.map(\.name), ["地区", "中央资金", "省级资金"])
        XCTAssertEqual(table.columns.map(\.parent), [nil, "其中", "其中"])
        XCTAssertEqual(table.rows.map(\.cells), [["甲县", "2", "1"]])
    }

    func test125DocxGivesMetadataLinesAndTheTable() throws {
        let document = try OfficeExtractor().extract(path: officeFixture("jxzf-2022-125.docx"), format: .docx)
        XCTAssertEqual(document.title, "山西省乡村振兴局关于提前下达2023年中央财政衔接推进乡村振兴补助资金计划的通知")
        let scan = FlowReader().scan(document.items)
        XCTAssertEqual(scan.tables.first?.rows.count, 74)
        XCTAssertTrue(scan.bodyLines.contains { $0.text == "晋乡振发〔2022〕125号" })
    }

    func testRelationshipToAMissingPartIsANamedError() throws {
        let bytes = try zipBytes([("_rels/.rels", Array(#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/nowhere.xml"/></Relationships>"#.utf8))])
        XCTAssertThrowsError(try OfficeExtractor().extract(path: "x.docx", format: .docx, bytes: bytes)) { error in
            XCTAssertEqual((error as? OfficeError)?.kind, "missing_part")
        }
    }
}
