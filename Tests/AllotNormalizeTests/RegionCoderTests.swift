@testable import AllotNormalize
import XCTest

/// The words that name no region are told as the set tells them, whatever a name's first scalar.
final class RegionCoderTests: XCTestCase {
    func testNonRegionsAreTheSetsWords() {
        for word in RegionCoder.nonRegions {
            XCTAssertTrue(RegionCoder.isNonRegion(word), word)
        }
        // Places, words that start as the set's do, padded and empty names, and a name that is not
        // plain (a compatibility ideograph, a combining mark): all asked of the set.
        let names = ["太原市", "阳曲县", "省本级 ", "省本", "市", "市直属", "其他县", "", " 省直", "\u{F900}本级",
                     "本级\u{301}", "Other", "省直部门"]
        for name in names {
            XCTAssertEqual(RegionCoder.isNonRegion(name), RegionCoder.nonRegions.contains(name), name.debugDescription)
        }
    }
}
