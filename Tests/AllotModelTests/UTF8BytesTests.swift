import AllotModel
import XCTest

final class UTF8BytesTests: XCTestCase {
    func testWellFormedBytesAreValid() {
        XCTAssertTrue(UTF8Bytes.areValid([UInt8]()))
        XCTAssertTrue(UTF8Bytes.areValid(Array("合计 1,234.5".utf8)))
        XCTAssertTrue(UTF8Bytes.areValid(Array("plain ascii".utf8)))
    }

    func testMalformedBytesAreNot() {
        XCTAssertFalse(UTF8Bytes.areValid([0xE5, 0x90]))            // 合 cut short
        XCTAssertFalse(UTF8Bytes.areValid([0xC0, 0xAF]))            // overlong '/'
        XCTAssertFalse(UTF8Bytes.areValid([0x41, 0xFF, 0x42]))      // a byte UTF-8 never uses
        XCTAssertFalse(UTF8Bytes.areValid([0xBA, 0xCF, 0xBC, 0xC6])) // 合计 in GBK
    }

    /// The table-driven check on contiguous bytes agrees with the decoder on every generated
    /// sequence: lead and continuation bytes of every kind, cut short, overlong, surrogates, past U+10FFFF.
    func testContiguousBytesAgreeWithTheDecoder() {
        let pieces: [UInt8] = [0x41, 0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1,
                               0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF, 0xE5, 0x90, 0x88]
        var state: UInt64 = 5
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        var samples: [[UInt8]] = [Array("合计 1,234.5".utf8), [0xE5, 0x90], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
                                  [0xF0, 0x9F, 0x98, 0x80], [0xE0, 0x80, 0x80], [0xC2, 0x80]]
        for _ in 0..<50_000 {
            samples.append((0..<next(7)).map { _ in pieces[next(pieces.count)] })
        }
        for sample in samples {
            let decoded = UTF8Bytes.areValid(sample.lazy.map { $0 })
            XCTAssertEqual(sample.withUnsafeBufferPointer { UTF8Bytes.areValid($0) }, decoded, "\(sample)")
        }
    }

    /// `append` writes what `UTF8.encode` writes, for every scalar (each length of encoding, the
    /// edges between them, the last scalar).
    func testAppendWritesWhatTheEncoderWrites() {
        var fast: [UInt8] = []
        var reference: [UInt8] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            fast.removeAll(keepingCapacity: true)
            reference.removeAll(keepingCapacity: true)
            UTF8Bytes.append(scalar, to: &fast)
            UTF8.encode(scalar) { reference.append($0) }
            if fast != reference { return XCTFail("U+\(String(value, radix: 16)): \(fast) != \(reference)") }
        }
    }
}
