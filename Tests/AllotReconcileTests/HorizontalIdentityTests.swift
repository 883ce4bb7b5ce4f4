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

    /// r07/r08's 三公 决算表: 预算数 | 决算数 under every heading; the headings relate per measure.
    func testMeasuresUnderEveryHeadingRelateMeasureByMeasure() {
        let top = "财政拨款“三公”经费", car = "公务用车购置及运行费"
        var columns: [TableColumn] = []
        for heading in [[top, "合计"], [top, "因公出国(境)费"], [top, car, "小计"], [top, car, "公务用车购置费"],
                        [top, car, "公务用车运行费"], [top, "公务接待费"]] {
            columns += ["预算数", "决算数"].map { column($0, heading) }
        }
        var table = AllocationTable(index: 1, title: "", unit: "", attachment: "", amountColumns: columns, rows: [])
        table.columnSides = []
        let described = HorizontalIdentity.relations(table).map { relation in
            ([relation.total] + relation.parts).map { columns[$0].ancestors.dropFirst().joined(separator: "/") + "/" + columns[$0].name }
                .joined(separator: " ")
        }
        XCTAssertEqual(described, [
            "合计/预算数 因公出国(境)费/预算数 \(car)/小计/预算数 公务接待费/预算数",
            "\(car)/小计/预算数 \(car)/公务用车购置费/预算数 \(car)/公务用车运行费/预算数",
            "合计/决算数 因公出国(境)费/决算数 \(car)/小计/决算数 公务接待费/决算数",
            "\(car)/小计/决算数 \(car)/公务用车购置费/决算数 \(car)/公务用车运行费/决算数",
        ])
        // One measure under two headings only, or under headings none of which sums: nothing.
        XCTAssertEqual(relations([column("预算数", ["合计"]), column("预算数", ["基本支出"])]), [])
        XCTAssertEqual(relations([column("预算数", ["甲"]), column("预算数", ["乙"]), column("预算数", ["丙"])]), [])
    }

    func testTwoSumColumnsSideBySideStateNothing() {
        XCTAssertEqual(relations([column("合计"), column("小计"), column("甲")]), [])
    }

    /// The sum test answers as Foundation's `contains` does, the byte search (`PlainSearch`) answering
    /// for most names and Foundation for every name with a scalar that is not plain.
    func testPlainSumTestIsFoundationsContains() {
        let names = ["合计", "本年合计", "合计数", "项目支出", "小计（万元）", "总 计", "总计", "共计金额", "汇总", "总额",
                     "预算数", "", "abc", "合", "计", "合\u{0301}计", "合计\u{0301}", "\u{F9B2}合计", "合計", "ⅰ合计",
                     "一般公共预算支出合计", "2023合计", "计合", "小计小计", "合\u{200D}计", "合计\r\n", "\u{2F00}计"]
        var plain = 0
        for name in names {
            let foundation = HorizontalIdentity.sumWords.contains { name.contains($0) }
            XCTAssertEqual(HorizontalIdentity.isSum(name), foundation, name)
            let answers = HorizontalIdentity.sumWords.map { PlainSearch.find($0, in: name, backwards: false) }
            if !answers.contains(where: { if case .notPlain = $0 { true } else { false } }) {
                plain += 1
                XCTAssertEqual(answers.contains { if case .found = $0 { true } else { false } }, foundation, name)
            }
        }
        if case .notPlain = PlainSearch.find("合计", in: "合计\u{0301}", backwards: false) {} else { XCTFail("a combining mark is not plain") }
        XCTAssertGreaterThan(plain, 15)
    }
}

