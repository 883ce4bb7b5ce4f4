@testable import AllotStore
import Foundation
import XCTest

/// `allot diff`: rows matched by notice, table, region and column; changed amounts old → new.
final class DatasetDiffTests: XCTestCase {
    func testIdenticalDatasetsHaveNoDifferences() {
        let dataset = DatasetCSV(notices: StoreFixtures.all)
        let diff = DatasetDiff(old: dataset, new: dataset)
        XCTAssertTrue(diff.isEmpty)
        XCTAssertEqual(diff.render(), "no differences\n")
    }

    func testChangedAmountIsReportedOldToNew() throws {
        let diff = DatasetDiff(old: DatasetCSV(notices: [StoreFixtures.shanxi(yuxian: "1234.50")]),
                               new: DatasetCSV(notices: [StoreFixtures.shanxi(yuxian: "1243.50")]))
        XCTAssertFalse(diff.isEmpty)
        let allocations = try XCTUnwrap(diff.tables.first { $0.table == .allocations })
        XCTAssertEqual(allocations.added, [])
        XCTAssertEqual(allocations.removed, [])
        XCTAssertEqual(allocations.changed.map(\.label), [
            "晋乡振发〔2022〕125号 table 1 山西省 中央资金",
            "晋乡振发〔2022〕125号 table 1 阳泉市 中央资金",
            "晋乡振发〔2022〕125号 table 1 盂县 中央资金",
        ])
        XCTAssertEqual(allocations.changed[2].fields,
                       [TableDiff.FieldChange(field: "amount", old: "1234.50", new: "1243.50")])
        let report = diff.render()
        XCTAssertTrue(report.contains("allocations.csv: 0 added, 0 removed, 3 changed, 0 moved\n"), report)
        XCTAssertTrue(report.contains("  ~ 晋乡振发〔2022〕125号 table 1 盂县 中央资金: amount 1234.50 → 1243.50\n"), report)
        XCTAssertTrue(report.contains("findings.csv: 0 added, 0 removed, 0 changed, 0 moved\n"), report)
    }

    func testAddedRemovedAndMovedRows() throws {
        let old = StoreFixtures.shanxi()
        var new = old
        new.tables[0].rows.remove(at: 3)  // 城区 removed
        new.tables[0].rows.insert(StoreFixtures.row(3, .item, "平定县", "平定县", "140321", "140300", ["7", nil]), at: 2)
        for index in new.tables[0].rows.indices { new.tables[0].rows[index].number = index + 1 }
        let diff = DatasetDiff(old: DatasetCSV(notices: [old, StoreFixtures.gansu()]), new: DatasetCSV(notices: [new]))
        let allocations = try XCTUnwrap(diff.tables.first { $0.table == .allocations })
        XCTAssertEqual(allocations.added.map(\.label), ["晋乡振发〔2022〕125号 table 1 平定县 中央资金",
                                                        "晋乡振发〔2022〕125号 table 1 平定县 省级资金"])
        XCTAssertEqual(allocations.added.map(\.value), ["7", ""])
        XCTAssertEqual(allocations.removed.count, 2 + 3)
        XCTAssertEqual(allocations.removed.last?.label, "甘财农〔2023〕7号 table 2 榆中县 中央资金")
        XCTAssertEqual(allocations.removed.first { $0.label.hasPrefix("甘财农〔2023〕7号 table 1") }?.label,
                       "甘财农〔2023〕7号 table 1 兰州市本级 中央资金", "no region: the label keys the row")
        XCTAssertEqual(allocations.changed.filter(\.isMove).map(\.label),
                       ["晋乡振发〔2022〕125号 table 1 盂县 中央资金", "晋乡振发〔2022〕125号 table 1 盂县 省级资金"])
        let notices = try XCTUnwrap(diff.tables.first { $0.table == .notices })
        XCTAssertEqual(notices.removed.map(\.label), ["甘财农〔2023〕7号"])
        XCTAssertEqual(notices.changed, [])
        let report = diff.render()
        XCTAssertTrue(report.contains("  + 晋乡振发〔2022〕125号 table 1 平定县 省级资金: (empty)\n"), report)
        XCTAssertFalse(report.contains("~ 晋乡振发〔2022〕125号 table 1 盂县"), report)
    }

    func testDatasetsReadFromFoldersCompareLikeTheirNotices() throws {
        let root = try StoreFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try DatasetWriter(directory: root.appendingPathComponent("old")).rebuild(StoreFixtures.all)
        _ = try DatasetWriter(directory: root.appendingPathComponent("new"), excel: true)
            .rebuild([StoreFixtures.shanxi(yuxian: "1"), StoreFixtures.gansu(), StoreFixtures.anonymous()])
        let diff = DatasetDiff(old: try DatasetReader(directory: root.appendingPathComponent("old")).read(),
                               new: try DatasetReader(directory: root.appendingPathComponent("new")).read())
        XCTAssertTrue(diff.render().contains("盂县 中央资金: amount 1234.50 → 1\n"), diff.render())
    }

    func testMissingFileIsAReadErrorNamingIt() throws {
        let root = try StoreFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        XCTAssertThrowsError(try DatasetReader(directory: root).read()) { error in
            guard case let .read(path, _)? = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertEqual(path, root.appendingPathComponent("notices.csv").path)
        }
    }
}
