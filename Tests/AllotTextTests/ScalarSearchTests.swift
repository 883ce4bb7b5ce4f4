@testable import AllotText
import Foundation
import XCTest

/// `contains(scalarsOf:)` answers as Foundation's `contains(_:)` on normalized text.
final class ScalarSearchTests: XCTestCase {
    func testFindsWordsWhereFoundationDoes() {
        let texts = ["中央资金", "县(市、区)", "资金合计", "备注", "", "a", "项目支出(万元)", "其中:省级", "2023年资金",
                     "资金", "资", "金资", "合 计", "e\u{301}", "ae\u{301}b"]
        let words = ["资金", "合计", "县(市、区)", "其中", "金", "", "e", "ae", "b", "(万元)", "年资"]
        for text in texts {
            for word in words {
                XCTAssertEqual(text.contains(scalarsOf: word), text.contains(word), "\(text) ⊇ \(word)")
                XCTAssertEqual(text[...].contains(scalarsOf: word), text.contains(word), "substring \(text) ⊇ \(word)")
            }
        }
    }

    func testAMatchEndingInsideACharacterIsNoMatch() {
        // "资" followed by a variation selector is one character: "资" alone does not end there.
        XCTAssertFalse("资\u{FE00}金".contains(scalarsOf: "资"))
        XCTAssertTrue("资\u{FE00}金".contains(scalarsOf: "金"))
        XCTAssertFalse("ae\u{301}".contains(scalarsOf: "ae"))
        XCTAssertTrue("ae\u{301}".contains(scalarsOf: "a"))
    }

    /// `containsAny(scalarsOf:)` answers as asking each word in turn, for every set of the words
    /// (the empty set, the empty word and words ending inside a character among them), on strings
    /// and substrings.
    func testAnyOfTheWordsIsEachWordAsked() {
        let texts = ["中央资金", "县(市、区)", "资金合计", "备注", "", "a", "其中:省级", "资\u{FE00}金", "ae\u{301}b"]
        let words = ["资金", "合计", "其中", "", "e", "ae", "资", "备"]
        for text in texts {
            for mask in 0..<(1 << words.count) {
                let chosen = words.indices.filter { mask & (1 << $0) != 0 }.map { words[$0] }
                let oneByOne = chosen.contains { text.contains(scalarsOf: $0) }
                XCTAssertEqual(text.containsAny(scalarsOf: chosen), oneByOne, "\(text) \(chosen)")
                XCTAssertEqual(text[...].containsAny(scalarsOf: chosen), oneByOne, "\(text) \(chosen)")
            }
        }
    }
}
