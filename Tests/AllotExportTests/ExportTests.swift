@testable import AllotExport
import AllotStore
import Foundation
import XCTest

/// The xlsx and jsonl exports of a small hand-made dataset: sheets, headers, frozen rows, number
/// formats and hostile text cells (read back with openpyxl from `.venv`), and exact JSON Lines.
final class ExportTests: XCTestCase {
    private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// One notice, one table of two rows × two amount columns; a hostile remark and a 16-digit amount.
    private func dataset() -> DatasetCSV {
        var dataset = DatasetCSV()
        var notices = CSVTable(header: DatasetTable.notices.header)
        notices.rows = [DatasetTable.notices.header.map { name in
            ["notice_id": "晋财农〔2022〕1号", "title": "关于下达资金的通知", "source_file": "a.pdf", "page_count": "2",
             "table_count": "1", "row_count": "2", "finding_count": "1"][name] ?? ""
        }]
        dataset[.notices] = notices
        var cells = CSVTable(header: DatasetTable.allocations.header)
        func cell(_ row: Int, _ column: Int, _ name: String, _ level: String, _ columnName: String, _ amount: String,
                  remark: String = "") -> [String] {
            DatasetTable.allocations.header.map { field in
                ["notice_id": "晋财农〔2022〕1号", "table_no": "1", "row_no": "\(row)", "column_no": "\(column)", "page": "2",
                 "level": level, "name": name, "region": name, "division_code": row == 1 ? "140000" : "140100",
                 "column_name": columnName, "amount": amount, "unit": "万元", "remark": remark, "table_title": "分配表"][field] ?? ""
            }
        }
        cells.rows = [
            cell(1, 1, "山西省", "total", "合计", "12345.60"), cell(1, 2, "山西省", "total", "中央资金", "1234567890123456"),
            cell(2, 1, "太原市", "subtotal", "合计", "-0.5", remark: "=HYPERLINK(\"http://x\")"),
            cell(2, 2, "太原市", "subtotal", "中央资金", ""),
        ]
        dataset[.allocations] = cells
        dataset[.findings] = CSVTable(header: DatasetTable.findings.header)
        dataset[.citations] = CSVTable(header: DatasetTable.citations.header)
        return dataset
    }

    func testJSONLinesKeepAmountsExactAndNameTheirTable() throws {
        let lines = JSONLExport.render(dataset()).split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 5)
        let objects = try lines.map { try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        XCTAssertEqual(objects[0]["table"] as? String, "notices")
        XCTAssertEqual(objects[1]["table"] as? String, "allocations")
        XCTAssertEqual(objects[1]["amount"] as? String, "12345.60", "amounts stay exact decimal text")
        XCTAssertEqual(objects[1]["row_no"] as? Int, 1)
        XCTAssertEqual(objects[1]["division_code"] as? String, "140000")
        XCTAssertTrue(objects[4]["amount"] is NSNull, "an empty cell is null")
        XCTAssertEqual(JSONLExport.render(dataset()), JSONLExport.render(dataset()), "same dataset, same bytes")
    }

    func testWorkbookHasTableSheetsPrintedSheetsFrozenHeadersAndTextNeverFormulas() throws {
        let python = root.appendingPathComponent(".venv/bin/python")
        guard FileManager.default.isExecutableFile(atPath: python.path) else {
            throw XCTSkip("no .venv: run `make setup` to read the workbook back with openpyxl")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("allot-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("out.xlsx").path
        try XLSXExport.write(dataset(), to: path)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["out.xlsx"], "no temporary file left")

        let script = """
            import json, sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            out = {"sheets": wb.sheetnames}
            a = wb["allocations"]
            out["freeze"] = a.freeze_panes
            out["headers"] = [a.cell(1, c).value for c in range(1, 4)] + [a.cell(2, c).value for c in range(1, 4)]
            p = wb[wb.sheetnames[-1]]
            out["printed_freeze"] = p.freeze_panes
            out["printed_header"] = [c.value for c in p[2]]
            out["total"] = [p.cell(3, 5).value, p.cell(3, 5).number_format, p.cell(3, 5).data_type]
            out["big"] = [p.cell(3, 6).value, p.cell(3, 6).data_type]
            out["negative"] = p.cell(4, 5).value
            out["remark"] = [p.cell(4, 7).value, p.cell(4, 7).data_type]
            print(json.dumps(out, ensure_ascii=False))
            """
        let process = Process()
        process.executableURL = python
        process.arguments = ["-c", script, path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        let read = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(read["sheets"] as? [String],
                       DatasetTable.allCases.map(\.name) + ["通知1表1"], "one sheet per dataset table, then the printed tables")
        XCTAssertEqual(read["freeze"] as? String, "A3")
        XCTAssertEqual(read["headers"] as? [String], ["通知标识", "表序号", "行序号", "notice_id", "table_no", "row_no"])
        XCTAssertEqual(read["printed_freeze"] as? String, "A3")
        XCTAssertEqual(read["printed_header"] as? [String], ["名称", "层级", "地区", "区划代码", "合计", "中央资金", "备注"])
        let total = try XCTUnwrap(read["total"] as? [Any])
        XCTAssertEqual(total[0] as? Double, 12345.6)
        XCTAssertEqual(total[1] as? String, "#,##0.00")
        XCTAssertEqual(total[2] as? String, "n")
        let big = try XCTUnwrap(read["big"] as? [Any])
        XCTAssertEqual(big[0] as? String, "1234567890123456", "16 digits stay exact text")
        XCTAssertEqual(read["negative"] as? Double, -0.5)
        let remark = try XCTUnwrap(read["remark"] as? [Any])
        XCTAssertEqual(remark[0] as? String, "=HYPERLINK(\"http://x\")")
        XCTAssertEqual(remark[1] as? String, "s", "formula-like text is stored as a string, never as a formula")
    }

    func testEveryDatasetColumnHasAChineseHeader() {
        for table in DatasetTable.allCases {
            for column in table.columns {
                XCTAssertTrue(ColumnLabel.has(column.name), "\(table.name).\(column.name) has no Chinese header")
            }
        }
    }

    func testSheetNamesAreValidAndUnique() {
        var names = Set<String>()
        XCTAssertEqual(XLSXExport.unique("a[b]:c*?/\\", &names), "a_b__c____")
        XCTAssertEqual(XLSXExport.unique(String(repeating: "表", count: 40), &names).count, 31)
        XCTAssertEqual(XLSXExport.unique(String(repeating: "表", count: 40), &names), String(repeating: "表", count: 29) + "~2")
    }
}
