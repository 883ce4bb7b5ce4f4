@testable import AllotOffice
import AllotModel
@testable import AllotTables
import AllotXML
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

    /// A label cell's indentation is kept for the hierarchy: its paragraph's `w:ind` (in
    /// characters, or in twips at the run's size) and the ideographic spaces its text starts with;
    /// a centred cell has no measured start (before, both were dropped and every row was flush).
    func testCellIndentationFromParagraphIndentAndLeadingSpaces() throws {
        func cell(_ text: String, _ paragraph: String = "", run: String = "") -> String {
            "<w:tc><w:p><w:pPr>\(paragraph)</w:pPr><w:r><w:rPr>\(run)</w:rPr><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p></w:tc>"
        }
        let document = try read("""
            <w:tbl>
            <w:tr>\(cell("项目"))\(cell("预算数"))</w:tr>
            <w:tr>\(cell("一般公共服务支出"))\(cell("3"))</w:tr>
            <w:tr>\(cell("行政运行", #"<w:ind w:leftChars="200" w:left="420"/>"#))\(cell("1"))</w:tr>
            <w:tr>\(cell("机关服务", #"<w:ind w:left="480"/>"#, run: #"<w:sz w:val="24"/>"#))\(cell("2"))</w:tr>
            <w:tr>\(cell("\u{3000}\u{3000}事业运行"))\(cell("0"))</w:tr>
            <w:tr>\(cell("合计", #"<w:jc w:val="center"/>"#))\(cell("3"))</w:tr>
            </w:tbl>
            """)
        guard case let .grid(grid, _)? = document.items.first else { return XCTFail("no grid") }
        XCTAssertEqual((1...5).map { grid.cell(row: $0, column: 0)?.indent }, [0, 2, 2, 0, nil])
        XCTAssertEqual((1...4).map { GridTableReader.labelExtent(grid, row: $0, column: 0)?.start }, [0, 2, 2, 2])
        XCTAssertEqual(grid.cell(row: 4, column: 0)?.text, "\u{3000}\u{3000}事业运行")
        let ind = MarkupElement(name: "ind", attributes: ["firstLineChars": "200", "hangingChars": "100"])
        let paragraph = MarkupElement(name: "p", children: [.element(MarkupElement(name: "pPr", children: [.element(ind)]))])
        XCTAssertEqual(DOCXIndent.em(of: paragraph), 1)
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
