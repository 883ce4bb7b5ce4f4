@testable import AllotNormalize
import AllotModel
import AllotText
import XCTest

/// Which cells that are no amount a table prints on purpose, and which columns its structure
/// confirms as amount columns.
final class AmountColumnEvidenceTests: XCTestCase {
    func testEntriesPrintedOnPurpose() {
        for entry in ["NA", "n/a", "N.A.", "nil", "x", "*", "…", "<5", "> 100", "≤0.5", "10-20", "1,000–2,000", "5~10",
                      "96.2*", "1.5¹", "S96.2", "25g", "1,234(a)", "22.5%"] {
            XCTAssertTrue(AmountColumnEvidence.isEntry(entry), entry)
        }
        // Damaged figures and words that are no convention are not entries.
        for damaged in ["abc", "12a3", "1,2O3", "Single", "1234567890123456789012345678901234567890", "--5", "5-"] {
            XCTAssertFalse(AmountColumnEvidence.isEntry(damaged), damaged)
        }
    }

    func testAColumnIsConfirmedByAMoneyUnitOrASumRowAndMostlyAmounts() {
        var evidence = AmountColumnEvidence(unit: "", columns: 2)
        evidence.record(0, AmountParser.parse("10"), level: .item)
        evidence.record(0, AmountParser.parse("NA"), level: .item)
        evidence.record(1, AmountParser.parse("30"), level: .total)
        evidence.record(1, AmountParser.parse("x"), level: .item)
        XCTAssertFalse(evidence.confirms(0))
        XCTAssertTrue(evidence.confirms(1))
        var money = AmountColumnEvidence(unit: "万元", columns: 1)
        money.record(0, AmountParser.parse("10"), level: .item)
        XCTAssertTrue(money.confirms(0))
        for word in ["a", "b", "c"] { money.record(0, AmountParser.parse(word), level: .item) }
        XCTAssertFalse(money.confirms(0))
        XCTAssertFalse(money.confirms(5))
    }
}
