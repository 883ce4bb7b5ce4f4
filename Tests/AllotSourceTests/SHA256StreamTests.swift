@testable import AllotSource
import XCTest

/// A digest taken in pieces against the digest of the bytes joined.
final class SHA256StreamTests: XCTestCase {
    func testPiecesGiveTheDigestOfTheWhole() {
        let bytes = (0..<70_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) }
        for pieces in [[], [70_000], [1, 63, 64, 65, 69_807], [55, 1, 8, 0, 69_936], [4096, 4096, 61_808]] {
            var stream = SHA256Stream()
            var start = 0
            for length in pieces {
                stream.update(Array(bytes[start..<(start + length)]))
                start += length
            }
            XCTAssertEqual(stream.count, start)
            XCTAssertEqual(stream.finish(), SHA256.hex(Array(bytes[..<start])), "pieces \(pieces)")
        }
    }

    func testAKnownVectorAndAUsedUpStream() {
        var stream = SHA256Stream()
        stream.update(Array("ab".utf8))
        stream.update(Array("c".utf8))
        XCTAssertEqual(stream.finish(), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertNil(stream.finish(), "a stream gives its digest once")
    }
}
