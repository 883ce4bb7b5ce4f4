import AllotModel
import AllotPipeline
import Foundation
import XCTest

/// .doc, .wps and .et go through LibreOffice (converted to docx or xlsx in a private folder) and
/// read to the rows of the docx and xlsx they were made from (Scripts/make_legacy_fixtures.py).
/// Skipped where LibreOffice is not installed: it is not a dependency of the build.
final class LegacyOfficeTests: XCTestCase {
    private func process(_ path: String) throws -> Notice {
        _ = FileManager.default.changeCurrentDirectoryPath(packageRoot.path)
        return try NoticeProcessor().process(path: path)
    }

    private func requireLibreOffice() throws {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map(String.init) + ["/usr/lib/libreoffice/program"]
        guard folders.contains(where: { FileManager.default.isExecutableFile(atPath: "\($0)/soffice") }) else {
            throw XCTSkip("LibreOffice (soffice) is not installed")
        }
    }

    /// Every row as table | unit | attachment | level | name | amounts | remark | division code.
    private func rows(_ notice: Notice) -> [String] {
        notice.tables.flatMap { table in
            table.rows.map { row in
                let amounts = row.amounts.map { $0?.text ?? "" }.joined(separator: "/")
                return [String(table.index), table.unit, table.attachment, row.level.rawValue, row.name, amounts,
                        row.remark, row.divisionCode].joined(separator: "|")
            }
        }
    }

    func testWordBinaryDocumentsReadAsTheirDocx() throws {
        try requireLibreOffice()
        for family in ["jxzf-2022-125", "distributed-twolevel-decimal-after"] {
            let docx = try process("Fixtures/office/\(family).docx")
            XCTAssertFalse(docx.tables.isEmpty, family)
            for format in ["doc", "wps"] {
                let legacy = try process("Fixtures/office/\(family).\(format)")
                XCTAssertEqual(rows(legacy), rows(docx), "\(family).\(format)")
                XCTAssertEqual(legacy.id, docx.id, "\(family).\(format)")
                XCTAssertEqual(legacy.metadata.date, docx.metadata.date, "\(family).\(format)")
                XCTAssertEqual(legacy.findings.map(\.check.rawValue).sorted(), docx.findings.map(\.check.rawValue).sorted(),
                               "\(family).\(format)")
            }
        }
    }

    func testWPSSpreadsheetReadsAsItsWorkbook() throws {
        try requireLibreOffice()
        let xlsx = try process("Fixtures/office/jxzf-2022-125.xlsx")
        let et = try process("Fixtures/office/jxzf-2022-125.et")
        XCTAssertEqual(rows(et), rows(xlsx))
        // Hidden row, column and sheet, and the SUM formulas with their cached values, survive the conversion.
        XCTAssertEqual(et.findings.map(\.check.rawValue).sorted(), ["formula_confirmed", "hidden_skipped", "hidden_skipped"])
    }
    /// Damaged .doc, .wps and .et files: LibreOffice refuses or repairs them; either way a named
    /// error for the file or a notice, within the conversion's time limit, never a crash.
    func testDamagedLegacyFilesGiveANamedErrorOrANotice() throws {
        try requireLibreOffice()
        _ = FileManager.default.changeCurrentDirectoryPath(packageRoot.path)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("allot-legacy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["jxzf-2022-125.doc", "jxzf-2022-125.wps", "jxzf-2022-125.et"] {
            var bytes = try [UInt8](Data(contentsOf: packageRoot.appendingPathComponent("Fixtures/office/\(name)")))
            bytes = Array(bytes.prefix(bytes.count / 2))
            for index in stride(from: 600, to: bytes.count, by: 997) { bytes[index] ^= 0x5A }
            let path = folder.appendingPathComponent("damaged-\(name)").path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            do {
                let notice = try NoticeProcessor().process(path: path)
                XCTAssertEqual(notice.sourceFile, path)
            } catch {
                XCTAssertTrue(error.description.contains(path), error.description)
            }
        }
    }
}
