import AllotModel
import AllotNotice
import AllotReconcile
import Foundation
import XCTest

/// Percentages of the body text against the figures they are computed from, with no table (the
/// text's own figures): the forms the words single out, what confirms a share's whole, rounding
/// against cutting, and what links to nothing. The sentences are the real disclosures' wording.
final class PercentageCheckTests: XCTestCase {
    /// The body figures of paragraphs, one line each.
    private func figures(_ paragraphs: [String]) -> [StatedFigure] {
        let lines = paragraphs.enumerated().map { index, text in
            let box = Box(x0: 80, y0: 72 + Double(index) * 26, x1: 520, y1: 88 + Double(index) * 26)
            return TextLine(page: 1, box: box, fontSize: 16, cells: [TextCell(text: text, box: box)], glyphs: [])
        }
        return BodyFigures.read(lines)
    }

    private func check(_ paragraphs: [String]) -> NarrativeCheck.Tally {
        NarrativeCheck.tally(figures(paragraphs), tables: [], findings: [])
    }

    /// 比 X 增加 P% against the one amount the sentence names X: rounded agrees, a copied rate does
    /// not; the finding quotes the sentence and shows the computation.
    func testGrowthAgainstANamedBase() throws {
        let sentence = { (rate: String) in
            ["2025年当年预算执行数为77.99万元，2026年预算安排91.97万元，比2025年预算执行数增加\(rate)%。"] }
        XCTAssertEqual(check(sentence("17.93")).findings, [])
        XCTAssertEqual(check(sentence("17.93")).percentages, 1)
        let wrong = check(sentence("17.66"))
        let finding = try XCTUnwrap(wrong.findings.first)
        XCTAssertEqual(wrong.findings.count, 1)
        XCTAssertEqual([finding.check, finding.table] as [AnyHashable], [Check.textPercentage, 0])
        XCTAssertEqual(finding.stated, Decimal(string: "17.66"))
        XCTAssertEqual(finding.computed, Decimal(string: "17.9254"))
        XCTAssertEqual(finding.related?.quote, sentence("17.66").first)
        XCTAssertTrue(finding.message.contains("17.93% = (91.97 − 77.99) / 77.99"), finding.message)
        XCTAssertTrue(finding.messageZH.contains("个百分点"), finding.messageZH)
    }

    /// A rate stated as a rise when the figures fell is a finding, the fall shown with its sign.
    func testARiseWhereTheFiguresFell() throws {
        let tally = check(["2025年当年预算执行数为43269.3万元，2026年预算安排3845.49万元，比2025年预算执行数增加17.62%。"])
        XCTAssertEqual(tally.findings.map(\.computed), [Decimal(string: "-91.1127")])
        XCTAssertEqual(check(["2025年当年预算执行数为1690.69万元，2026年预算安排1672.67万元，比2025年预算执行数减少1.07%。"])
            .findings, [])
    }

    /// 增长 P% after a change: against the total the change names, here printed in the sentence before.
    func testChangeOverLastYear() {
        let text = { (rate: String) in ["上海市普陀区财政局2024年度收入支出总计2995.39万元。与2023年度相比，收入支出总计减少56.95万元，下降\(rate)%。"] }
        XCTAssertEqual(check(text("1.87")).findings, [])
        XCTAssertEqual(check(text("1.87")).percentages, 1)
        XCTAssertEqual(check(text("2.87")).findings.map(\.check), [.textPercentage])
        XCTAssertEqual(check(["机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%。"]).percentagesAgreeing, 1)
    }

    /// A share of the sentence's first amount counts only when another share of that whole agrees.
    func testAShareNeedsAnotherShareOfTheSameWhole() {
        let alone = check(["一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出（类）2106.66万元，占71.73%。"])
        XCTAssertEqual([alone.percentages, alone.findings.count], [0, 0])
        let listed = check(["一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出（类）2106.66万元，占71.73%；"
                            + "社会保障和就业支出（类）326.72万元，占11.11%；卫生健康支出（类）60.99万元，占2.07%。"])
        XCTAssertEqual(listed.percentages, 3)
        XCTAssertEqual(listed.findings.map(\.stated), [Decimal(string: "71.73")])
        XCTAssertEqual(listed.findings.first?.computed, Decimal(string: "71.6539"))
    }

    /// A completion of an amount the sentence names, cut instead of rounded: a note, not a finding.
    func testACutCompletionIsANote() {
        let tally = check(["一般公共预算财政拨款支出年初预算为10210.34万元，支出决算为9746.50万元，完成年初预算的95.45%。"])
        XCTAssertEqual(tally.findings.map(\.check), [.percentageTruncated])
        XCTAssertEqual(tally.findings.first?.severity, .note)
        XCTAssertEqual(check(["一般公共预算财政拨款支出年初预算为10210.34万元，支出决算为9746.50万元，完成年初预算的95.46%。"])
            .findings, [])
    }

    /// Percentages whose figures the words do not single out link to nothing: parts of an unprinted
    /// whole, a completion of a budget named by a word that is no label, a bare rate.
    func testWhatLinksToNothing() {
        let tally = check([
            "“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0.00万元，占0.00%；公务接待费支出决算0.39万元，占90.00%。",
            "“三公”经费财政拨款支出年初预算为2.85万元，支出决算为0.39万元，完成预算的50.00%。",
            "项目支出规划服务较年初完成92%。",
        ])
        XCTAssertEqual([tally.percentages, tally.findings.count], [0, 0])
    }
}
