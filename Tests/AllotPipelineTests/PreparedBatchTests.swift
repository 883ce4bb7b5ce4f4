@testable import AllotPipeline
import AllotModel
import Foundation
import XCTest

/// Values prepared on the workers (`BatchRunner.run(_:progress:shouldStop:prepare:sink:)`) come with
/// the notice they were made from, and those of notices the citation step holds stay within a budget.
final class PreparedBatchTests: XCTestCase {
    private struct Probe: PreparedValue {
        var id: String
        var bytes: Int
    }

    private func run(bytes: Int) -> [(notice: Notice, probe: Probe?)] {
        var given: [(notice: Notice, probe: Probe?)] = []
        BatchRunner(jobs: 2).run(["Fixtures/notices"], prepare: { notice in
            Probe(id: notice.id, bytes: bytes)
        }, sink: { outcome, probe in
            if case let .success(notice) = outcome { given.append((notice, probe)) }
        })
        return given
    }

    func testPreparedValuesComeWithTheirNotice() throws {
        let small = run(bytes: 1)
        XCTAssertFalse(small.isEmpty)
        for (notice, probe) in small {
            // A file joined to a notice given before (the same doc number) gives that notice again:
            // the value comes with it, made from the file just read (the writer checks it).
            let probe = try XCTUnwrap(probe, "\(notice.sourceFile): its value is kept")
            XCTAssertEqual(probe.id, notice.id)
        }
        // Values too large to keep for a held notice: those given at once still have theirs.
        let large = run(bytes: Int.max / 2)
        XCTAssertEqual(large.map(\.notice.sourceFile), small.map(\.notice.sourceFile))
        for (notice, probe) in large {
            guard let probe else { continue }
            XCTAssertEqual(probe.id, notice.id)
        }
        XCTAssertGreaterThan(large.filter { $0.probe != nil }.count, 0)
    }
}
