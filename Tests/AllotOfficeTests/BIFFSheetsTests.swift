@testable import AllotOffice
import AllotModel
import Foundation
import XCTest

/// What the xls reader takes from the Workbook stream's own records (freexl reports none of it):
/// hidden sheets, rows and columns, formulas with their cached results, whether the file vouches
/// for them; bounded on any stream.
final class BIFFSheetsTests: XCTestCase {
    private typealias S = BIFFStreams

    private func read(_ stream: [UInt8]) -> BIFFSheets.Workbook {
        BIFFSheets.read(S.compoundFile(stream))
    }

    func testHiddenSheetsRowsAndColumns() {
        // ROW: row, first and last column, height, reserved (4), option flags (0x20: hidden), XF
        let hiddenRow = S.record(0x0208, S.le16(7) + S.le16(0) + S.le16(3) + S.le16(255) + S.le32(0) + S.le16(0x0120) + S.le16(15))
        let shownRow = S.record(0x0208, S.le16(8) + S.le16(0) + S.le16(3) + S.le16(255) + S.le32(0) + S.le16(0x0100) + S.le16(15))
        // COLINFO: first, last, width, XF, option flags (1: hidden), reserved
        func columns(_ first: UInt16, _ last: UInt16, hidden: Bool) -> [UInt8] {
            S.record(0x007D, S.le16(first) + S.le16(last) + S.le16(2_048) + S.le16(15) + S.le16(hidden ? 1 : 0) + S.le16(0))
        }
        let workbook = read(S.workbook([
            ("表1", 0, hiddenRow + shownRow + columns(4, 4, hidden: true) + columns(5, 6, hidden: false)
                + columns(250, 300, hidden: true) + columns(400, 0xFFFF, hidden: true) + columns(9, 3, hidden: true)),
            ("说明", 1, []), ("宏", 2, []),
        ]))
        let sheet = workbook.sheets["表1"]
        XCTAssertEqual(sheet?.state, "visible")
        XCTAssertEqual(sheet?.hiddenRows, [8])
        // a COLINFO past BIFF8's 256 columns is clamped (or, starting past them, dropped)
        XCTAssertEqual(sheet?.hiddenColumns, Set([5] + Array(251...256)))
        XCTAssertEqual(workbook.sheets["说明"]?.state, "hidden")
        XCTAssertEqual(workbook.sheets["宏"]?.state, "veryHidden")
        XCTAssertTrue(workbook.recalculated)
    }

    func testFormulaRecordsAndWhatTheFileSaysOfThem() {
        let records = S.numberCell(row: 5, column: 1, 10.5)
            + S.formula(row: 4, column: 1, result: S.number(30.5), tokens: S.area(rows: 5...6, columns: 1...1) + [0x19, 0x10, 0, 0])
            + S.formula(row: 4, column: 2, result: S.special(0), tokens: [0x17, 1, 0, 0x78])
            + S.record(0x0207, S.le16(2) + [0] + Array("ok".utf8))
            + S.formula(row: 4, column: 3, result: S.special(1, 1), options: 0x0001, tokens: [0x1D, 1])
            + S.formula(row: 4, column: 4, result: S.special(2, 0x07), tokens: [0x1C, 0x07])
            + S.formula(row: 4, column: 5, result: S.special(3), tokens: [0x23] + S.le32(1))
            + S.record(0x0207, S.le16(2) + [0] + Array("no".utf8))  // after a formula with no text result: nobody's
            + S.record(0x005E, S.le16(0)) + S.record(0x000D, S.le16(0))
        let workbook = read(S.workbook([("表1", 0, records)], recalculated: false))
        XCTAssertFalse(workbook.recalculated)
        let sheet = workbook.sheets["表1"]
        XCTAssertEqual(sheet?.uncalculated, true)
        XCTAssertEqual(sheet?.manualCalculation, true)
        XCTAssertEqual(sheet?.formulas.map(\.result), [.number(30.5), .text("ok"), .boolean(true), .error("#DIV/0!"), .empty])
        XCTAssertEqual(sheet?.formulas.map(\.formula?.text), ["SUM(B6:B7)", "\"x\"", "TRUE", "#DIV/0!", nil])
        XCTAssertEqual(sheet?.formulas.map(\.alwaysCalculated), [false, false, true, false, false])
        XCTAssertEqual(sheet?.formulas.first.map { [$0.row, $0.column] }, [5, 2])
        // CALCMODE 1 (automatic) and -1 (automatic but tables) are not manual
        let automatic = read(S.workbook([("表1", 0, S.record(0x000D, S.le16(0xFFFF)))]))
        XCTAssertEqual(automatic.sheets["表1"]?.manualCalculation, false)
        XCTAssertEqual(automatic.sheets["表1"]?.uncalculated, false)
    }

