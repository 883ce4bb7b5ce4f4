import AllotModel
@testable import AllotStore
import Foundation
import XCTest

/// datapackage.json: its shape, and validation by the frictionless validator when the venv is set up.
final class DataPackageTests: FolderTestCase {
    func testDescriptorDescribesEveryCSVWithKeysAndBilingualDescriptions() throws {
        let object = try JSONSerialization.jsonObject(with: DataPackage.descriptor()) as? [String: Any]
        let package = try XCTUnwrap(object)
        XCTAssertEqual(package["profile"] as? String, "tabular-data-package")
        XCTAssertEqual(package["name"] as? String, "allot-fund-allocations")
        let resources = try XCTUnwrap(package["resources"] as? [[String: Any]])
        XCTAssertEqual(resources.compactMap { $0["path"] as? String },
                       ["notices.csv", "allocations.csv", "findings.csv", "citations.csv", "sources.csv",
                        "attachments.csv", "relations.csv"])
        for (table, resource) in zip(DatasetTable.allCases, resources) {
            let schema = try XCTUnwrap(resource["schema"] as? [String: Any])
            let fields = try XCTUnwrap(schema["fields"] as? [[String: Any]])
            XCTAssertEqual(fields.compactMap { $0["name"] as? String }, table.header)
            for field in fields {
                let description = try XCTUnwrap(field["description"] as? String)
                XCTAssertTrue(description.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }, description)
                XCTAssertTrue(description.contains { $0.isASCII && $0.isLetter }, description)
            }
            XCTAssertEqual(schema["primaryKey"] as? [String], table.primaryKey.map(\.name))
            XCTAssertEqual((schema["foreignKeys"] as? [Any])?.count, table == .notices ? nil : 1)
        }
        let amount = try XCTUnwrap(((resources[1]["schema"] as? [String: Any])?["fields"] as? [[String: Any]])?
            .first { $0["name"] as? String == "amount" })
        XCTAssertEqual(amount["type"] as? String, "number")
        XCTAssertEqual(amount["decimalChar"] as? String, ".")
        XCTAssertEqual(amount["groupChar"] as? String, "")
    }

    func testDescriptorIsPrintedWithSortedKeysAndNoTimestamps() throws {
        let text = String(decoding: DataPackage.descriptor(), as: UTF8.self)
        XCTAssertEqual(DataPackage.descriptor(), DataPackage.descriptor())
        XCTAssertTrue(text.hasPrefix("{\n  \"description\""), String(text.prefix(40)))
        XCTAssertFalse(text.contains("created"))
        XCTAssertTrue(text.hasSuffix("}\n"))
    }

    /// Runs Scripts/validate_datapackage.py (frictionless) on a small dataset, plain and with BOMs.
    func testFrictionlessValidatesTheWrittenPackage() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let venv = repository.appendingPathComponent(".venv/bin")
        guard FileManager.default.isExecutableFile(atPath: venv.appendingPathComponent("frictionless").path) else {
            throw XCTSkip("no .venv/bin/frictionless: run `make setup` to validate the data package")
        }
        for byteOrderMark in [false, true] {
            let directory = root.appendingPathComponent(byteOrderMark ? "excel" : "plain")
            _ = try DatasetWriter(directory: directory, excel: byteOrderMark)
                .rebuild(StoreFixtures.all + [StoreFixtures.hostile(), StoreFixtures.tableless()])
            let (status, output) = try run(venv.appendingPathComponent("python"),
                                           [repository.appendingPathComponent("Scripts/validate_datapackage.py").path,
                                            directory.path])
            XCTAssertEqual(status, 0, output)
            XCTAssertTrue(output.contains("valid (7 resources"), output)
        }
        // The notice-level finding has an empty table, row and page; its address and ids are written.
        let dataset = try DatasetReader(directory: root.appendingPathComponent("plain")).read()
        let noTable = try XCTUnwrap(dataset.findings.keyedRows.first { $0[FindingColumns.checkName] == "no_table" })
        XCTAssertEqual([noTable[FindingColumns.tableNo], noTable[FindingColumns.rowNo], noTable[FindingColumns.page]],
                       ["", "", ""])
        XCTAssertEqual(noTable[FindingColumns.messageZH], "未找到分配表，仅有元数据")
        XCTAssertEqual(try FindingColumns.finding(noTable).table, 0, "read back as the model's 0")
        let ids = dataset.findings.keyedRows.map { $0[FindingColumns.findingID] }
        XCTAssertEqual(Set(ids).count, ids.count)
        let cells = dataset.allocations.keyedRows.map { $0[AllocationColumns.cellID] }
        XCTAssertEqual(Set(cells).count, cells.count, "cell ids are unique")
        XCTAssertTrue(cells.allSatisfy { $0.range(of: "^c[0-9a-f]{16}$", options: .regularExpression) != nil })
        XCTAssertEqual(dataset.notices.keyedRows.first { $0[NoticeColumns.noticeID] == "丙〔2022〕3号" }?[NoticeColumns.sourceURL],
                       "https://czt.example.gov.cn/t3.html")
    }

    func testFrictionlessRejectsAnAllocationOfAnUnknownNotice() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let venv = repository.appendingPathComponent(".venv/bin")
        guard FileManager.default.isExecutableFile(atPath: venv.appendingPathComponent("frictionless").path) else {
            throw XCTSkip("no .venv/bin/frictionless: run `make setup` to validate the data package")
        }
        _ = try DatasetWriter(directory: root).rebuild(StoreFixtures.all)
        let allocations = root.appendingPathComponent("allocations.csv")
        var text = try String(contentsOf: allocations, encoding: .utf8)
        text += "无此通知,1,1,1,1,item,某县,某县,,,中央资金,1.5,万元,,,,,\n"
        try text.write(to: allocations, atomically: true, encoding: .utf8)
        let (status, output) = try run(venv.appendingPathComponent("python"),
                                       [repository.appendingPathComponent("Scripts/validate_datapackage.py").path, root.path])
        XCTAssertEqual(status, 1, output)
        XCTAssertTrue(output.contains("foreign-key"), output)
    }

    private func run(_ executable: URL, _ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
