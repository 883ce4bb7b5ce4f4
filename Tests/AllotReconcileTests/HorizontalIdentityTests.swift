import AllotModel
@testable import AllotReconcile
import XCTest

private func column(_ name: String, _ ancestors: [String] = []) -> TableColumn {
    var column = TableColumn(name: name, role: .amount)
    column.ancestors = ancestors
    return column
}

private func relations(_ columns: [TableColumn], sides: [Int] = []) -> [String] {
    var table = AllocationTable(index: 1, title: "", unit: "", attachment: "", amountColumns: columns, rows: [])
    table.columnSides = sides
    return HorizontalIdentity.relations(table).map { relation in
        columns[relation.total].name + "=" + relation.parts.map { columns[$0].name }.joined(separator: "+")
    }
}

final class HorizontalIdentityTests: XCTestCase {
    func testSumColumnOfItsGroup() {
        XCTAssertEqual(relations([column("合计"), column("基本支出"), column("项目支出")]), ["合计=基本支出+项目支出"])
        XCTAssertEqual(relations([column("合计"), column("中央资金", ["其中"]), column("省级资金", ["其中"])]),
                       ["合计=中央资金+省级资金"])
    }

    func testNestedGroupCountsOnceByItsOwnSum() {
        let columns = [column("合计"), column("因公出国(境)费"), column("小计", ["公务用车购置及运行费"]),
                       column("购置费", ["公务用车购置及运行费"]), column("运行费", ["公务用车购置及运行费"]),
                       column("公务接待费")]
        XCTAssertEqual(relations(columns), ["合计=因公出国(境)费+小计+公务接待费", "小计=购置费+运行费"])
    }

    func testSidesAreSeparateGroups() {
        XCTAssertEqual(relations([column("预算数"), column("合计"), column("一般公共预算"), column("政府性基金预算")],
                                 sides: [0, 1, 1, 1]),
                       ["合计=一般公共预算+政府性基金预算"])
    }

    func testTwoSumColumnsSideBySideStateNothing() {
        XCTAssertEqual(relations([column("合计"), column("小计"), column("甲")]), [])
    }
}
