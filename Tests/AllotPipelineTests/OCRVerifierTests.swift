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
        let (table, cells) = table(read)
        let findings = Reconciler().check(table)
        return OCRVerifier(lowConfidence: 90, rereader: nil)
            .verify(table, findings: findings, cells: cells, recognizedPages: [3]).findings
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
