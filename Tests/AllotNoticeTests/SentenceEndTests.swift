@testable import AllotNotice
import XCTest

/// The body reader ends a sentence at 。, ！ or ？ by comparing scalars; it must answer as
/// `Character` equality does for every character, combined ones included.
final class SentenceEndTests: XCTestCase {
    func testScalarComparisonAnswersAsCharacterEquality() {
        let characters: [Character] = ["。", "！", "？", "!", "?", ".", "a", "元", "\r\n", "。\u{301}", "？\u{20DD}",
                                        "\u{FF0E}", "\u{3001}", "\u{FE12}", "\u{FE57}", "e\u{301}", "🇨🇳"]
        for character in characters {
            let expected = character == "。" || character == "！" || character == "？"
            XCTAssertEqual(BodyFigures.Reader.endsSentence(character), expected, "\(character.unicodeScalars.map(\.value))")
        }
    }

    func testSentencesEndAtEachMark() {
        var sheet = LineSheet()
        sheet.add("安排资金100万元。下达50万元！合计150万元？余额")
        let figures = BodyFigures.read(sheet.lines)
        XCTAssertEqual(figures.map(\.sentenceNumber), [0, 1, 2])
        XCTAssertEqual(figures.map(\.text), ["100", "50", "150"])
    }
}
