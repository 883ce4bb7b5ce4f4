import XCTest
@testable import AllotText

/// The vocabulary's joined header words follow its lists: set, appended to or emptied after it is made.
final class TableVocabularyTests: XCTestCase {
    func testHeaderWordsFollowTheLists() {
        var vocabulary = TableVocabulary()
        XCTAssertTrue(vocabulary.isHeaderText("资金"))
        XCTAssertFalse(vocabulary.isHeaderText("绩效分"))
        vocabulary.otherHeaderWords = ["绩效分"]
        XCTAssertTrue(vocabulary.isHeaderText("绩效分"))
        XCTAssertTrue(vocabulary.allHeaderWords.contains("绩效分"))
        XCTAssertFalse(vocabulary.isHeaderText("口径"))
        vocabulary.countHeaderWords.append("口径")
        XCTAssertTrue(vocabulary.isHeaderText("口径"))
        vocabulary.amountHeaderWords = []
        XCTAssertFalse(vocabulary.allHeaderWords.contains("资金"))
        XCTAssertEqual(vocabulary.allHeaderWords.last, "其中")
        XCTAssertEqual(vocabulary.allHeaderWords, vocabulary.labelHeaderWords + vocabulary.remarkHeaderWords
            + vocabulary.otherHeaderWords + vocabulary.codeHeaderWords + vocabulary.percentageHeaderWords
            + vocabulary.countHeaderWords + vocabulary.dateHeaderWords + vocabulary.textHeaderWords + ["其中"])
    }
}
