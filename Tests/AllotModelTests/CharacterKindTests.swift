import AllotModel
import XCTest

final class CharacterKindTests: XCTestCase {
    /// The look-up-free ranges of `isIdeographic` must agree with the Unicode property on every
    /// scalar of the Basic and the Supplementary Ideographic planes.
    func testIsIdeographicAgreesWithTheUnicodeProperty() {
        for value in UInt32(0)...0x2FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if CharacterKind.isIdeographic(scalar) != scalar.properties.isIdeographic {
                return XCTFail("U+\(String(value, radix: 16, uppercase: true))")
            }
        }
    }
}
