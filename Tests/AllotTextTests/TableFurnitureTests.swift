import AllotText
import XCTest

final class TableFurnitureTests: XCTestCase {
    func testPageNumbersInEveryStyle() {
        for text in ["—3—", "-3-", "－12－", "—-3-—", "第3页", "第3页共12页"] {
            XCTAssertTrue(TableFurniture.isPageNumber(text, inMargin: false), text)
        }
        XCTAssertTrue(TableFurniture.isPageNumber("7", inMargin: true))
        XCTAssertFalse(TableFurniture.isPageNumber("7", inMargin: false))
        for text in ["--", "—三—", "第页", "1777", "盂县1777", "-12345-", "第3页共页"] {
            XCTAssertFalse(TableFurniture.isPageNumber(text, inMargin: false), text)
        }
    }

    func testUnitLines() {
        XCTAssertEqual(TableFurniture.unit("单位：万元"), "万元")
        XCTAssertEqual(TableFurniture.unit("单位:元"), "元")
        XCTAssertEqual(TableFurniture.unit("（金额单位：万元）"), "万元")
        XCTAssertNil(TableFurniture.unit("单位名称"))
        XCTAssertNil(TableFurniture.unit("各单位：请按要求执行并于年底前报送工作总结材料"))
    }

    /// The line naming who compiled the table before its unit, as budget disclosures print it.
    func testUnitLinesNamingTheCompiler() {
        XCTAssertEqual(TableFurniture.unit("编制部门:上海市普陀区财政局单位:元"), "元")
        XCTAssertEqual(TableFurniture.unit("编制单位：某县财政局（金额单位：万元）"), "万元")
        XCTAssertEqual(TableFurniture.unit("填报单位:某县财政局金额单位:万元"), "万元")
        XCTAssertNil(TableFurniture.unit("编制部门:上海市普陀区财政局"))
        XCTAssertNil(TableFurniture.unit("编制部门:单位:元"))
        XCTAssertNil(TableFurniture.unit("附件单位:2023年资金分配表单位:元"))
        XCTAssertNil(TableFurniture.unit("各有关单位:请将资金拨付到项目实施单位:元旦前完成"))
        XCTAssertNil(TableFurniture.unit("编制部门:某局单位:人"))
    }

    /// Who compiled the table, as its unit line names them; nil for a unit line without a compiler
    /// and for any other line.
    func testCompilerOfAUnitLine() {
        XCTAssertEqual(TableFurniture.compiler("编制部门:上海市普陀区财政局单位:元"), "上海市普陀区财政局")
        XCTAssertEqual(TableFurniture.compiler("编制单位：某县财政局（金额单位：万元）"), "某县财政局")
        XCTAssertEqual(TableFurniture.compiler("填报单位:某县财政局金额单位:万元"), "某县财政局")
        XCTAssertEqual(TableFurniture.compiler("编制部门:某局,单位:元"), "某局")
        XCTAssertNil(TableFurniture.compiler("单位:万元"))
        XCTAssertNil(TableFurniture.compiler("编制部门:上海市普陀区财政局"))
        XCTAssertNil(TableFurniture.compiler("编制部门:单位:元"))
        XCTAssertNil(TableFurniture.compiler("编制部门:某局单位:人"))
        XCTAssertNil(TableFurniture.compiler("附件单位:2023年资金分配表单位:元"))
    }

    /// Who compiled the table, from a line naming them without a unit: alone (rest empty) or after
    /// the title (rest the title); nil for a unit line, another field, a sentence or a key that
    /// does not say it names a compiler.
    func testCompilerFieldAloneOrAfterTheTitle() {
        XCTAssertEqual(TableFurniture.compilerField("编制单位:东北电气发展股份有限公司")?.compiler, "东北电气发展股份有限公司")
        XCTAssertEqual(TableFurniture.compilerField("编制单位:东北电气发展股份有限公司")?.rest, "")
        XCTAssertEqual(TableFurniture.compilerField("主管部门：某县农业农村局")?.compiler, "某县农业农村局")
        let titled = TableFurniture.compilerField("2025年部门财政拨款支出预算表编制单位:某市某区某局")
        XCTAssertEqual(titled?.compiler, "某市某区某局")
        XCTAssertEqual(titled?.rest, "2025年部门财政拨款支出预算表")
        let bracketed = TableFurniture.compilerField("2025年部门支出预算表（编制部门：某局）")
        XCTAssertEqual(bracketed?.compiler, "某局")
        XCTAssertEqual(bracketed?.rest, "2025年部门支出预算表")
        XCTAssertEqual(TableFurniture.withoutCompiler("2025年部门支出预算表编制部门:某局"), "2025年部门支出预算表")
        XCTAssertEqual(TableFurniture.withoutCompiler("2025年部门支出预算表"), "2025年部门支出预算表")
        XCTAssertNil(TableFurniture.compilerField("编制部门:某局单位:元"), "a unit line: TableFurniture.compiler")
        XCTAssertNil(TableFurniture.compilerField("编制单位:某局日期:2025年3月"))
        XCTAssertNil(TableFurniture.compilerField("请各编制单位:按要求于3月底前报送，逾期不候"))
        XCTAssertNil(TableFurniture.compilerField("使用单位:某县财政局"))
        XCTAssertEqual(TableFurniture.compilerField("部门名称：某市某委员会")?.compiler, "某市某委员会")
        XCTAssertEqual(TableFurniture.compilerField("单位名称:某县某中心")?.rest, "")
        XCTAssertEqual(TableFurniture.compiler("部门名称：某市某委员会单位：元"), "某市某委员会")
        XCTAssertNil(TableFurniture.compilerField("部门名称"), "a column header: no colon, no field")
        XCTAssertNil(TableFurniture.compilerField("编制部门:"))
        XCTAssertNil(TableFurniture.compilerField("编制部门某局"))
    }

    func testAttachmentLabels() {
        XCTAssertEqual(TableFurniture.attachmentLabel("附件"), "附件")
        XCTAssertEqual(TableFurniture.attachmentLabel("附件2："), "附件2")
        XCTAssertEqual(TableFurniture.attachmentLabel("附件一"), "附件一")
        XCTAssertNil(TableFurniture.attachmentLabel("附件：提前下达2023年中央财政衔接推进乡村振兴补助资金计划表"))
    }

    func testUnitInHeader() {
        XCTAssertEqual(TableFurniture.unitInHeader("中央资金（万元）"), "万元")
        XCTAssertEqual(TableFurniture.strippingUnit("中央资金(万元)"), "中央资金")
        XCTAssertNil(TableFurniture.unitInHeader("中央资金"))
    }

    func testTrailingUnit() {
        XCTAssertEqual(TableFurniture.trailingUnit("2023年分配表单位:万元")?.rest, "2023年分配表")
        XCTAssertEqual(TableFurniture.trailingUnit("2023年分配表（单位：元）")?.unit, "元")
        XCTAssertNil(TableFurniture.trailingUnit("单位:万元"))
    }
}
