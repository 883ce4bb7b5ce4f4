import AllotModel
import AllotPipeline
import Foundation
import XCTest

/// What the layout and table stages made of every PDF fixture, against readable goldens next to
/// its CSV goldens: Fixtures/golden/NAME/lines.txt (each page's lines and cells with coordinates)
/// and tables.txt (columns, rows with page and box, dropped furniture, body lines). A change in
/// layout or table reading shows here, at the stage where it happened.
final class StageGoldenTests: XCTestCase {
    func testEveryPDFFixtureMatchesItsStageGoldens() throws {
        FileManager.default.changeCurrentDirectoryPath(packageRoot.path)
        let names = try FileManager.default.contentsOfDirectory(atPath: "Fixtures/notices")
            .filter { $0.hasSuffix(".pdf") }.map { String($0.dropLast(4)) }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 7)
        for name in names {
            let trace = try NoticeProcessor().trace(path: fixturePath(name))
            try assertGolden(trace.layouts.map(\.dump).joined(), "Fixtures/golden/\(name)/lines.txt")
            try assertGolden(trace.scan.dump, "Fixtures/golden/\(name)/tables.txt")
        }
    }
}