    /// A shared formula: the first cell's FORMULA names it by ptgExp, the SHRFMLA record follows
    /// with ptgAreaN tokens relative to each cell sharing it.
    func testSharedFormulasAreDecodedForEachCell() {
        let exp: [UInt8] = [0x01] + S.le16(10) + S.le16(1)
        let shared = S.record(0x04BC, S.le16(10) + S.le16(10) + [1, 3, 0, 3] + S.le16(13)
            + [0x2D] + S.le16(UInt16(bitPattern: -8)) + S.le16(UInt16(bitPattern: -1)) + S.le16(0xC000) + S.le16(0xC000)
            + [0x19, 0x10, 0, 0])
        let records = S.formula(row: 10, column: 1, result: S.number(1), options: 0x0008, tokens: exp) + shared
            + S.formula(row: 10, column: 2, result: S.number(2), options: 0x0008, tokens: exp)
            + S.formula(row: 10, column: 3, result: S.number(3), options: 0x0008, tokens: exp)
            + S.formula(row: 12, column: 3, result: S.number(4), options: 0x0008, tokens: exp)  // outside the range
        let formulas = read(S.workbook([("表1", 0, records)])).sheets["表1"]?.formulas
        XCTAssertEqual(formulas?.map(\.formula?.text), ["SUM(B3:B10)", "SUM(C3:C10)", "SUM(D3:D10)", nil])
        // a text result's STRING record comes after the SHRFMLA or ARRAY record that follows its formula
        let texts = S.formula(row: 10, column: 1, result: S.special(0), options: 0x0008, tokens: exp) + shared
            + S.record(0x0207, S.le16(1) + [0] + Array("a".utf8))
            + S.formula(row: 11, column: 1, result: S.special(0), tokens: exp) + S.record(0x0221, [UInt8](repeating: 0, count: 14))
            + S.record(0x0207, S.le16(1) + [0] + Array("b".utf8))
        XCTAssertEqual(read(S.workbook([("表1", 0, texts)])).sheets["表1"]?.formulas.map(\.result), [.text("a"), .text("b")])
    }

    /// A stream whose substreams have no EOF, BOUNDSHEETs all naming one start, records running
    /// past the end: read once, promptly, partly.
    func testStreamsWithoutEOFOrWithAbsurdLengthsEndPromptly() {
        let start = Date()
        let hidden = S.record(0x0208, S.le16(2) + S.le16(0) + S.le16(1) + S.le16(255) + S.le32(0) + S.le16(0x20) + S.le16(15))
        let open = S.workbook([("表1", 0, hidden + [UInt8](repeating: 0, count: 40_000)), ("表2", 0, hidden)], closed: false)
        let workbook = read(open)
        XCTAssertEqual(workbook.sheets["表1"]?.hiddenRows, [3])
        XCTAssertEqual(workbook.sheets["表2"]?.hiddenRows, [3])
        // 2,000 BOUNDSHEETs naming the same start: the substream is read once
        var globals = S.bof(0x0005)
        let names = (0..<2_000).map { "S\($0)" }
        let length = globals.count + names.map { 4 + 8 + $0.utf16.count * 2 }.reduce(0, +)
        for name in names {
            globals += S.record(0x0085, S.le32(UInt32(length)) + [0, 0, UInt8(name.utf16.count), 1] + Array(name.utf16).flatMap(S.le16))
        }
        let many = read(globals + S.bof(0x0010) + [UInt8](repeating: 0, count: 20_000))
        XCTAssertEqual(many.sheets.count, 2_000)
        // a record claiming more bytes than the stream holds ends the walk
        let cut = read(S.bof(0x0005) + S.le16(0x0085) + S.le16(0xFFFF) + [1, 2, 3])
        XCTAssertEqual(cut.sheets, [:])
        XCTAssertLessThan(Date().timeIntervalSince(start), 10)
    }

