import AllotModel
import AllotTables
import XCTest

/// The hierarchy on small tables: subtotals before or after their items, group headings with a
/// bare 小计, a lone direct item, and absurd cells as findings.
final class AllocationBuilderTests: XCTestCase {
    private func table(_ rows: [[String]]) -> RawTable {
        let columns = [TableColumn(name: "市县名", role: .label), TableColumn(name: "中央资金", role: .amount)]
        return RawTable(index: 1, title: "t", unit: "万元", attachment: "", columns: columns,
                        rows: rows.map { RawTableRow(page: 1, cells: $0, box: Box(x0: 0, y0: 0, x1: 1, y1: 1)) })
    }

    private func parents(_ rows: [[String]]) -> [String] {
        AllocationBuilder().build(table(rows)).table.rows.map { row in
            "\(row.name)→\(row.parent.map(String.init) ?? "-")"
        }
    }

    func testSubtotalsBeforeTheirItems() {
        XCTAssertEqual(parents([["全省合计", "30"], ["太原市小计", "10"], ["娄烦县", "10"], ["大同市小计", "20"],
                                ["阳高县", "15"], ["天镇县", "5"]]),
                       ["全省合计→-", "太原市小计→1", "娄烦县→2", "大同市小计→1", "阳高县→4", "天镇县→4"])
    }

    func testSubtotalsAfterTheirItemsWithALoneGarbledLastRow() {
        XCTAssertEqual(parents([["娄烦县", "4"], ["阳曲县", "6"], ["太原市合计", "10"], ["阳高县", "15"],
                                ["天镇县", "5"], ["大同市合计", "20"], ["省本级", "3"], ["总计", "33"]]),
                       ["娄烦县→3", "阳曲县→3", "太原市合计→8", "阳高县→6", "天镇县→6", "大同市合计→8",
                        "省本级→8", "总计→-"])
    }

    func testGroupHeadingsNameTheirBareSubtotals() {
        let built = AllocationBuilder().build(table([["临夏回族自治州", ""], ["临夏县", "807"], ["康乐县", "854"],
                                                     ["小计", "1661"], ["合计", "1661"]])).table
        XCTAssertEqual(built.rows.map(\.level), [.group, .item, .item, .subtotal, .total])
        XCTAssertEqual(built.rows[3].region, "临夏回族自治州")
        XCTAssertEqual(built.rows[1].parent, 4)
    }

    func testAbsurdCellsAreFindings() {
        let findings = AllocationBuilder().build(table([["合计", "abc"], ["甲县", "-5"]])).findings
        XCTAssertEqual(findings.map(\.check), ["invalid_amount", "negative_amount"])
    }
}
