@testable import AllotNormalize
import XCTest

/// The stems the resolver indexes and looks up: compared by bytes for names of CJK unified
/// ideographs only, they are what comparing characters gives.
final class DivisionStemTests: XCTestCase {
    /// The rule as characters state it: the first suffix the name ends with and is longer than.
    private func characterStem(_ name: String, _ suffixes: [String]) -> (String, String?) {
        guard let suffix = suffixes.first(where: { name.hasSuffix($0) && name.count > $0.count }) else {
            return (name, nil)
        }
        return (String(name.dropLast(suffix.count)), suffix)
    }

    func testStemsAreWhatComparingCharactersGives() throws {
        let catalog = try DivisionCatalog.bundled()
        let names = (catalog.counties + catalog.prefectures + catalog.provinces).map(\.name)
            + ["县", "区", "自治县", "盂县", "㐀县", "龥县", "A县", "盂县\u{301}", "e\u{301}区", "", "新疆维吾尔", "广西壮族"]
        for suffixes in [DivisionResolver.countySuffixes, DivisionResolver.prefectureSuffixes,
                         DivisionResolver.provinceSuffixes, DivisionResolver.provincePeoples, ["A", "县"]] {
            for name in names {
                let stem = DivisionResolver.stem(name, suffixes)
                let expected = characterStem(name, suffixes)
                XCTAssertEqual(stem.stem, expected.0, name)
                XCTAssertEqual(stem.suffix, expected.1, name)
            }
        }
        XCTAssertEqual(DivisionResolver.stem("盂县", DivisionResolver.countySuffixes).stem, "盂")
        XCTAssertEqual(DivisionResolver.stem("县", DivisionResolver.countySuffixes).suffix, nil, "nothing left: no stem")
    }
}
