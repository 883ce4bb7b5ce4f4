@testable import AllotSource
import XCTest

/// FIPS 180-4 examples (NIST CSRC "SHA256.pdf", SHA-2 additional test vectors).
final class SHA256Tests: XCTestCase {
    func testOneBlockMessage() {
        XCTAssertEqual(SHA256.hex(Array("abc".utf8)),
                       "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    func testEmptyMessage() {
        XCTAssertEqual(SHA256.hex([]), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    func testTwoBlockMessage() {
        XCTAssertEqual(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    func testPaddingThatNeedsAnExtraBlock() {
        let message = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
        XCTAssertEqual(SHA256.hex(Array(message.utf8)),
                       "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
        // 55 and 56 bytes straddle the length field's boundary.
        XCTAssertEqual(SHA256.hex([UInt8](repeating: 0x61, count: 55)),
                       "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
        XCTAssertEqual(SHA256.hex([UInt8](repeating: 0x61, count: 56)),
                       "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
    }

    func testMillionRepetitionsOfA() {
        XCTAssertEqual(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000)),
                       "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}

/// libcrypto's digest against the portable Swift rounds, on lengths around every block boundary.
final class SHA256ImplementationTests: XCTestCase {
    func testLibCryptoAgreesWithThePortableRounds() throws {
        for length in [0, 1, 55, 56, 63, 64, 65, 119, 120, 128, 1000, 4096, 65_537] {
            // Fixed pseudo-random bytes (a multiplicative hash of the position).
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: ($0 &* 2_654_435_761) >> 13) }
            let fast = try XCTUnwrap(LibCrypto.sha256(bytes), "libcrypto failed on \(length) bytes")
            XCTAssertEqual(fast, SHA256.portableDigest(bytes), "\(length) bytes")
        }
    }

    func testPortableRoundsOnTheFIPSExample() {
        XCTAssertEqual(SHA256.hex(digest: SHA256.portableDigest(Array("abc".utf8))),
                       "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
