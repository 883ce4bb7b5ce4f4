@testable import AllotOffice
import AllotModel
@testable import AllotTables
import Foundation
import XCTest

/// BIFF8 formula tokens decoded into the text an xlsx cell stores, so FormulaReader reads both
/// alike; anything not known is unknown (nil), never guessed, and no byte sequence traps.
final class BIFFFormulaTests: XCTestCase {
    private typealias S = BIFFStreams

    private func decode(_ tokens: [UInt8], row: Int = 20, column: Int = 2) -> BIFFFormula.Decoded? {
        BIFFFormula.decode(tokens[...], row: row, column: column)
    }

    /// The cells a decoded plain sum names, as FormulaReader parses its text: the same, in order.
    private func assertSameCells(_ decoded: BIFFFormula.Decoded?, file: StaticString = #filePath, line: UInt = #line) {
        guard let decoded else { return XCTFail("not decoded", file: file, line: line) }
        let cells = decoded.sumRanges.map { ranges in
            ranges.flatMap { range in
                (range.firstColumn...range.lastColumn).flatMap { column in
                    (range.firstRow...range.lastRow).map { FormulaReader.Reference(row: $0, column: column) }
                }
            }
        }
        XCTAssertEqual(cells, FormulaReader.parse(decoded.text), decoded.text, file: file, line: line)
    }

    func testReferencesAndRanges() {
        XCTAssertEqual(decode(S.ref(row: 4, column: 2))?.text, "C5")
        XCTAssertEqual(decode([0x44] + S.le16(4) + S.le16(2))?.text, "$C$5")  // value class, absolute
        XCTAssertEqual(decode([0x64] + S.le16(4) + S.le16(0x8002))?.text, "$C5")  // array class, row relative
        // a bare range is a formula, but no sum FormulaReader reads
        XCTAssertEqual(decode(S.area(rows: 4...11, columns: 2...2))?.text, "C5:C12")
        XCTAssertNil(decode(S.area(rows: 4...11, columns: 2...2))?.sumRanges)
        let sum = decode(S.area(rows: 4...11, columns: 2...2) + S.sum(1))
        XCTAssertEqual(sum?.text, "SUM(C5:C12)")
        XCTAssertEqual(sum?.sumRanges, [CellRange(firstRow: 5, firstColumn: 3, lastRow: 12, lastColumn: 3)])
        assertSameCells(sum)
        // a column past BIFF8's 256 is no cell
        XCTAssertNil(decode([0x24] + S.le16(4) + S.le16(0xC000 | 300)))
    }

    func testArithmeticNumbersAndParentheses() {
        let add = decode(S.ref(row: 4, column: 2) + S.ref(row: 5, column: 2) + [0x03])
        XCTAssertEqual(add?.text, "C5+C6")
        assertSameCells(add)
        XCTAssertEqual(decode(S.ref(row: 4, column: 2) + S.ref(row: 5, column: 2) + [0x04])?.text, "C5-C6")
        XCTAssertNil(decode(S.ref(row: 4, column: 2) + S.ref(row: 5, column: 2) + [0x04])?.sumRanges)
        XCTAssertEqual(decode(S.ref(row: 4, column: 2) + [0x1E] + S.le16(2) + [0x05])?.text, "C5*2")
        XCTAssertEqual(decode(S.ref(row: 4, column: 2) + [0x1F] + S.number(3023.9) + [0x06])?.text, "C5/3023.9")
        XCTAssertEqual(decode([0x1F] + S.number(1e16))?.text, "10000000000000000")
        XCTAssertNil(decode([0x1F] + S.number(.infinity)))
        let grouped = decode(S.ref(row: 4, column: 2) + S.ref(row: 5, column: 2) + [0x03, 0x15])
        XCTAssertEqual(grouped?.text, "(C5+C6)")
        XCTAssertNil(grouped?.sumRanges, "FormulaReader does not read a parenthesised sum")
        assertSameCells(grouped)
        XCTAssertEqual(decode(S.ref(row: 4, column: 2) + [0x13])?.text, "-C5")
        XCTAssertEqual(decode([0x17, 2, 0] + Array("ab".utf8) + [0x17, 1, 1, 0x2D, 0x4E] + [0x08])?.text, "\"ab\"&\"中\"")
        XCTAssertEqual(decode([0x1D, 1])?.text, "TRUE")
        XCTAssertEqual(decode([0x1C, 0x07])?.text, "#DIV/0!")
    }

