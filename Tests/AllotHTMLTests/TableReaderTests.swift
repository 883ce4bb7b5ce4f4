@testable import AllotHTML
@testable import AllotTables
import AllotModel
import XCTest

final class TableReaderTests: XCTestCase {
    private func read(_ html: String) throws -> GridTable? {
        let table = try XCTUnwrap(firstTable(in: parse(html)))
        let grid = HTMLTableGrid.grid(table, chrome: ChromeFilter(settings: HTMLSettings()), maximumColumns: 256)
        return GridTableReader(settings: GridSettings()).allocationTable(in: grid)
    }

    func testHeaderFromFirstRowsUntilTheFirstAmount() throws {
        let table = try XCTUnwrap(read("""
            <table><tr><td>序号</td><td>市县名</td><td>中央资金（万元）</td><td>备注</td></tr>
            <tr><td>1</td><td>全省合计</td><td>1,234.50</td><td></td></tr></table>
            """))
        XCTAssertEqual(table.columns.map(\.name), ["序号", "市县名", "中央资金", "备注"])
        XCTAssertEqual(table.columns.map(\.role), [.code, .label, .amount, .remark])
        XCTAssertEqual(table.headerUnit, "万元")
        XCTAssertEqual(table.rows, [["1", "全省合计", "1,234.50", ""]])
    }

    func testTwoLevelHeaderGivesParents() throws {
        let table = try XCTUnwrap(read("""
            <table><tr><td rowspan=2>地区</td><td rowspan=2>合计</td><td colspan=2>其中</td></tr>
            <tr><td>中央资金</td><td>省级资金</td></tr>
            <tr><td>甲县</td><td>3</td><td>2</td><td>1</td></tr></table>
            """))
        XCTAssertEqual(table.columns, [
            TableColumn(name: "地区", role: .label), TableColumn(name: "合计", role: .amount),
            TableColumn(name: "中央资金", parent: "其中", role: .amount),
            TableColumn(name: "省级资金", parent: "其中", role: .amount),
        ])
    }

    func testThreeLevelHeaderKeepsEverySpanningHeaderInThePath() throws {
        let table = try XCTUnwrap(read("""
            <table><tr><td rowspan=3>科目名称</td><td colspan=5>一般公共预算支出</td></tr>
            <tr><td rowspan=2>合计</td><td colspan=3>基本支出</td><td rowspan=2>项目支出</td></tr>
            <tr><td>人员经费</td><td>公用经费</td><td>小计</td></tr>
            <tr><td>行政运行</td><td>10</td><td>3</td><td>2</td><td>5</td><td>5</td></tr></table>
            """))
        XCTAssertEqual(table.columns.map(\.pathText), [
            "科目名称", "一般公共预算支出 › 合计", "一般公共预算支出 › 基本支出 › 人员经费",
            "一般公共预算支出 › 基本支出 › 公用经费", "一般公共预算支出 › 基本支出 › 小计", "一般公共预算支出 › 项目支出",
        ])
        XCTAssertEqual(table.columns.map(\.parent), [nil, "一般公共预算支出", "基本支出", "基本支出", "基本支出", "一般公共预算支出"])
    }

    func testRowspanPrefectureFoldsIntoTheCountyLabel() throws {
        let table = try XCTUnwrap(read("""
            <table><thead><tr><th>地市</th><th>县（市、区）</th><th>资金</th><th>备注</th></tr></thead>
            <tr><td colspan=2>全省合计</td><td>3</td><td></td></tr>
            <tr><td rowspan=3>太原市</td><td>小计</td><td>3</td><td></td></tr>
            <tr><td>娄烦县</td><td>2</td><td rowspan=2>直管县</td></tr>
            <tr><td></td><td>1</td></tr></table>
            """))
        XCTAssertEqual(table.columns.map(\.role), [.other, .label, .amount, .remark])
        XCTAssertEqual(table.rows, [
            ["全省合计", "全省合计", "3", ""],
            ["太原市", "太原市小计", "3", ""],
            ["太原市", "娄烦县", "2", "直管县"],
            ["太原市", "太原市", "1", "直管县"],
        ])
    }

    func testMergedAmountCountsOnce() throws {
        let table = try XCTUnwrap(read("""
            <table><tr><th>地区</th><th>资金</th></tr>
            <tr><td>甲县</td><td rowspan=2>10</td></tr><tr><td>乙县</td></tr></table>
            """))
        XCTAssertEqual(table.rows, [["甲县", "10"], ["乙县", ""]])
    }

    func testCaptionRowsGiveTitleUnitAndAttachmentAndRepeatedHeadersAreDropped() throws {
        let table = try XCTUnwrap(read("""
            <table><tr><td colspan=3>附件2</td></tr><tr><td colspan=3>2023年资金分配表</td></tr>
            <tr><td colspan=3>单位：万元</td></tr>
            <tr><td>地区</td><td>资金</td><td>备注</td></tr><tr><td>甲县</td><td>1</td><td></td></tr>
            <tr><td>地区</td><td>资金</td><td>备注</td></tr><tr><td>乙县</td><td>2</td><td></td></tr>
            <tr><td colspan=3>注：数据来源于财政厅。</td></tr></table>
            """))
        XCTAssertEqual([table.attachment, table.title, table.unit], ["附件2", "2023年资金分配表", "万元"])
        XCTAssertEqual(table.rows.map { $0[0] }, ["甲县", "乙县"])
    }

    func testTablesThatAreNotAllocationTables() throws {
        // Disclosure information: no amount header word, no amounts.
        XCTAssertNil(try read("<table><tr><th>索引号</th><td>0001</td></tr><tr><th>发布机构</th><td>乡村振兴局</td></tr></table>"))
        // Header words but no amount in the body.
        XCTAssertNil(try read("<table><tr><td>地区</td><td>资金</td></tr><tr><td>甲县</td><td>待定</td></tr></table>"))
        // One column.
        XCTAssertNil(try read("<table><tr><td>资金</td></tr><tr><td>1</td></tr></table>"))
        // Amounts in the very first row: no header to name the columns.
        XCTAssertNil(try read("<table><tr><td>甲县</td><td>1</td></tr><tr><td>乙县</td><td>2</td></tr></table>"))
    }
}