    /// Each number cell's own format, XF record → FORMAT record (or a built-in one): a cell whose
    /// format shows fewer decimals than it stores is counted for `display_rounded`, as an xlsx
    /// cell is. NUMBER, RK (an integer ×100 and a double), MULRK and a FORMULA's number are cells;
    /// a text result, an XF or format index naming nothing, and a cut record are not counted.
    func testNumberCellsWhoseOwnFormatHidesDecimalsAreCounted() {
        // XF 0 General, 1 built-in 3 (#,##0), 2 FORMAT 164 (#,##0.0), 3 format 200 (no FORMAT record), 4 built-in 2 (0.00)
        let globals = S.format(164, "#,##0.0") + [0, 3, 164, 200, 2].map(S.extendedFormat).joined()
        let rkInteger = S.le32(UInt32(1_064_550) << 2 | 3)  // 10645.50: an integer ×100
        let rkDouble = S.le32(UInt32(truncatingIfNeeded: 0.75.bitPattern >> 32))  // 0.75: the double's high 30 bits
        let records = S.numberCell(row: 1, column: 1, style: 1, 10645.5)  // counted
            + S.numberCell(row: 2, column: 1, style: 2, 10645.5)  // one decimal shown: not counted
            + S.numberCell(row: 3, column: 1, style: 2, 1.25)  // counted
            + S.numberCell(row: 4, column: 1, style: 1, 205)  // no decimals: not counted
            + S.numberCell(row: 5, column: 1, style: 0, 1.5)  // General: not counted
            + S.numberCell(row: 6, column: 1, style: 3, 1.5)  // format without a record: not counted
            + S.numberCell(row: 7, column: 1, style: 999, 1.5)  // no such XF: not counted
            + S.numberCell(row: 8, column: 1, style: 4, 1.255)  // built-in 0.00: counted
            + S.record(0x027E, S.le16(9) + S.le16(1) + S.le16(1) + rkInteger)  // counted
            + S.record(0x00BD, S.le16(10) + S.le16(1) + S.le16(1) + rkDouble + S.le16(0) + rkDouble + S.le16(2))  // 1 counted
            + S.formula(row: 11, column: 1, result: S.number(3.5), tokens: S.ref(row: 1, column: 1))  // XF 15: no such XF
            + S.record(0x0006, S.le16(12) + S.le16(1) + S.le16(1) + S.number(3.5) + [UInt8](repeating: 0, count: 8))  // counted
            + S.record(0x0006, S.le16(13) + S.le16(1) + S.le16(1) + S.special(0) + [UInt8](repeating: 0, count: 8))  // text
            + S.record(0x0203, S.le16(14) + S.le16(1) + S.le16(1) + [0, 0])  // cut: no value
            + S.record(0x027E, S.le16(15) + S.le16(1))  // cut: no XF
        let workbook = read(S.workbook([("表1", 0, records)], globalRecords: globals))
        XCTAssertEqual(workbook.sheets["表1"]?.roundedDisplays, 6)
        XCTAssertEqual(BIFFSheets.rkNumber(UInt32(1_064_550) << 2 | 3), 10645.5)
        XCTAssertEqual(BIFFSheets.rkNumber(UInt32(truncatingIfNeeded: 0.75.bitPattern >> 32)), 0.75)
        XCTAssertEqual(BIFFSheets.rkNumber(UInt32(bitPattern: -8) << 2 | 2), -8)
        XCTAssertEqual(BIFFSheets.rkNumber(UInt32.max), -0.01)
    }

    /// Thousands of random and damaged streams: no trap, bounded time.
    func testRandomAndDamagedStreamsNeverTrap() {
        var generator = SeededGenerator(state: 9_009)
        let pieces: [[UInt8]] = [
            S.formula(row: 4, column: 1, result: S.number(3), tokens: S.area(rows: 5...6, columns: 1...1) + S.sum(1)),
            S.formula(row: 5, column: 1, result: S.special(0), options: 9, tokens: [0x01, 4, 0, 1, 0]),
            S.record(0x0207, S.le16(0xFFFF) + [1, 0x41]), S.record(0x04BC, [0, 0, 0xFF, 0xFF, 0, 0xFF, 0, 0, 0xFF, 0xFF]),
            S.record(0x0208, [UInt8](repeating: 0xFF, count: 16)), S.record(0x007D, [UInt8](repeating: 0xFF, count: 12)),
            S.record(0x00E5, S.le16(0xFFFF)), S.record(0x005E, []), S.record(0x000D, []), S.bof(0x0020), S.eof,
            S.numberCell(row: 5, column: 1, .nan), S.numberCell(row: 6, column: 1, style: 0xFFFF, .infinity),
            S.record(0x00BD, S.le16(1) + S.le16(0xFFFF) + S.le16(0xFFFF) + S.le32(0xFFFF_FFFF) + S.le16(0)),
            S.record(0x027E, S.le16(1) + S.le16(1) + S.le16(0xFFFF) + S.le32(0xFFFF_FFFF)),
        ]
        let start = Date()
        for round in 0..<3_000 {
            var records: [UInt8] = []
            for _ in 0..<Int.random(in: 0...30, using: &generator) { records += pieces[Int.random(in: 0..<pieces.count, using: &generator)] }
            var stream = S.workbook([("表1", UInt8(round % 4), records), ("表2", 0, records)], recalculated: round % 3 == 0,
                                    closed: round % 5 != 0)
            for _ in 0..<Int.random(in: 0...6, using: &generator) where !stream.isEmpty {
                stream[Int.random(in: 0..<stream.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            }
            if round % 7 == 0 { stream.removeLast(Int.random(in: 0...stream.count, using: &generator)) }
            let workbook = read(stream)
            for (name, sheet) in workbook.sheets {
                _ = XLSFormulaCells(sheet, name: name, recalculated: workbook.recalculated) { row, column in
                    row % 3 == 0 ? String(row * column) : nil
                }
            }
        }
        XCTAssertLessThan(Date().timeIntervalSince(start), 60)
    }
}
