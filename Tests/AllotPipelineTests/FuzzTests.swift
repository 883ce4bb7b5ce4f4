import AllotLayout
import AllotPDF
import AllotModel
import AllotPipeline
import AllotTables
import Foundation
import XCTest

/// A small deterministic generator (SplitMix64) so fuzz runs repeat exactly.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Property tests with a fixed seed: mutated PDFs (bit flips, truncations, spliced and overwritten
/// ranges from the fixtures) and random text layouts go through the whole pipeline without a trap,
/// and every outcome is either a notice or an error naming the file.
final class FuzzTests: XCTestCase {
    private func fixtures() throws -> [[UInt8]] {
        try ["jxzf-2022-125", "gansu-two-tables-fullwidth-dash-wrap", "distributed-twolevel-decimal-after"].map {
            try [UInt8](Data(contentsOf: packageRoot.appendingPathComponent("Fixtures/notices/\($0).pdf")))
        }
    }

    private func mutate(_ sources: [[UInt8]], _ rng: inout SeededGenerator, kind: Int) -> [UInt8] {
        var bytes = sources[Int.random(in: 0..<sources.count, using: &rng)]
        switch kind % 4 {
        case 0:
            for _ in 0..<Int.random(in: 1...40, using: &rng) {
                let position = Int.random(in: 0..<bytes.count, using: &rng)
                bytes[position] ^= UInt8(1) << UInt8.random(in: 0...7, using: &rng)
            }
        case 1:
            bytes = Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &rng)))
        case 2:
            let other = sources[Int.random(in: 0..<sources.count, using: &rng)]
            let start = Int.random(in: 0..<other.count, using: &rng)
            let piece = other[start..<min(other.count, start + Int.random(in: 16...4096, using: &rng))]
            bytes.insert(contentsOf: piece, at: Int.random(in: 0...bytes.count, using: &rng))
        default:
            for _ in 0..<Int.random(in: 1...10, using: &rng) {
                let start = Int.random(in: 0..<bytes.count, using: &rng)
                for index in start..<min(bytes.count, start + Int.random(in: 1...256, using: &rng)) {
                    bytes[index] = UInt8.random(in: 0...255, using: &rng)
                }
            }
        }
        return bytes
    }

    func testMutatedPDFsNeverTrap() throws {
        let sources = try fixtures()
        var rng = SeededGenerator(state: 20_221_206)
        let processor = NoticeProcessor()
        var read = 0
        var refused = 0
        for index in 0..<120 {
            let bytes = mutate(sources, &rng, kind: index)
            let path = "mutant-\(index).pdf"
            do {
                let document = try PDFExtractor().extract(bytes: bytes, path: path)
                let notice = processor.process(document)
                XCTAssertEqual(notice.sourceFile, path)
                read += 1
            } catch {
                XCTAssertTrue("\(error)".hasPrefix(path), "\(error)")
                refused += 1
            }
        }
        XCTAssertEqual(read + refused, 120)
    }

    func testRandomLayoutsNeverTrap() {
        var rng = SeededGenerator(state: 42)
        let alphabet = Array("全省合计太原市小计盂县娄烦县中央资金备注单位：万元0123456789.,-— 　附件１２３")
        for _ in 0..<200 {
            var glyphs: [Glyph] = []
            for _ in 0..<Int.random(in: 0...300, using: &rng) {
                let x = Double.random(in: -50...700, using: &rng)
                let y = Double.random(in: -50...900, using: &rng)
                let sizes: [Double] = [0, 0.5, 10.5, 12, 16, 300]
                let size = sizes[Int.random(in: 0..<sizes.count, using: &rng)]
                let character = alphabet[Int.random(in: 0..<alphabet.count, using: &rng)]
                glyphs.append(Glyph(text: String(character), box: Box(x0: x, y0: y, x1: x + size, y1: y + size),
                                    fontSize: size))
            }
            let page = PageText(number: 1, width: 595, height: 842, glyphs: glyphs)
            let document = SourceDocument(path: "random.pdf", sha256: "0", pages: [page, page])
            let notice = NoticeProcessor().process(document)
            XCTAssertEqual(notice.pageCount, 2)
        }
    }

    func testCharactersOutsideTheBMPAndZeroSizeBoxesAreCarriedThrough() {
        // A county name with an Extension B ideograph (U+20000), a zero-size glyph and a glyph
        // far off the page: read without a trap, the name kept whole.
        func glyphs(_ text: String, x: Double, y: Double) -> [Glyph] {
            text.unicodeScalars.enumerated().map { index, scalar in
                let x0 = x + Double(index) * 12
                return Glyph(text: String(scalar), box: Box(x0: x0, y0: y, x1: x0 + 12, y1: y + 12), fontSize: 12)
            }
        }
        var page = glyphs("市县名", x: 100, y: 100) + glyphs("中央资金", x: 300, y: 100)
        page += glyphs("全省合计", x: 100, y: 120) + glyphs("30", x: 320, y: 120)
        page += glyphs("\u{20000}县", x: 100, y: 140) + glyphs("30", x: 320, y: 140)
        page.append(Glyph(text: "X", box: Box(x0: 5, y0: 5, x1: 5, y1: 5), fontSize: 0))
        page.append(Glyph(text: "Y", box: Box(x0: 1e9, y0: -1e9, x1: 1e9 + 1, y1: -1e9 + 1), fontSize: 12))
        let document = SourceDocument(path: "nonbmp.pdf", sha256: "0",
                                      pages: [PageText(number: 1, width: 595, height: 842, glyphs: page)])
        let notice = NoticeProcessor().process(document)
        XCTAssertEqual(notice.tables.first?.rows.map(\.name), ["全省合计", "\u{20000}县"])
        XCTAssertEqual(notice.findings.filter { ["total", "subtotal"].contains($0.check.rawValue) }, [])
    }
}
