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

    func testEveryBundledNameFindsWhatAPlainGroupingFinds() throws {
        // The index (hash of the bytes computed once) against Dictionary(grouping:) by String, over
        // every county name and stem of the bundled catalog, and names it does not hold.
        let counties = try DivisionCatalog.bundled().counties
        for name in [{ (division: Division) in division.name },
                     { division in DivisionResolver.stem(division.name, DivisionResolver.countySuffixes).stem }] {
            let index = NameIndex(counties, name: name)
            let grouped = Dictionary(grouping: counties, by: name)
            XCTAssertGreaterThan(grouped.count, 2500)
            for (key, group) in grouped {
                XCTAssertEqual(index[key].map(\.code), group.map(\.code), key)
            }
            for absent in ["", "县", "城区区", "盂县 ", "Ａ", "e\u{301}", "\u{E9}"] where grouped[absent] == nil {
                XCTAssertEqual(index[absent].map(\.code), [], absent)
            }
        }
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
