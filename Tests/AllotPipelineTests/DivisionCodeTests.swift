import AllotModel
import XCTest

/// GB/T 2260 codes resolved in context on a real fixture: 城区 in two prefectures, a renamed
/// county through the alias table, a misplaced and an unknown name as findings, not guesses.
final class DivisionCodeTests: XCTestCase {
    func testCodesResolveWithinTheirPrefecture() throws {
        let table = try XCTUnwrap(try processFixture("shanxi-divisions-aliases").tables.first)
        let rows = table.rows.map { ($0.name, $0.divisionCode, $0.parentCode, $0.divisionMatch) }
        let chengqu = rows.filter { $0.0 == "城区" }
        XCTAssertEqual(chengqu.map(\.1), ["140302", "140502"])
        XCTAssertEqual(chengqu.map(\.2), ["140300", "140500"])
        let alias = try XCTUnwrap(rows.first { $0.0 == "大同县" })
        XCTAssertEqual(alias.1, "140215")
        XCTAssertEqual(alias.3, .alias(formerName: "大同县"))
        XCTAssertEqual(alias.3?.description, "alias:大同县")
        XCTAssertEqual(rows.first { $0.0 == "全省合计" }?.1, "140000")
        XCTAssertEqual(rows.first { $0.0 == "太原市小计" }?.1, "140100")
        XCTAssertEqual(rows.first { $0.0 == "高新区" }?.1, "")
    }

    func testUnresolvableAndMisplacedNamesAreFindings() throws {
        let findings = try processFixture("shanxi-divisions-aliases").findings
        XCTAssertEqual(findings.map(\.check.rawValue), ["misplaced_region", "unknown_region"])
        XCTAssertEqual(findings.map(\.name), ["盂县", "高新区"])
        XCTAssertTrue(findings[0].message.contains("belongs to 阳泉市"), findings[0].message)
    }

    func testEveryRowOfTheReplicaHasItsCode() throws {
        let table = try XCTUnwrap(try processFixture("jxzf-2022-125").tables.first)
        XCTAssertTrue(table.rows.allSatisfy { $0.divisionCode.count == 6 }, "\(table.rows.filter { $0.divisionCode.isEmpty }.map(\.name))")
        XCTAssertEqual(table.rows.first { $0.name == "盂县" }?.divisionCode, "140322")
        XCTAssertEqual(table.rows.first { $0.name == "盂县" }?.parentCode, "140300")
    }
}
