@testable import AllotStore
import AllotModel
import Foundation
import XCTest

/// One writer at a time per dataset folder, and exports that are one snapshot of the store.
final class DatasetLockTests: FolderTestCase {
    func testASecondWriterFailsAtOnceWithNoWait() throws {
        let lock = try DatasetLock(root, wait: .no)
        for mode in [DatasetSession.Mode.ingest, .rebuild] {
            XCTAssertThrowsError(try DatasetSession(writer: DatasetWriter(directory: root), mode: mode, wait: .no)) { error in
                XCTAssertEqual(error as? StoreError, .locked(path: self.root.path))
            }
        }
        XCTAssertThrowsError(try DatasetRestore.run(root, wait: .no))
        lock.unlock()
        XCTAssertEqual(try DatasetWriter(directory: root).ingest([StoreFixtures.gansu()]).notices, 1)
    }

    func testAWaitingWriterGoesOnWhenTheLockIsReleased() throws {
        let lock = try DatasetLock(root, wait: .no)
        let told = expectation(description: "told to wait")
        let done = expectation(description: "ingest finished")
        let directory = root!
        DispatchQueue.global().async {
            let session = try? DatasetSession(writer: DatasetWriter(directory: directory), mode: .ingest,
                                              wait: .yes(waiting: { message in
                                                  XCTAssertTrue(message.contains("waiting"), message)
                                                  told.fulfill()
                                              }))
            session?.add(StoreFixtures.gansu())
            _ = try? session?.finish()
            done.fulfill()
        }
        wait(for: [told], timeout: 30)
        Thread.sleep(forTimeInterval: 0.3)
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent("notices.csv").path),
                       "the waiting writer has not written")
        lock.unlock()
        wait(for: [done], timeout: 60)
        XCTAssertEqual(try DatasetReader(directory: root).read().notices.rows.count, 1)
    }

    /// A notice committed by another connection while the files are exported is in none of them:
    /// every table comes from the same read transaction.
    func testExportIsOneSnapshot() throws {
        let url = root.appendingPathComponent(DatasetWriter.databaseFile)
        let store = try SQLiteStore(url: url)
        try store.replace(StoreFixtures.shanxi())
        let other = try SQLiteStore(url: url)
        let folder = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var wrote: Result<Void, StoreError>?
        _ = try store.exportFiles(to: folder, excel: false, afterTable: { table in
            guard table == .notices, wrote == nil else { return }
            wrote = Result { () throws(StoreError) in try other.replace(StoreFixtures.gansu()) }
        })
        XCTAssertNoThrow(try XCTUnwrap(wrote).get(), "the other connection writes during the export")
        for table in DatasetTable.allCases {
            let ids = Set(try CSVTable.read(folder.appendingPathComponent(table.file)).rows.map { $0[0] })
            XCTAssertFalse(ids.contains(StoreFixtures.gansu().id), "\(table.file) has a notice committed during the export")
        }
        XCTAssertEqual(try store.noticeIDs().count, 2, "the other connection's commit is in the store")
        try other.close()
        try store.close()
    }
}
