@testable import AllotOCR
@testable import AllotPipeline
import AllotModel
import AllotReconcile
import XCTest

/// Failing sums over recognized cells: whose misreading they are.
final class OCRVerifierTests: XCTestCase {
    /// 全省合计 (printed `total`) = 甲市小计 10 (its one county 甲县 10) + nine prefectures of 20
    /// (two counties of 10 each), as recognized cells: the total, 甲市小计 and 甲县 read with the
    /// given texts and confidences, the rest read right and surely.
    private func table(_ read: [(text: String, confidence: Double)]) -> (AllocationTable, [RecognizedCell.Key: RecognizedCell]) {
        var shape: [(RowLevel, String, Int?, String, Double)] = [
            (.total, "全省合计", nil, read[0].text, read[0].confidence),
            (.subtotal, "甲市小计", 1, read[1].text, read[1].confidence), (.item, "甲县", 2, read[2].text, read[2].confidence),
        ]
        for prefecture in ["乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"] {
            let subtotal = shape.count + 1
            shape.append((.subtotal, prefecture + "市小计", 1, "20", 99))
            shape += [(.item, prefecture + "东县", subtotal, "10", 99), (.item, prefecture + "西县", subtotal, "10", 99)]
        }
        var rows: [AllocationRow] = []
        var cells: [RecognizedCell.Key: RecognizedCell] = [:]
        for (index, (level, name, parent, text, confidence)) in shape.enumerated() {
            rows.append(AllocationRow(number: index + 1, page: 3, level: level, rawName: name, name: name, region: "",
                                      amounts: [Amount(value: Decimal(string: text) ?? 0, text: text)], rawAmounts: [text],
                                      remark: "", parent: parent))
            let glyphs = text.enumerated().map { offset, character in
                Glyph(text: String(character), box: Box(x0: 300 + Double(offset) * 6, y0: Double(index) * 20,
                                                        x1: 306 + Double(offset) * 6, y1: Double(index) * 20 + 12),
                      fontSize: 12, reading: GlyphReading(confidence: confidence))
            }
            cells[RecognizedCell.Key(row: index + 1, column: 0)] = RecognizedCell(row: index + 1, column: 0, page: 3, glyphs: glyphs)
        }
        let table = AllocationTable(index: 1, title: "", unit: "万元", attachment: "",
                                    amountColumns: [TableColumn(name: "中央资金", role: .amount)], rows: rows)
        return (table, cells)
    }

    private func verified(_ read: [(text: String, confidence: Double)]) -> [Finding] {
        verifiedTable(read).findings
    }

    /// The table verified, its cells read again (by row number) as `again` says, at each enlargement.
    private func verifiedTable(_ read: [(text: String, confidence: Double)],
                               again: [Int: [String]] = [:]) -> (table: AllocationTable, findings: [Finding]) {
        let (table, cells) = table(read)
        let findings = Reconciler().check(table)
        return OCRVerifier(lowConfidence: 90, rereader: again.isEmpty ? nil : StubRereader(again: again))
            .verify(table, findings: findings, cells: cells, recognizedPages: [3])
    }

    /// Reads the cell of row n (its box starts at y = 20 (n - 1)) as `again[n]`, one text per enlargement.
    private final class StubRereader: AmountRereading {
        let again: [Int: [String]]

        init(again: [Int: [String]]) {
            self.again = again
        }

        func digits(page: Int, box: Box) -> CellRecognizer.DigitReadings? {
            let texts = again[Int(box.y0 / 20) + 1] ?? []
            let readings = texts.map { CellRecognizer.Reading(text: $0, confidences: $0.map { _ in 99 }) }
            return CellRecognizer.DigitReadings(enlarged: readings, binarized: readings.last ?? CellRecognizer.Reading(text: "", confidences: []))
        }
    }

    func testASubtotalAndItsOneCountyMisreadAreCorrectedTogether() {
        // 甲市小计 10 read 19 with confidence, its one county 10 read 1: no one reading makes the
        // sums hold (each read right alone still fails against the other); both read again alike
        // at every enlargement do, and nothing else does.
        let (table, findings) = verifiedTable([("190", 99), ("19", 95), ("1", 50)], again: [2: ["10", "10"], 3: ["10", "10"]])
        XCTAssertEqual(findings.filter { $0.check.isArithmetic || $0.check == .ocrUncertain }, [], "\(findings)")
        let notes = findings.filter { $0.check == .ocrCorrected }
        XCTAssertEqual(notes.map(\.row).sorted(), [2, 3])
        XCTAssertTrue(notes.contains { $0.message.contains("OCR read 19, corrected to 10") && $0.message.contains("甲县 1 → 10") },
                      "\(notes.map(\.message))")
        XCTAssertEqual(table.rows.prefix(3).map { $0.amounts.first??.text }, ["190", "10", "10"])
        XCTAssertEqual(table.rows[1].amountSource, .ocrCorrected)
    }

    func testCellsReadAgainDifferentlyAtEachEnlargementAreNotCorrected() {
        // The county's image reads 10 at one enlargement and 16 at the other: no reading of it is
        // the image's, so nothing is corrected and both sums stay in doubt.
        let (table, findings) = verifiedTable([("190", 99), ("19", 95), ("1", 50)], again: [2: ["10", "10"], 3: ["10", "16"]])
        XCTAssertEqual(findings.filter { $0.check == .ocrCorrected }, [])
        XCTAssertEqual(Set(findings.filter { $0.check == .ocrUncertain }.map(\.row)), [1, 2])
        XCTAssertEqual(table.rows[1].amounts.first??.text, "19")
        // The doubt says where to look in both languages, and quotes the doubted finding's own
        // message in the language of each.
        for doubt in findings where doubt.check == .ocrUncertain {
            XCTAssertTrue(doubt.message.contains("; look at ") && doubt.message.contains(" box "), doubt.message)
            XCTAssertTrue(doubt.messageZH.contains("；请查看 第 ") && doubt.messageZH.contains("（置信度 "), doubt.messageZH)
            XCTAssertFalse(doubt.messageZH.contains("look at") || doubt.messageZH.contains("printed"), doubt.messageZH)
        }
    }

    func testASumFailingThroughACellInAnotherDoubtfulFailingSumIsNotTheDocuments() {
        // 甲市小计 10 read 19 with confidence, its one county read 1 without: both sums it is in
        // fail, and neither is the document's error.
        let findings = verified([("190", 99), ("19", 95), ("1", 50)])
        XCTAssertEqual(findings.filter(\.check.isArithmetic), [], "\(findings)")
        XCTAssertEqual(Set(findings.filter { $0.check == .ocrUncertain }.map(\.row)), [1, 2], "\(findings.map { "\($0.check) \($0.row)" })")
    }

    func testASumReadWithConfidenceThroughoutStaysTheDocumentsError() {
        // The total printed 191 (a misprint), every figure read surely, no other sum failing.
        let findings = verified([("191", 99), ("10", 99), ("10", 99)])
        XCTAssertEqual(findings.filter(\.check.isArithmetic).map(\.row), [1], "\(findings)")
        XCTAssertEqual(findings.filter { $0.check == .ocrUncertain }, [])
    }
}
