@testable import AllotText
import XCTest

final class CJKTests: XCTestCase {
    func testWideScripts() {
        for scalar: Unicode.Scalar in ["县", "、", "〔", "ア", "한", "\u{20628}", "\u{3400}"] {
            XCTAssertTrue(CJK.contains(scalar), "\(scalar)")
        }
    }

    func testLatinDigitsAndPunctuation() {
        for scalar: Unicode.Scalar in ["a", "Z", "7", "(", ".", "-", "\u{2014}"] {
            XCTAssertFalse(CJK.contains(scalar), "\(scalar)")
        }
    }
}
