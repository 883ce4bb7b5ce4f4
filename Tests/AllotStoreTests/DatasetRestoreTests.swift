@testable import AllotStore
import AllotModel
import Foundation
import XCTest

/// A dataset whose CSV files have no usable store is refused by ingest; `restore` loads them back.
final class DatasetRestoreTests: FolderTestCase {
    private var database: URL { root.appendingPathComponent(DatasetWriter.databaseFile) }

    private func removeStore() throws {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database.path + suffix) }
    }

    func testIngestRefusesCSVFilesWithoutAUsableStore() throws {
        _ = try DatasetWriter(directory: root).rebuild(StoreFixtures.all)
        let before = try StoreFixtures.files(in: root)
        let cases: [(String, () throws -> Void)] = [
            ("is missing", { try self.removeStore() }),
            ("is empty", { try self.removeStore(); try Data().write(to: self.database) }),
            ("holds no notices", { try self.removeStore(); try SQLiteStore(url: self.database).close() }),
        ]
        for (reason, damage) in cases {
            try damage()
            XCTAssertThrowsError(try DatasetWriter(directory: root).ingest([StoreFixtures.gansu()]), reason) { error in
                XCTAssertEqual(error as? StoreError, .noStore(path: self.root.path, reason: "allot.sqlite \(reason)"))
                XCTAssertTrue("\(error)".contains("allot restore \(self.root.path)"), "\(error)")
            }
            XCTAssertEqual(try StoreFixtures.files(in: root), before, "the CSV files are kept (\(reason))")
        }
        XCTAssertEqual(try DatasetWriter(directory: root.appendingPathComponent("new")).ingest([StoreFixtures.gansu()]).notices,
                       1, "a new folder needs no store")
    }

    func testRestoreGivesBackTheStoreAndTheSameFiles() throws {
        for excel in [false, true] {
            let folder = root.appendingPathComponent(excel ? "excel" : "plain")
            let notices = StoreFixtures.all + [StoreFixtures.hostile()]
            _ = try DatasetWriter(directory: folder, excel: excel).rebuild(notices)
            let before = try StoreFixtures.files(in: folder)
            for suffix in ["", "-wal", "-shm"] {
                try? FileManager.default.removeItem(atPath: folder.appendingPathComponent(DatasetWriter.databaseFile).path + suffix)
            }
            let summary = try DatasetRestore.run(folder, wait: .no)
            XCTAssertEqual(summary.notices, 4)
            XCTAssertEqual(try StoreFixtures.files(in: folder), before, "restored files are byte-identical")
            let store = try SQLiteStore(url: folder.appendingPathComponent(DatasetWriter.databaseFile))
            XCTAssertEqual(try store.export(), DatasetCSV(notices: notices), "the store holds the text as printed")
            try store.close()
            // The restored store takes ingests again, keeping the restored notices.
            XCTAssertEqual(try DatasetWriter(directory: folder, excel: excel).ingest([StoreFixtures.gansu()]).notices, 4)
        }
    }

    func testRestoreChecksEveryRowAgainstTheSchemaAndChangesNothingOnError() throws {
        _ = try DatasetWriter(directory: root).rebuild(StoreFixtures.all)
        try removeStore()
        let allocations = root.appendingPathComponent("allocations.csv")
        let findings = root.appendingPathComponent("findings.csv")
        let original = try String(contentsOf: allocations, encoding: .utf8)
        let originalFindings = try String(contentsOf: findings, encoding: .utf8)
        let damages: [(URL, String, String)] = [
            (allocations, original.replacingOccurrences(of: ",item,", with: ",county,"), "level is not one of"),
            (allocations, original.replacingOccurrences(of: ",1234.50,", with: ",1,234.50,"), "fields where the header has"),
            (allocations, original.replacingOccurrences(of: ",140322,", with: ",14032,"), "division_code does not match"),
            (allocations, original.replacingOccurrences(of: "甘财农〔2023〕7号,2,", with: "甘财农〔2023〕8号,2,"),
             "notice_id 甘财农〔2023〕8号 is not in notices.csv"),
            (allocations, original.replacingOccurrences(of: "notice_id,table_no,row_no,column_no,", with: "notice_id,table_no,row_no,col,"),
             "no column column_no"),
            (findings, originalFindings.replacingOccurrences(of: ",error,", with: ",fatal,"), "severity is not one of"),
            (allocations, original.replacingOccurrences(of: "甘财农〔2023〕7号,2,2,1,", with: "甘财农〔2023〕7号,2,1,1,"),
             "the same notice_id, table_no, row_no, column_no as line"),
            (findings, originalFindings.replacingOccurrences(of: ",5,5.5,", with: ",5,5.5.5,"), "computed is not an exact decimal"),
        ]
        for (file, text, message) in damages {
            XCTAssertNotEqual(text, file == findings ? originalFindings : original, message)
            try text.write(to: file, atomically: true, encoding: .utf8)
            XCTAssertThrowsError(try DatasetRestore.run(root, wait: .no), message) { error in
                XCTAssertTrue("\(error)".contains(message), "\(error)")
                XCTAssertTrue("\(error)".contains(file.path), "\(error) names the file")
            }
            XCTAssertFalse(FileManager.default.fileExists(atPath: database.path), "no store published on error")
            try original.write(to: allocations, atomically: true, encoding: .utf8)
            try originalFindings.write(to: findings, atomically: true, encoding: .utf8)
        }
        XCTAssertEqual(try DatasetRestore.run(root, wait: .no).notices, 3)
    }
}
