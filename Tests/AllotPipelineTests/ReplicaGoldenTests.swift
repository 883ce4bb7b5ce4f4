import AllotModel
import AllotPipeline
import AllotStore
import Foundation
import XCTest

/// 晋乡振发〔2022〕125号: the replica must give back the reference table exactly.
final class ReplicaGoldenTests: XCTestCase {
    func testReplicaMatchesTheReferenceRowByRow() throws {
        let notice = try processFixture("jxzf-2022-125")
        XCTAssertEqual(notice.id, "晋乡振发〔2022〕125号")
        XCTAssertEqual(notice.pageCount, 5)
        XCTAssertEqual(notice.tables.count, 1)
        let table = try XCTUnwrap(notice.tables.first)
        XCTAssertEqual(table.title, "提前下达2023年中央财政衔接推进乡村振兴补助资金计划表")
        XCTAssertEqual(table.unit, "万元")
        XCTAssertEqual(table.amountColumns.map(\.name), ["中央资金"])
        let expected = try readSimpleCSV("Fixtures/expected/jxzf-2022-125.csv")
        XCTAssertEqual(table.rows.count, 74)
        XCTAssertEqual(expected.count, 74)
        for (row, want) in zip(table.rows, expected) {
            XCTAssertEqual("\(row.number)", want["row"])
            XCTAssertEqual("\(row.page)", want["page"], "page of \(row.name)")
            XCTAssertEqual(row.level.rawValue, want["level"], row.name)
            XCTAssertEqual(row.name, want["name"])
            XCTAssertEqual(row.amounts.first??.text, want["amount"], row.name)
            XCTAssertEqual(row.remark, want["remark"], row.name)
        }
        let levels = Dictionary(grouping: table.rows, by: \.level).mapValues(\.count)
        XCTAssertEqual(levels, [.total: 1, .subtotal: 11, .item: 62])
        XCTAssertEqual(notice.findings, [])
    }

    func testHierarchyStraddlesPageBreaks() throws {
        let table = try XCTUnwrap(try processFixture("jxzf-2022-125").tables.first)
        let byName = Dictionary(table.rows.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let yuncheng = try XCTUnwrap(byName["运城市小计"])
        let linfen = try XCTUnwrap(byName["临汾市小计"])
        XCTAssertEqual(yuncheng.page, 3)
        XCTAssertEqual(byName["平陆县"]?.parent, yuncheng.number)
        XCTAssertEqual(byName["平陆县"]?.page, 4)
        XCTAssertEqual(byName["蒲县"]?.parent, linfen.number)
        XCTAssertEqual(byName["蒲县"]?.page, 5)
        XCTAssertEqual(byName["盂县"]?.rawName.filter { $0 != " " }, "盂县")
        XCTAssertEqual(yuncheng.parent, 1)
    }

    func testMisprintYieldsExactlyItsTwoFindings() throws {
        let notice = try processFixture("jxzf-2022-125-misprint")
        let findings = notice.findings
        XCTAssertEqual(findings.count, 2, findings.map(\.message).joined(separator: "\n"))
        let total = try XCTUnwrap(findings.first { $0.check.rawValue == "total" })
        XCTAssertEqual(total.name, "全省合计")
        XCTAssertEqual(total.page, 3)
        XCTAssertEqual(total.stated, Decimal(string: "403255"))
        XCTAssertEqual(total.computed, Decimal(string: "403245"))
        XCTAssertEqual(total.column, "中央资金")
        let subtotal = try XCTUnwrap(findings.first { $0.check.rawValue == "subtotal" })
        XCTAssertEqual(subtotal.name, "运城市小计")
        XCTAssertEqual(subtotal.page, 3)
        XCTAssertEqual(subtotal.stated, Decimal(string: "26989"))
        XCTAssertEqual(subtotal.computed, Decimal(string: "26899"))
        XCTAssertEqual(subtotal.difference, Decimal(string: "90"))
    }

    /// Every fixture's dataset files (all columns, division codes included) against its golden
    /// under Fixtures/golden/NAME/, reviewed when recorded.
    func testDatasetFilesMatchGoldens() throws {
        let folder = packageRoot.appendingPathComponent("Fixtures/notices")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".pdf") }.map { String($0.dropLast(4)) }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 7)
        for name in names {
            let csv = DatasetCSV(notices: [try processFixture(name)])
            for table in DatasetTable.allCases {
                try assertGolden(csv[table].render(), "Fixtures/golden/\(name)/\(table.file)")
            }
        }
    }
}
