@testable import AllotPDF
import XCTest

/// The page text is decoded from poppler's UTF-8 block into scalars without a String: the same
/// scalars `String(cString:)` would give, ill-formed bytes included.
final class RawPageTests: XCTestCase {
    func testScalarsAreThoseOfTheStringOfTheBytes() {
        let samples: [[UInt8]] = [
            Array("财政 2022年\n1,234.56　合计".utf8), [], [0x41],
            [0xC3], [0xC3, 0x28], [0xE4, 0xB8], [0xE4, 0xB8, 0x41], [0xED, 0xA0, 0x80], [0xF0, 0x9F, 0x98],
            [0xF0, 0x9F, 0x98, 0x80, 0x41], [0xFF, 0xFE, 0x41], [0x80, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80],
            [0xE0, 0x80, 0x80], [0x41, 0xF5, 0x42],
            // Each lead byte's edges: E0 and ED restrict their second byte, F0 and F4 too.
            [0xC2, 0x80], [0xDF, 0xBF], [0xC1, 0xBF], [0xE0, 0xA0, 0x80], [0xE0, 0x9F, 0xBF], [0xED, 0x9F, 0xBF],
            [0xEF, 0xBF, 0xBF], [0xE1, 0x80], [0xEE, 0x80, 0xC0], [0xF0, 0x90, 0x80, 0x80], [0xF0, 0x8F, 0xBF, 0xBF],
            [0xF4, 0x8F, 0xBF, 0xBF], [0xEF, 0xBC, 0x8C, 0xE3, 0x80], [0xE5, 0x90], [0xC3],
        ]
        for bytes in samples {
            let cString = (bytes + [0]).map { CChar(bitPattern: $0) }
            let decoded = cString.withUnsafeBufferPointer { $0.baseAddress.map(Poppler.RawPage.scalars) }
            let expected = cString.withUnsafeBufferPointer { $0.baseAddress.map { Array(String(cString: $0).unicodeScalars) } }
            XCTAssertEqual(decoded, expected, "\(bytes)")
        }
    }

    /// Every scalar of the Basic Multilingual Plane and a sample of the others, in one text.
    func testEveryScalarDecodes() {
        let scalars = (UInt32(0x01)...0x2FFFF).compactMap(Unicode.Scalar.init) + [Unicode.Scalar(UInt32(0x10FFFF))].compactMap { $0 }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        let bytes = Array(String(view).utf8)
        XCTAssertEqual(bytes.withUnsafeBufferPointer(Poppler.RawPage.decode), scalars)
    }

    func testAPageOfWhitespaceHasNoTextAndAsksForNoBoxes() {
        let blank = Array(" \n\u{3000}\n".utf8CString)
        let page = blank.withUnsafeBufferPointer { text in
            Poppler.RawPage.reading(width: 10, height: 20, utf8: text.baseAddress, boxes: {
                XCTFail("boxes asked for")
                return nil
            }, fontSizes: { nil })
        }
        XCTAssertEqual(page?.scalars, [])
        XCTAssertEqual(page?.boxCount, 0)
        let missing = Array("1".utf8CString).withUnsafeBufferPointer { text in
            Poppler.RawPage.reading(width: 10, height: 20, utf8: text.baseAddress, boxes: { [0, 0, 1, 1] }, fontSizes: { nil })
        }
        XCTAssertNil(missing)
    }
}
