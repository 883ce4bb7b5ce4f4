@testable import AllotReconcile
import Foundation
import XCTest

/// The unit of the last printed place, made from its exponent, is what dividing by ten gave.
final class RoundingTests: XCTestCase {
    func testTheUnitOfTheLastPlaceIsTenToTheMinusPlaces() {
        var divided = Decimal(1)
        for places in 0...45 {
            XCTAssertEqual(Rounding.unitOfLastPlace(places), divided, "\(places)")
            XCTAssertEqual(Rounding.unitOfLastPlace(places) * 10, places == 0 ? 10 : divided * 10, "\(places)")
            divided /= 10
        }
        XCTAssertEqual(Rounding.unitOfLastPlace(2), Decimal(string: "0.01"))
    }
}
