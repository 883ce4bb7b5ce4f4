@testable import AllotModel
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
        // A doubt of the OCR reading is about us, not the document: a note.
        XCTAssertEqual(Check.ocrUncertain.severity, .note)
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

    func testChineseTemplatesHaveTheSameBlanksAsTheEnglish() {
        func blanks(_ template: String) -> Set<String> {
            Set(template.split(separator: "{").dropFirst().compactMap { $0.split(separator: "}").first.map(String.init) })
        }
        for check in Check.allCases {
            XCTAssertEqual(blanks(check.templateZH), blanks(check.template), "\(check)")
            XCTAssertFalse(check.templateZH.isEmpty || check.labelZH.isEmpty, "\(check)")
        }
        XCTAssertEqual(blanks(Check.printedEmptyTemplateZH), blanks(Check.printedEmptyTemplate))
    }

    func testFindingCarriesItsMessageInChinese() {
        let finding = Finding(.subtotal, table: 1, row: 2, page: 3, name: "太原市小计", column: "中央资金",
                              stated: 12, computed: 10)
        XCTAssertEqual(finding.messageZH, "太原市小计 中央资金：印刷值 12，其明细之和为 10（差额 2）")
        XCTAssertEqual(Finding(.subtotal, table: 1, row: 2, page: 3, name: "太原市小计", column: "中央资金", computed: 10)
            .messageZH, "太原市小计 中央资金 印刷为空，但其各部分之和为 10")
    }

    func testStableIDsDependOnContentNotOnTheRun() {
        let a = Finding(.emptyPage, table: 0, page: 2)
        let b = Finding(.emptyPage, table: 0, page: 3)
        XCTAssertEqual(a.stableID(notice: "甲"), Finding(.emptyPage, table: 0, page: 2).stableID(notice: "甲"))
        XCTAssertNotEqual(a.stableID(notice: "甲"), b.stableID(notice: "甲"), "two notes of one notice differ")
        XCTAssertNotEqual(a.stableID(notice: "甲"), a.stableID(notice: "乙"))
        XCTAssertNotNil(a.stableID(notice: "甲").range(of: "^f[0-9a-f]{16}$", options: .regularExpression))
    }

    /// The ids are 64-bit FNV-1a of the parts joined by U+001F, in 16 lower-case hex digits (values
    /// computed independently, in Python); leading zeros are kept.
    func testStableIDIsFNV1aOfTheJoinedParts() {
        XCTAssertEqual(StableID.make("c", ["晋财农〔2023〕1号", "1", "太原市", "中央资金", "1"]), "c0c364b0c73bcdf8c")
        XCTAssertEqual(StableID.make("f", []), "fcbf29ce484222325")
        XCTAssertEqual(StableID.make("x", ["", ""]), "xaf63d24c8601db8e")
        XCTAssertEqual(StableID.make("c", ["a"]), "caf63dc4c8601ec8c")
    }

    /// A hash continued from a copy (the cells of one row share their first parts) is the hash of
    /// all the parts given at once.
    func testStableIDHashGoesOnFromACopy() {
        var row = StableID.Hash()
        row.add("晋财农〔2023〕1号")
        row.add("1")
        row.add("太原市")
        var cell = row
        cell.add("中央资金")
        cell.add("1")
        XCTAssertEqual(cell.id("c"), "c0c364b0c73bcdf8c")
        var other = row
        other.add("省级资金")
        other.add("1")
        XCTAssertEqual(other.id("c"), StableID.make("c", ["晋财农〔2023〕1号", "1", "太原市", "省级资金", "1"]))
        XCTAssertEqual(StableID.Hash().id("f"), "fcbf29ce484222325")
    }

    func testFundSourceFromTheColumnPath() {
        let cases: [([String], FundSource)] = [
            (["中央资金"], .central), (["省级资金"], .provincial), (["合计"], .total), (["资金合计"], .total),
            (["其中", "中央"], .central), (["中央财政衔接推进乡村振兴补助资金", "小计"], .central),
            (["市级配套"], .municipal), (["市本级"], .municipal), (["县级资金"], .county), (["区级"], .county),
            (["下达资金"], .other), (["2023年预算数"], .other), (["太原市"], .other), (["城市建设"], .other),
            (["自治区本级"], .provincial), (["合 计"], .total),
        ]
        for (path, source) in cases {
            XCTAssertEqual(FundSource(path: path), source, path.joined(separator: " › "))
        }
        XCTAssertEqual(Set(FundSource.allCases.map(\.labelZH)), ["中央", "省级", "市级", "县级", "合计", "其他"])
    }

    func testTheChineseMessageTakesTheChineseReason() {
        let gap = Finding(.incompleteTable, table: 2, page: 5, [.reason: "page 5 gave no rows", .reasonZH: "第 5 页未读出任何行"])
        XCTAssertTrue(gap.message.contains("page 5 gave no rows"), gap.message)
        XCTAssertTrue(gap.messageZH.contains("第 5 页未读出任何行"), gap.messageZH)
        XCTAssertFalse(gap.messageZH.contains("gave no rows"), gap.messageZH)
        let untranslated = Finding(.incompleteTable, table: 2, page: 5, [.reason: "page 5 gave no rows"])
        XCTAssertTrue(untranslated.messageZH.contains("page 5 gave no rows"), "without a Chinese reason the English one stays")
        let cross = Finding(.crossTable, table: 1, row: 3, page: 2, name: "合计", stated: 5, computed: 6,
                            [.text: "5 元", .detail: "6 元", .reason: "元", .other: "table 2 row 4", .otherZH: "表 2 第 4 行"])
        XCTAssertTrue(cross.message.contains("table 2 row 4"), cross.message)
        XCTAssertTrue(cross.messageZH.contains("表 2 第 4 行") && !cross.messageZH.contains("table"), cross.messageZH)
    }

    /// Templates are filled alike whether their braces are found by byte (plain text) or by
    /// character: every check's templates, and templates with combining marks, an unknown slot,
    /// an unclosed brace and no slot.
    func testTemplatesAreFilledByBytesAsByCharacters() {
        func byCharacters(_ template: String, _ values: [MessageSlot: String]) -> String {
            var result = ""
            var rest = Substring(template)
            while let open = rest.firstIndex(of: "{") {
                result += rest[..<open]
                let afterOpen = rest.index(after: open)
                guard let close = rest[afterOpen...].firstIndex(of: "}") else { break }
                let key = String(rest[afterOpen..<close])
                if let slot = MessageSlot(rawValue: key) { result += values[slot] ?? "" } else { result += rest[open...close] }
                rest = rest[rest.index(after: close)...]
            }
            return result + rest
        }
        var values: [MessageSlot: String] = [:]
        for slot in MessageSlot.allCases { values[slot] = "«\(slot.rawValue)»" }
        let templates = Check.allCases.flatMap { [$0.template, $0.templateZH] }
            + ["{name} 合计{column}", "e\u{301}{name}{\u{301}x}", "{nope} {name", "no slot", "", "{}", "{{name}}"]
        for template in templates {
            XCTAssertEqual(Check.render(template, values), byCharacters(template, values), template)
        }
    }
}
