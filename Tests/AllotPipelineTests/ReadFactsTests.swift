@testable import AllotPipeline
import AllotModel
import AllotReconcile
import Foundation
import XCTest

/// Citation facts found on the worker (`ReadFacts`) serve the batch step only for the notice they
/// were found in.
final class ReadFactsTests: XCTestCase {
    func testFactsServeOnlyTheUnchangedNotice() throws {
        let notice = try NoticeProcessor().process(path: "Fixtures/notices/jxzf-2022-125.pdf")
        let read = ReadFacts(notice)
        let fresh = CitationCheck.facts(notice)
        XCTAssertFalse(fresh.regions.isEmpty, "the fixture's table resolves regions")
        let facts = try XCTUnwrap(read.facts(of: notice))
        XCTAssertEqual(facts.id, fresh.id)
        XCTAssertEqual(facts.references, fresh.references)
        XCTAssertEqual(Set(facts.regions.keys), Set(fresh.regions.keys))
        XCTAssertEqual(facts.stated, fresh.stated)
        var archive = CitationArchive(scratch: nil)
        archive.store(facts, encoded: read.encoded)
        let back = try XCTUnwrap(archive.facts(facts.id), "the bytes made on the worker decode")
        XCTAssertEqual(back.regions, fresh.regions)
        XCTAssertEqual(back.names, fresh.names)

        var withFindings = notice
        withFindings.findings = []
        XCTAssertNotNil(read.facts(of: withFindings), "findings are not among the facts")
        var otherTables = notice
        otherTables.tables = Array(notice.tables.dropLast())
        XCTAssertNil(read.facts(of: otherTables))
        var sameTablesCopied = notice
        sameTablesCopied.tables = notice.tables.map { $0 }
        XCTAssertNil(read.facts(of: sameTablesCopied), "tables rebuilt are not taken on trust")
        var otherID = notice
        otherID.id = "other"
        XCTAssertNil(read.facts(of: otherID))
        var otherReferences = notice
        otherReferences.metadata.references.append(CitedDocument(docNumber: "财农〔2099〕1号", title: ""))
        XCTAssertNil(read.facts(of: otherReferences))
        var otherFigures = notice
        otherFigures.citedFigures = []
        XCTAssertEqual(read.facts(of: otherFigures) == nil, !notice.citedFigures.isEmpty)
    }
}
