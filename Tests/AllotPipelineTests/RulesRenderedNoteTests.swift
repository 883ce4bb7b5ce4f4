import AllotModel
import AllotPDF
import AllotPipeline
import XCTest

/// A page whose ruling lines had to be found on the page rendered (its vector marks could not be
/// read) is said so in a note, never silently; the reading is the same either way.
final class RulesRenderedNoteTests: XCTestCase {
    func testRenderedRulePagesGiveANoteEach() throws {
        let path = "Fixtures/notices/ideographic-ruled-multicol-radicals.pdf"
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(path).path
        let read = try PDFExtractor(rules: .whereTablesMayBe).extract(path: root)
        XCTAssertEqual(read.renderedRulePages, [])
        let plain = NoticeProcessor().process(read)
        XCTAssertFalse(plain.findings.contains { $0.check == .rulesRendered })

        var rendered = read
        rendered.renderedRulePages = [2, 4]
        let noted = NoticeProcessor().process(rendered)
        let notes = noted.findings.filter { $0.check == .rulesRendered }
        XCTAssertEqual(notes.map(\.page), [2, 4])
        XCTAssertTrue(notes.allSatisfy { $0.check.severity == .note && !$0.check.isProblem })
        XCTAssertTrue(notes.first?.message.contains("page 2") == true, notes.first?.message ?? "")
        XCTAssertEqual(String(describing: noted.tables), String(describing: plain.tables))
        XCTAssertEqual(noted.findings.filter { $0.check != .rulesRendered }, plain.findings)
    }
}
