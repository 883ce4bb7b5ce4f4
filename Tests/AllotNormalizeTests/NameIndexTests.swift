@testable import AllotNormalize
import XCTest

/// The resolver's name indexes: groups in the elements' order, looked up by a name's bytes, and the
/// stem indexes built once, at their first look-up.
final class NameIndexTests: XCTestCase {
    private let divisions = [
        Division(code: "140322", name: "盂县", level: .county, parentCode: "140300"),
        Division(code: "140402", name: "城区", level: .county, parentCode: "140400"),
        Division(code: "140302", name: "城区", level: .county, parentCode: "140300"),
    ]

    func testGroupsKeepTheElementsOrder() {
        let index = NameIndex(divisions, name: \.name)
        XCTAssertEqual(index["城区"].map(\.code), ["140402", "140302"])
        XCTAssertEqual(index["盂县"].map(\.code), ["140322"])
        XCTAssertEqual(index["盂"].map(\.code), [])
        XCTAssertEqual(index[""].map(\.code), [])
    }

    func testTheStemIndexIsBuiltOnceAtItsFirstLookUp() {
        final class Count: @unchecked Sendable { var builds = 0 }
        let count = Count()
        let divisions = divisions
        let lazy = LazyNameIndex { () -> NameIndex<Division> in
            count.builds += 1
            return NameIndex(divisions) { String($0.name.prefix(1)) }
        }
        XCTAssertEqual(count.builds, 0)
        XCTAssertEqual(lazy["城"].map(\.code), ["140402", "140302"])
        XCTAssertEqual(lazy["盂"].map(\.code), ["140322"])
        XCTAssertEqual(count.builds, 1)
    }

    func testTheBundledResolverFindsNamesByTheirStemOnDemand() throws {
        let resolver = try DivisionResolver.bundled()
        // 盂 is 盂县 without its suffix: only the stem index knows it.
        guard case let .resolved(division, via: .suffixOmitted) = resolver.resolveCounty("盂", prefectureCode: "1403",
                                                                                         provinceCode: nil) else {
            return XCTFail("盂 is not found by its stem")
        }
        XCTAssertEqual(division.code, "140322")
    }
}
