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

final class CharacterKindScalarTests: XCTestCase {
    /// The look-up-free ranges of `CharacterKind(_: Unicode.Scalar)` must give the class the
    /// Unicode properties give, on every scalar.
    func testScalarClassAgreesWithTheUnicodeProperties() {
        let digits: Set<UInt32> = Set(0x30...0x39).union([0x2C, 0x2E, 0xFF0C, 0xFF0E]).union(0xFF10...0xFF19)
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected: CharacterKind = digits.contains(value) ? .digit
                : scalar.properties.isIdeographic || scalar.properties.isRadical ? .ideograph : .other
            if CharacterKind(scalar) != expected {
                return XCTFail("U+\(String(value, radix: 16, uppercase: true))")
            }
        }
    }
}
