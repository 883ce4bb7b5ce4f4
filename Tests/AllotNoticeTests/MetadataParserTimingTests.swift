import AllotModel
import AllotNotice
import Foundation
import XCTest

/// Timing of the metadata parse, printed and never asserted (machines differ; a debug build is slow).
/// Run with `swift test -c release --filter MetadataParserTimingTests` for numbers that mean something.
final class MetadataParserTimingTests: XCTestCase {
    func testParsingReference125TwoHundredTimes() {
        var sheet = LineSheet()
        sheet.add(block: Reference125.body)
        let lines = sheet.lines
        let parser = MetadataParser()
        let expected = parser.parse(lines, tableTitles: [Reference125.tableTitle])

        let rounds = 200
        let start = DispatchTime.now().uptimeNanoseconds
        var docNumbers = 0
        for _ in 0..<rounds {
            let metadata = parser.parse(lines, tableTitles: [Reference125.tableTitle])
            if !metadata.docNumber.isEmpty { docNumbers += 1 }
        }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print(String(format: "MetadataParser: %d lines × %d parses: %.3f s total, %.1f µs per parse",
                     lines.count, rounds, elapsed, elapsed / Double(rounds) * 1e6))
        XCTAssertEqual(docNumbers, rounds)
        XCTAssertEqual(parser.parse(lines, tableTitles: [Reference125.tableTitle]), expected)
    }
}
