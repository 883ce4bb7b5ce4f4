@testable import AllotText
import XCTest

final class BundledResourceTests: XCTestCase {
    func testReadsABundledFile() throws {
        XCTAssertTrue(try BundledResource.text(named: "provinces.csv").hasPrefix("code,name"))
    }

    func testMissingFileIsAnError() {
        XCTAssertThrowsError(try BundledResource.text(named: "nothing-here.csv")) { error in
            XCTAssertEqual(error as? NormalizeError, .missingResource(file: "nothing-here.csv"))
        }
    }

    func testResourcesCarryTheirLicenses() throws {
        XCTAssertTrue(try BundledResource.text(named: "divisions-LICENSE.txt").contains("PUBLIC LICENSE"))
        XCTAssertTrue(try BundledResource.text(named: "EquivalentUnifiedIdeograph.txt").contains("Unicode, Inc."))
        XCTAssertTrue(try BundledResource.text(named: "README.md").contains("modood/Administrative-divisions-of-China"))
    }
}
