@testable import AllotText
import AllotModel
import XCTest

/// The ASCII fast path must give what the general path gives, Decimal bits included, for every
/// string it accepts, and leave every other string to the general path.
final class AmountParserFastPathTests: XCTestCase {
    private func bits(_ parse: AmountParse) -> [UInt8]? {
        guard let value = parse.amount?.value else { return nil }
        return withUnsafeBytes(of: value) { Array($0) }
    }

    private func assertSame(_ raw: String, file: StaticString = #filePath, line: UInt = #line) {
        let general = AmountParser.parseGeneral(raw)
        XCTAssertEqual(AmountParser.isPlainNumber(raw), AmountParser.plainNumber(raw) != nil, raw, file: file, line: line)
        guard let fast = AmountParser.plainNumber(raw) else { return }
        XCTAssertEqual(fast, general, raw, file: file, line: line)
        XCTAssertEqual(bits(fast), bits(general), "Decimal bits of \(raw)", file: file, line: line)
        XCTAssertEqual(fast.amount?.value.description, general.amount?.value.description, raw, file: file, line: line)
    }

    func testHandPickedShapes() {
        let accepted = ["0", "7", "007", "-0", "-12", "1234", "1,234", "12,345,678.90", "0.5", "0.05", "-0.5",
                        "1000000", "9999999999999999999", "123456789012345678.9", "1.000", "-1,000.00"]
        for raw in accepted {
            XCTAssertNotNil(AmountParser.plainNumber(raw), raw)
            assertSame(raw)
        }
        // Left to the general path: its reasons, zeros with decimals, too many digits, anything else.
        let declined = ["", "-", "--", "0.00", "0.0", "-0.0", "12,34", "1,,234", ",123", "0,123", "1.", ".5",
                        "1.2.3", "1,234.5,6", "1 234", " 12", "12 ", "１２", "1,2345", "12345678901234567890",
                        "1-2", "+3", "1e5", "1,234,56"]
        for raw in declined {
            XCTAssertNil(AmountParser.plainNumber(raw), raw)
            XCTAssertFalse(AmountParser.isPlainNumber(raw), raw)
        }
    }

    func testGeneratedNumbersAgreeWithTheGeneralPath() {
        // A linear congruential sequence (Knuth's MMIX constants): the same numbers every run.
        var state: UInt64 = 2022
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        for _ in 0..<20_000 {
            var raw = next() % 4 == 0 ? "-" : ""
            let integerDigits = Int(next() % 19) + 1
            var digits = (0..<integerDigits).map { _ in Character(String(next() % 10)) }
            if next() % 3 == 0, digits.first != "0" {
                // Group by thousands from the right.
                var grouped: [Character] = []
                for (offset, digit) in digits.enumerated() {
                    if offset > 0, (digits.count - offset) % 3 == 0 { grouped.append(",") }
                    grouped.append(digit)
                }
                digits = grouped
            }
            raw += String(digits)
            if next() % 2 == 0 {
                raw += "." + String((0..<Int(next() % 6) + 1).map { _ in Character(String(next() % 10)) })
            }
            assertSame(raw)
        }
    }

    /// `TableFurniture.isAmount` answers cells holding an ideograph at once: it must agree with the
    /// general path on every cell, those included.
    func testIsAmountAgreesWithTheGeneralPath() {
        let pieces = ["1", "0", "9", ",", ".", "-", "\u{2212}", "△", " ", "\u{3000}", "\u{00A0}", "１", "２", "，",
                      "．", "万", "元", "合", "计", "一", "（", "）", "—", "/", "a", "\u{200B}", "\u{4DC0}", "\u{3400}",
                      "\u{F900}", "\u{2F00}", "\u{FFFD}", "e", "+", "%"]
        var state: UInt64 = 7
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        var cells = ["", "123", "1,234.5", "-12", "１２３", "１２万", "12万元", "合计", "合计 12", "12 合计", "—", "△5",
                     "\u{3000}1,234\u{3000}", "一、", "（一）"]
        for _ in 0..<20_000 {
            let count = Int(next() % 8)
            cells.append((0..<count).map { _ in pieces[Int(next() % UInt64(pieces.count))] }.joined())
        }
        for cell in cells {
            let general: Bool
            if case .amount = AmountParser.parseGeneral(cell) { general = true } else { general = false }
            XCTAssertEqual(TableFurniture.isAmount(cell), general, cell)
        }
    }
}

/// The general path's NFKC form made by table reads as Foundation's did.
final class AmountCompatibilityFormTests: XCTestCase {
    /// Random texts of amounts' characters, padding, marks, full-width forms, tone marks and
    /// compatibility characters: the form by table is Foundation's NFKC but for NBSP and U+3000
    /// (kept, where NFKC gives a space), and each text parses as its NFKC form does.
    func testTheFormByTableParsesAsFoundationsNFKC() {
        let pool: [Unicode.Scalar] = ["1", "2", "0", ",", ".", "-", " ", "（", "）", "１", "２", "，", "．", "－", "—", "／",
                                      "/", "\u{A0}", "\u{3000}", "万", "元", "、", "\u{302A}", "\u{302B}", "\u{2212}", "△",
                                      "é", "\u{216B}", "\u{FF61}", "\u{200B}", "\t"]
        var numbers = SeededNumbers(state: 0x5851_F42D_4C95_7F2D)
        func next(_ bound: Int) -> Int { numbers.next(bound) }
        for _ in 0..<4_000 {
            var text = ""
            for _ in 0..<(1 + next(8)) { text.unicodeScalars.append(pool[next(next(3) == 0 ? pool.count : 22)]) }
            let nfkc = text.precomposedStringWithCompatibilityMapping
            let spaced = String(String.UnicodeScalarView(AmountParser.compatibilityForm(text).unicodeScalars.map {
                $0 == "\u{A0}" || $0 == "\u{3000}" ? " " : $0
            }))
            XCTAssertEqual(Array(spaced.unicodeScalars), Array(nfkc.unicodeScalars), text.debugDescription)
            XCTAssertEqual(AmountParser.parseGeneral(text), AmountParser.parseGeneral(nfkc), text.debugDescription)
        }
    }
}
