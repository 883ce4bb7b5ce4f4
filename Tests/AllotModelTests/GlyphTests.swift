import AllotModel
import XCTest

/// A glyph keeps a one-scalar text as its scalar and other texts in a box beside it: both must
/// behave as the String they stand for.
final class GlyphTests: XCTestCase {
    private let box = Box(x0: 1, y0: 2, x1: 3, y1: 4)
    private let texts = ["1", "中", " ", "\u{3000}", "\u{A0}", "\u{1F600}", "", "e\u{301}", "12", "中文", "\u{2F00}", "，"]

    func testTextAndTraitsAreThoseOfTheString() {
        for text in texts {
            let glyph = Glyph(text: text, box: box, fontSize: 9)
            XCTAssertEqual(glyph.text, text)
            XCTAssertEqual(glyph.kind, CharacterKind(text), text)
            XCTAssertEqual(glyph.isSpace, text.unicodeScalars.allSatisfy { $0.properties.isWhitespace }, text)
            let scalars = Array(text.unicodeScalars)
            XCTAssertEqual(glyph.scalar, scalars.count == 1 ? scalars.first : nil, text)
            var bytes: [UInt8] = [0x41]
            glyph.appendUTF8(to: &bytes)
            XCTAssertEqual(bytes, [0x41] + Array(text.utf8), text)
        }
    }

    /// The space test's look-up-free ranges agree with the Unicode property on every scalar.
    func testSpaceTestAgreesWithTheUnicodeProperty() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if Glyph(scalar: scalar, box: box, fontSize: 9).isSpace != scalar.properties.isWhitespace {
                return XCTFail("U+\(String(value, radix: 16, uppercase: true))")
            }
        }
    }

    func testAGlyphOfAScalarEqualsTheGlyphOfItsText() {
        for text in texts where text.unicodeScalars.count == 1 {
            let scalar = Glyph(scalar: text.unicodeScalars[text.unicodeScalars.startIndex], box: box, fontSize: 9)
            let string = Glyph(text: text, box: box, fontSize: 9)
            XCTAssertEqual(scalar, string)
            XCTAssertEqual(scalar.hashValue, string.hashValue)
            XCTAssertEqual(scalar.kind, string.kind)
            XCTAssertEqual(scalar.isSpace, string.isSpace)
        }
    }

    func testGlyphsOfDifferentTextsOrReadingsDiffer() {
        let glyphs = texts.map { Glyph(text: $0, box: box, fontSize: 9) }
        XCTAssertEqual(Set(glyphs).count, texts.count)
        let read = Glyph(text: "1", box: box, fontSize: 9, reading: GlyphReading(confidence: 80))
        XCTAssertNotEqual(read, glyphs[0])
        XCTAssertEqual(read.reading, GlyphReading(confidence: 80))
        XCTAssertNil(glyphs[0].reading)
    }

    /// Setting the text (a recognized digit corrected) keeps the reading and works the traits out again.
    func testSettingTheTextKeepsTheReading() {
        let reading = GlyphReading(confidence: 40, choices: [.init(text: "8", confidence: 30)])
        var glyph = Glyph(text: "3", box: box, fontSize: 9, reading: reading)
        glyph.text = "中文"
        XCTAssertEqual(glyph.text, "中文")
        XCTAssertNil(glyph.scalar)
        XCTAssertEqual(glyph.kind, .ideograph)
        XCTAssertEqual(glyph.reading, reading)
        glyph.text = "8"
        XCTAssertEqual(glyph.scalar, "8")
        XCTAssertEqual(glyph.kind, .digit)
        XCTAssertFalse(glyph.isSpace)
        XCTAssertEqual(glyph.reading, reading)
        XCTAssertEqual(glyph, Glyph(text: "8", box: box, fontSize: 9, reading: reading))
        glyph.reading = nil
        XCTAssertEqual(glyph, Glyph(scalar: "8", box: box, fontSize: 9))
        glyph.text = ""
        XCTAssertTrue(glyph.isSpace)
        XCTAssertEqual(glyph, Glyph(text: "", box: box, fontSize: 9))
        XCTAssertNotEqual(glyph, Glyph(text: " ", box: box, fontSize: 9))
    }

    /// A glyph's UTF-8 is its text's, one scalar of any length or text of several scalars.
    func testUTF8IsTheTextsBytes() {
        for text in ["A", "é", "合", "\u{FF11}", "😀", "e\u{301}", "", "十二"] {
            var bytes: [UInt8] = [0x20]
            Glyph(text: text, box: Box(x0: 0, y0: 0, x1: 1, y1: 1), fontSize: 10).appendUTF8(to: &bytes)
            XCTAssertEqual(bytes, [0x20] + Array(text.utf8), text)
        }
    }
}
