@testable import AllotNormalize
import AllotModel
import AllotText
import XCTest

/// The labels' indentation as a hierarchy signal: steps from where labels begin, rows placed under
/// the nearest row indented less, and no steps where labels are centred or offsets are irregular.
final class IndentationTests: XCTestCase {
    /// A draft whose label begins at `start` em and is `length` characters long (1 em each).
    private func draft(_ number: Int, _ name: String, start: Double?, amount: String = "1") -> RowDraft {
        RowDraft(number: number, page: 1, level: RowClassifier.classify(name).level, rawName: name, name: name,
                 namedRegion: nil, amounts: [Amount(value: Decimal(string: amount) ?? 0, text: amount)],
                 rawAmounts: [amount], remark: "", indent: start, labelEnd: start.map { $0 + Double(name.count) })
    }

    func testOffsetsBecomeStepsOfTheSmallestIndent() {
        let drafts = [draft(1, "合计", start: 10), draft(2, "教育", start: 10), draft(3, "学前教育", start: 11.05),
                      draft(4, "职业教育", start: 10.95), draft(5, "技工学校", start: 12), draft(6, "卫生", start: 10)]
        XCTAssertEqual(IndentSteps.of(drafts), [0, 0, 1, 1, 2, 0])
    }

    func testCentredLabelsAreNoIndentation() {
        // Midpoints at 20 em: a centred column, whatever the starts.
        let drafts = [draft(1, "合计", start: 19), draft(2, "教育", start: 19), draft(3, "学前教育", start: 18),
                      draft(4, "中等职业学校", start: 17)]
        XCTAssertNil(IndentSteps.of(drafts))
    }

    func testIrregularOffsetsAreNoIndentation() {
        let drafts = [draft(1, "教育", start: 10), draft(2, "学前", start: 10.6), draft(3, "义务", start: 11.5),
                      draft(4, "高中", start: 10)]
        XCTAssertNil(IndentSteps.of(drafts), "0.6 and 1.5 em are not steps of one size")
    }

    func testRowsGoUnderTheNearestRowIndentedLessAndTheTotalTakesTheTopRows() throws {
        let names = ["合计", "教育", "学前教育", "职业教育", "技工学校", "卫生"]
        let indents: [Int?] = [0, 0, 1, 1, 2, 0]
        let rows = zip(names, indents).map { name, indent in
            RowHierarchy.Row(level: RowClassifier.classify(name).level, name: name, code: nil, hasAmounts: true,
                             indent: indent)
        }
        let links = try XCTUnwrap(RowHierarchy.link(rows))
        XCTAssertEqual(links.map(\.parent), [nil, 0, 1, 1, 3, 0])
        XCTAssertEqual(links.map(\.depth), [0, 1, 2, 2, 3, 1])
        XCTAssertEqual(links.map(\.signal), [.label, .indentation, .indentation, .indentation, .indentation, .indentation])
    }

    func testSubtotalLabelsOrderTheRowsInsteadOfIndentation() {
        // 太原市小计 is a subtotal by its label: the label reading places the counties.
        let rows = [("全省合计", 0), ("太原市小计", 0), ("清徐县", 1), ("阳曲县", 1)].map { name, indent in
            RowHierarchy.Row(level: RowClassifier.classify(name).level, name: name, code: nil, hasAmounts: true,
                             indent: indent)
        }
        XCTAssertNil(RowHierarchy.signal(of: rows))
    }
}