    func testAttributesAndFunctions() {
        // tAttrSpace before the operand, tAttrSum: SUM of one argument (Excel's AutoSum)
        let autosum = decode([0x19, 0x40, 0x00, 0x01] + S.area(rows: 4...11, columns: 2...2) + [0x19, 0x10, 0, 0])
        XCTAssertEqual(autosum?.text, "SUM(C5:C12)")
        assertSameCells(autosum)
        let listed = decode(S.ref(row: 4, column: 2) + S.area(rows: 6...8, columns: 2...2) + S.sum(2))
        XCTAssertEqual(listed?.text, "SUM(C5,C7:C9)")
        assertSameCells(listed)
        let sumPlus = decode(S.area(rows: 4...5, columns: 2...2) + S.sum(1) + S.ref(row: 9, column: 3) + [0x03])
        XCTAssertEqual(sumPlus?.text, "SUM(C5:C6)+D10")
        assertSameCells(sumPlus)
        // ptgFunc of a fixed-argument function; its value is no plain sum
        let round = decode(S.ref(row: 4, column: 2) + [0x1E] + S.le16(2) + [0x41] + S.le16(27))
        XCTAssertEqual(round?.text, "ROUND(C5,2)")
        XCTAssertNil(round?.sumRanges)
        // IF with its jumps (tAttrIf, tAttrGoto) and a comparison
        let branch = decode(S.ref(row: 4, column: 2) + [0x1E] + S.le16(0) + [0x0D, 0x19, 0x02, 0, 0]
            + S.ref(row: 4, column: 2) + [0x19, 0x08, 0, 0, 0x1E] + S.le16(0) + [0x19, 0x08, 0, 0, 0x42, 3] + S.le16(1))
        XCTAssertEqual(branch?.text, "IF(C5>0,C5,0)")
        XCTAssertNil(branch?.sumRanges)
    }

    /// ptgRefN and ptgAreaN (a shared formula's tokens): offsets from the formula's cell, the row
    /// signed 16-bit, the column signed 8-bit, where the flags say relative.
    func testRelativeReferencesOfSharedFormulas() {
        // from row 20, column 2 (C21): rows -15 … -8 in the same column → C6:C13
        let tokens: [UInt8] = [0x2D] + S.le16(UInt16(bitPattern: -15)) + S.le16(UInt16(bitPattern: -8))
            + S.le16(0xC000) + S.le16(0xC000) + [0x19, 0x10, 0, 0]
        XCTAssertEqual(decode(tokens)?.text, "SUM(C6:C13)")
        XCTAssertEqual(decode(tokens, row: 21, column: 3)?.text, "SUM(D7:D14)")
        // a column offset of -1 (0xFF) and an absolute row
        XCTAssertEqual(decode([0x2C] + S.le16(4) + S.le16(0x4000 | 0xFF))?.text, "B$5")
        // offsets wrap around the sheet instead of trapping
        XCTAssertEqual(decode([0x2C] + S.le16(UInt16(bitPattern: -30)) + S.le16(0xC000), row: 5, column: 0)?.text, "A65512")
    }

    func testUnknownTokensMakeTheFormulaUnknown() {
        XCTAssertNil(decode([0x23] + S.le32(1)), "a defined name")
        XCTAssertNil(decode([0x3A] + S.le16(0) + S.le16(4) + S.le16(0xC002)), "another sheet")
        XCTAssertNil(decode(S.ref(row: 4, column: 2) + [0x42, 1] + S.le16(102)), "a function not listed")
        XCTAssertNil(decode(S.ref(row: 4, column: 2) + [0x42, 1] + S.le16(0x8004)), "a macro command")
        XCTAssertNil(decode(S.ref(row: 4, column: 2) + S.ref(row: 5, column: 2) + [0x10]), "a union")
        XCTAssertNil(decode([0x01] + S.le16(4) + S.le16(2)), "ptgExp outside a shared formula")
        XCTAssertNil(decode(S.ref(row: 4, column: 2) + S.ref(row: 5, column: 2)), "two operands left")
        XCTAssertNil(decode([0x03]), "an operator without operands")
        XCTAssertNil(decode(Array(S.ref(row: 4, column: 2).prefix(3))), "truncated")
        XCTAssertNil(decode([]))
    }

    /// Random token streams, and real ones cut and flipped: every one decodes or is unknown, and
    /// quickly (the text is capped, every read checked).
    func testRandomTokenStreamsNeverTrap() {
        var generator = SeededGenerator(state: 2_026)
        let pieces: [[UInt8]] = [S.ref(row: 4, column: 2), S.area(rows: 0...65_535, columns: 0...255), [0x03], [0x05], [0x15],
                                 [0x19, 0x10, 0, 0], [0x19, 0x40, 0, 1], S.sum(2), S.sum(127), [0x1E, 1, 0], [0x13],
                                 [0x2D, 0xFF, 0xFF, 0x01, 0x00, 0xFF, 0xC0, 0x01, 0xC0]]
        let start = Date()
        for round in 0..<20_000 {
            var tokens: [UInt8] = []
            if round % 2 == 0 {
                tokens = (0..<Int.random(in: 0...64, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            } else {
                for _ in 0..<Int.random(in: 1...400, using: &generator) {
                    tokens += pieces[Int.random(in: 0..<pieces.count, using: &generator)]
                }
                if Bool.random(using: &generator), !tokens.isEmpty {
                    tokens[Int.random(in: 0..<tokens.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
                }
            }
            if let decoded = decode(tokens, row: Int.random(in: 0..<65_536, using: &generator),
                                    column: Int.random(in: 0..<256, using: &generator)) {
                XCTAssertLessThanOrEqual(decoded.text.utf8.count, BIFFFormula.maximumText)
            }
        }
        XCTAssertLessThan(Date().timeIntervalSince(start), 60)
    }
}
