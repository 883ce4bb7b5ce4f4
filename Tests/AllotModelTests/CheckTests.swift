import AllotModel
import XCTest

/// The typed checks: the dataset names stay as published, severities decide what `allot check`
/// counts, and every message is its check's template filled from the finding.
final class CheckTests: XCTestCase {
    func testDatasetNamesAreThePublishedOnes() {
        // Names once published never change (new checks may be added).
        let published = [
            "subtotal", "total", "crossfoot", "unplaced_item", "empty_subtotal", "duplicate_row", "invalid_amount",
            "negative_amount", "unknown_region", "misplaced_region", "source_mismatch", "unreadable_page",
            "missing_page", "empty_page", "no_table", "incomplete_table", "conflicting_sources",
            "structure_unrecognized", "rounding", "unplaced_text", "balance",
        ]
        for name in published { XCTAssertNotNil(Check(rawValue: name), name) }
        XCTAssertEqual(Set(Check.allCases.map(\.rawValue)).count, Check.allCases.count)
        XCTAssertEqual("\(Check.unplacedItem)", "unplaced_item")
    }

    func testOnlyNotesAreNotProblems() {
        XCTAssertEqual(Check.allCases.filter { !$0.isProblem }, Check.allCases.filter { $0.severity == .note })
        XCTAssertTrue(Set(Check.allCases.filter { !$0.isProblem }).isSuperset(of: [.emptyPage, .noTable, .incompleteTable]))
        XCTAssertTrue(Set(Check.allCases.filter(\.isArithmetic)).isSuperset(of: [.subtotal, .total, .crossfoot]))
        XCTAssertTrue(Set(Check.allCases.filter { !$0.isProblem }).isSuperset(of: [.structureUnrecognized, .rounding, .unplacedText]))
        XCTAssertTrue(Check.allCases.filter(\.isArithmetic).contains(.balance))
        XCTAssertTrue(Check.allCases.filter(\.isArithmetic).allSatisfy { $0.severity == .error })
    }

    func testEveryTemplateBlankIsASlot() {
        for template in Check.allCases.map(\.template) + [Check.printedEmptyTemplate] {
            var rest = Substring(template)
            while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
                let name = String(rest[rest.index(after: open)..<close])
                XCTAssertNotNil(MessageSlot(rawValue: name), "{\(name)} in \(template)")
                rest = rest[rest.index(after: close)...]
            }
        }
    }

    func testArithmeticMessagesCarryTheNumbers() {
        let finding = Finding(.subtotal, table: 1, row: 2, page: 3, name: "太原市小计", column: "中央资金",
                              stated: 300, computed: Decimal(string: "200.5"), [.detail: "; 1 part(s) printed empty: 娄烦县"])
        XCTAssertEqual(finding.message, "太原市小计 中央资金: printed 300, the sum of its items is 200.5 "
                       + "(difference 99.5); 1 part(s) printed empty: 娄烦县")
        XCTAssertEqual(finding.severity, .error)
        XCTAssertEqual(finding.difference, Decimal(string: "99.5"))
        let empty = Finding(.total, table: 1, row: 1, page: 3, name: "合计", column: "省级资金", computed: 7)
        XCTAssertEqual(empty.message, "合计 省级资金 is printed empty but its parts sum to 7")
    }

    func testNoticeKeepsFindingsInReportOrder() {
        let late = Finding(.duplicateRow, table: 2, row: 1, page: 4, name: "甲县", [.first: "1"])
        let early = Finding(.total, table: 1, row: 1, page: 1, name: "合计", column: "中央资金", stated: 1, computed: 2)
        let note = Finding(.noTable, table: 0, page: 0)
        var notice = Notice(id: "x", metadata: NoticeMetadata(), sourceFile: "x.pdf", sha256: "", pageCount: 1,
                            tables: [], findings: [late, early])
        XCTAssertEqual(notice.findings, [early, late])
        notice.findings += [note]
        XCTAssertEqual(notice.findings, [note, early, late])
        XCTAssertEqual(note.message, "no allocation table found; metadata only")
    }

    func testDivisionMatchTextRoundTrips() {
        let matches: [DivisionMatch] = [.exact, .suffixOmitted, .suffixChanged, .inferred, .alias(formerName: "大同县")]
        XCTAssertEqual(matches.map(\.description), ["exact", "suffix_omitted", "suffix_changed", "inferred", "alias:大同县"])
        XCTAssertEqual(matches.map(\.description).map(DivisionMatch.init(text:)), matches)
        XCTAssertNil(DivisionMatch(text: ""))
        XCTAssertNil(DivisionMatch(text: "alias:"))
    }
}
