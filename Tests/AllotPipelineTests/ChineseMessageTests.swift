import AllotModel
import AllotPipeline
import Foundation
import XCTest

/// The dataset's `message_zh` is Chinese throughout: the qualifications a finding carries (parts
/// printed empty, which printed cell is the likely error, what the other source holds, how many
/// cells two editions differ in, the signals a hierarchy was read by) come in Chinese too, not as
/// the English sentence appended to a Chinese one.
final class ChineseMessageTests: XCTestCase {
    /// English left in a Chinese message: a run of four or more lower-case Latin letters that is no
    /// file name, check name or spreadsheet word the message quotes.
    private func english(in message: String, files: [String]) -> [String] {
        var text = message
        for file in files { text = text.replacingOccurrences(of: file, with: "") }
        for check in Check.allCases { text = text.replacingOccurrences(of: check.rawValue, with: "") }
        let quoted: Set<String> = ["hidden", "veryHidden", "fullCalcOnLoad", "fAlwaysCalc", "calcMode", "manual"]
        let words = text.split { !($0.isASCII && $0.isLetter) }.map(String.init)
        return words.filter { $0.count >= 4 && $0.first?.isLowercase == true && !quoted.contains($0) }
    }

    func testFixtureFindingsHaveNoEnglishInTheirChineseMessages() throws {
        FileManager.default.changeCurrentDirectoryPath(packageRoot.path)
        let folders = ["Fixtures/notices", "Fixtures/bad", "Fixtures/batches", "Fixtures/html", "Fixtures/fiscal", "Fixtures/office"]
        let result = BatchRunner(jobs: 2).run(folders)
        var seen = Set<Check>()
        var problems: [String] = []
        for notice in result.notices {
            let files = notice.sources.map(\.file) + [notice.sourceFile]
            for finding in notice.findings {
                seen.insert(finding.check)
                let left = english(in: finding.messageZH, files: files)
                if !left.isEmpty { problems.append("\(finding.check.rawValue): \(left) in \(finding.messageZH)") }
            }
        }
        XCTAssertEqual(problems, [])
        // The checks whose qualifications were English before are among those looked at.
        for check in [Check.subtotal, .total, .sourceMismatch, .conflictingSources, .structureUnrecognized] {
            XCTAssertTrue(seen.contains(check), "no \(check.rawValue) finding in the fixtures looked at")
        }
    }

    func testSumQualificationsAreGivenInChinese() {
        let finding = Finding(.total, table: 1, row: 1, page: 1, name: "合计", column: "中央资金", stated: 32417408,
                              computed: 32416408, [.detail: "; the subtotals agree", .detailZH: "；各小计与全部明细之和相符"])
        XCTAssertEqual(finding.messageZH, "合计 中央资金：印刷值 32417408，其小计与直属明细之和为 32416408（差额 1000）；各小计与全部明细之和相符")
        XCTAssertTrue(finding.message.hasSuffix("(difference 1000); the subtotals agree"), finding.message)
        // Without a Chinese detail the English one stands in, as for the other slots.
        let plain = Finding(.total, table: 1, row: 1, page: 1, name: "合计", column: "中央资金", stated: 2, computed: 1,
                            [.detail: "; x"])
        XCTAssertTrue(plain.messageZH.hasSuffix("（差额 1）; x"), plain.messageZH)
    }
}
