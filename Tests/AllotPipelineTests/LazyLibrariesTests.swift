import Foundation
import XCTest

/// Libraries only some inputs need are opened when one of those inputs comes, not loaded by the
/// dynamic loader at every start (issue #19: each costs every run its relocations).
final class LazyLibrariesTests: XCTestCase {
    func testAllotDoesNotLoadOnDemandLibrariesAtStart() throws {
        let ldd = try runTool(URL(fileURLWithPath: "/usr/bin/ldd"), [allotExecutable.path])
        XCTAssertEqual(ldd.status, 0, ldd.output)
        XCTAssertTrue(ldd.output.contains("libpoppler.so"), "ldd lists no libraries:\n\(ldd.output)")
        // poppler-glib and cairo: pages are read through poppler's core; they render pages and
        // open what the core cannot.
        for library in ["libtesseract", "liblept", "libxlsxwriter", "libpoppler-glib", "libcairo", "libglib-2.0",
                        "libgobject-2.0", "libgio-2.0"] {
            XCTAssertFalse(ldd.output.contains(library), "\(library) is loaded at every start:\n\(ldd.output)")
        }
        // libcrypto's SHA-256 is linked from its static archive: libcrypto.so.3 (BIND_NOW, 4,191
        // symbols bound at every start) is not loaded at all.
        XCTAssertFalse(ldd.output.contains("libcrypto"), "libcrypto is loaded at every start:\n\(ldd.output)")
    }
}
