@testable import AllotPipeline
import AllotModel
import AllotReconcile
import Foundation
import XCTest

/// The archive of region figures the citation step keeps out of memory: what it gives back is
/// exactly what was stored, from memory or from the scratch file, and damage never traps.
final class CitationArchiveTests: XCTestCase {
    private func figure(_ code: String, _ name: String, _ amount: String, row: Int) throws -> CitationCheck.Figure {
        let value = try XCTUnwrap(Decimal(string: amount))
        return CitationCheck.Figure(code: code, name: name, region: name, amount: Amount(value: value, text: amount),
                                    unit: "万元", table: 1, row: row, page: row / 40 + 1, column: "合计\u{0}资金")
    }

    /// Facts of a notice `number`: regions and names overlapping, a names-only figure, and one figure
    /// under a key that is not its own code (never made by CitationCheck.facts, still kept).
    private func facts(_ number: Int) throws -> CitationCheck.Facts {
        let province = try figure("140000", "山西省", "\(number)1234.50", row: 1)
        let county = try figure("140105", "小店区👩‍👩‍👧", "-0.0700", row: 2)
        let unresolved = try figure("", "某开发区", "12", row: 3)
        var keyed = try figure("140106", "迎泽区", "1e3", row: 4)
        keyed.region = "迎泽"
        return CitationCheck.Facts(id: "晋财农〔2022〕\(number)号", references: [], province: nil,
                                   regions: ["140000": province, "140105": county, "999999": keyed],
                                   names: ["山西省": province, "某开发区": unresolved, "迎泽区": keyed], stated: [])
    }

    private func assertSame(_ read: CitationCheck.Facts?, _ stored: CitationCheck.Facts,
                            file: StaticString = #filePath, line: UInt = #line) throws {
        let read = try XCTUnwrap(read, file: file, line: line)
        XCTAssertEqual(read.id, stored.id, file: file, line: line)
        XCTAssertEqual(read.regions, stored.regions, file: file, line: line)
        XCTAssertEqual(read.names, stored.names, file: file, line: line)
        // Equal values are not enough: 1234.50 must keep its printed scale in what is derived from it.
        for (key, figure) in stored.regions {
            XCTAssertEqual(read.regions[key]?.amount.value.description, figure.amount.value.description,
                           file: file, line: line)
        }
    }

    func testFiguresComeBackExactlyFromMemoryAndFromTheScratchFile() throws {
        let scratch = try XCTUnwrap(ScratchFile())
        for archive in [CitationArchive(scratch: nil), CitationArchive(scratch: scratch, flushSize: 1),
                        CitationArchive(scratch: scratch, flushSize: 300)] {
            var archive = archive
            let stored = try (0..<50).map(facts)
            for facts in stored { archive.store(facts) }
            for facts in stored {
                XCTAssertTrue(archive.contains(facts.id))
                try assertSame(archive.facts(facts.id), facts)
            }
            XCTAssertFalse(archive.contains("晋财农〔2022〕999号"))
            XCTAssertNil(archive.facts("晋财农〔2022〕999号"))
        }
    }

    /// Bytes encoded ahead (on a worker: `ReadFacts.encoded`) are stored as they are, between
    /// figures the archive encodes itself, and every notice's figures come back exactly.
    func testFiguresEncodedAheadComeBackExactly() throws {
        let scratch = try XCTUnwrap(ScratchFile())
        for archive in [CitationArchive(scratch: nil), CitationArchive(scratch: scratch, flushSize: 300)] {
            var archive = archive
            let stored = try (0..<20).map(facts)
            for (index, facts) in stored.enumerated() {
                var bytes: [UInt8] = []
                FiguresCoder.encode(facts, into: &bytes)
                archive.store(facts, encoded: index % 3 == 0 ? nil : bytes)
            }
            for facts in stored { try assertSame(archive.facts(facts.id), facts) }
        }
    }

    func testAStoredIdGivenAgainReadsItsLatestFigures() throws {
        var archive = CitationArchive(scratch: ScratchFile(), flushSize: 1)
        var first = try facts(7)
        archive.store(first)
        first.regions = [:]
        first.names = ["山西省": try figure("140000", "山西省", "8", row: 1)]
        archive.store(first)
        try assertSame(archive.facts(first.id), first)
    }

    func testCutBytesDecodeToNothingWithoutTrapping() throws {
        var bytes: [UInt8] = []
        FiguresCoder.encode(try facts(3), into: &bytes)
        XCTAssertNotNil(FiguresCoder.decode(id: "x", bytes[...]))
        for end in stride(from: 0, to: bytes.count, by: 3) {
            XCTAssertNil(FiguresCoder.decode(id: "x", bytes[..<end]), "cut at \(end)")
        }
        XCTAssertNil(FiguresCoder.decode(id: "x", (bytes + [0])[...]))
        XCTAssertNil(FiguresCoder.decode(id: "x", ([0xFF] + Array(repeating: 0xFF, count: 12))[...]))
    }
}
