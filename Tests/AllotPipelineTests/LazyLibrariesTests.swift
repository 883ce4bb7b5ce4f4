import Foundation
import XCTest

/// Libraries only some inputs need are opened when one of those inputs comes, not loaded by the
/// dynamic loader at every start (issue #19: each costs every run its relocations).
final class LazyLibrariesTests: XCTestCase {
    func testAllotDoesNotLoadOnDemandLibrariesAtStart() throws {
        let ldd = try runTool(URL(fileURLWithPath: "/usr/bin/ldd"), [allotExecutable.path])
        XCTAssertEqual(ldd.status, 0, ldd.output)
        XCTAssertTrue(ldd.output.contains("libpoppler"), "ldd lists no libraries:\n\(ldd.output)")
        for library in ["libtesseract", "liblept", "libxlsxwriter"] {
            XCTAssertFalse(ldd.output.contains(library), "\(library) is loaded at every start:\n\(ldd.output)")
        }
    }
}
