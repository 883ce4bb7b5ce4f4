import AllotModel
import XCTest

/// A number hashed as a part (`StableID.Hash.add(number:)`) is hashed as its decimal text is.
final class StableIDTests: XCTestCase {
    func testNumberHashesAsItsText() {
        var numbers = [0, 1, 9, 10, 11, 99, 100, 101, -1, -10, Int.max, Int.min, Int.max - 1, Int.min + 1]
        var power = 1
        while power <= Int.max / 10 {
            power *= 10
            numbers += [power - 1, power, power + 1, -power]
        }
        for number in numbers {
            for first in [nil, "晋乡振发〔2022〕125号"] {
                var byNumber = StableID.Hash(), byText = StableID.Hash()
                if let first {
                    byNumber.add(first)
                    byText.add(first)
                }
                byNumber.add(number: number)
                byText.add(String(number))
                byNumber.add("x")
                byText.add("x")
                XCTAssertEqual(byNumber.bits, byText.bits, "\(number)")
            }
        }
    }
}
