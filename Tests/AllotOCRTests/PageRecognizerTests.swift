@testable import AllotOCR
import AllotModel
import XCTest

/// The image steps of the OCR stage, on synthetic images (no engine needed).
final class PageRecognizerTests: XCTestCase {
    /// Three horizontal bars of "text" drawn descending at `degrees`.
    private func lines(degrees: Double) -> GrayImage {
        var image = GrayImage(width: 600, height: 400)
        let slope = tan(degrees * .pi / 180)
        for base in [100, 200, 300] {
            for x in 50..<550 where (x / 12) % 2 == 0 {
                for dy in 0..<14 {
                    let y = base + dy + Int((Double(x) * slope).rounded())
                    if y >= 0, y < image.height { image.pixels[y * image.width + x] = 0 }
                }
            }
        }
        return image
    }

    func testDeskewFindsTheAngleAndStraightensIt() {
        for degrees in [-1.8, -0.5, 0.0, 1.2] {
            let angle = Deskew.angle(of: lines(degrees: degrees), limit: 4, darkLevel: 128)
            XCTAssertEqual(angle, degrees, accuracy: 0.1)
        }
        let straight = Deskew.straightened(lines(degrees: 1.2), degrees: 1.2)
        XCTAssertEqual(Deskew.angle(of: straight, limit: 4, darkLevel: 128), 0, accuracy: 0.1)
    }

    func testTextHeightIsTheMedianInkedBand() {
        XCTAssertEqual(TextHeight.median(lines(degrees: 0), darkLevel: 128), 14)
        XCTAssertNil(TextHeight.median(GrayImage(width: 50, height: 50), darkLevel: 128))
    }

    func testTextHeightLeavesARuledTablesLinesOut() {
        // Vertical rules ink every row from the table's top to its bottom, dark and grey by turns
        // (a thin rule at a probe's resolution), and horizontal rules between the text bands: still 14.
        var image = lines(degrees: 0)
        for x in [30, 320, 570] {
            for y in 60..<360 { image.pixels[y * 600 + x] = y % 2 == 0 ? 0 : 150 }
        }
        for y in [60, 150, 250, 360] {
            for x in 30...570 { image.pixels[y * 600 + x] = 0 }
        }
        XCTAssertEqual(TextHeight.median(image, darkLevel: 128), 14)
    }

    func testARulesBlurredEdgeIsErasedWithIt() {
        // A scanned rule: a dark core with grey edges (above the ink level) on either side.
        var image = lines(degrees: 0)
        for x in 0..<600 {
            image.pixels[49 * 600 + x] = 170
            image.pixels[50 * 600 + x] = 0
            image.pixels[51 * 600 + x] = 190
        }
        var kept = image
        ImageCleaner(settings: OCRSettings()).eraseRules(&kept, minLength: 42)
        XCTAssertEqual(kept.pixels[49 * 600 + 300], 170, "without a fringe the grey edge stays")
        ImageCleaner(settings: OCRSettings()).eraseRules(&image, minLength: 42, fringe: 2)
        XCTAssertEqual(image.pixels[49 * 600 + 300], 255)
        XCTAssertEqual(image.pixels[51 * 600 + 300], 255)
        XCTAssertEqual(image.pixels[105 * 600 + 50], 0, "text kept")
    }

    func testThePapersTextureIsLiftedToWhiteOnlyOnAPageWhoseRulesWereErased() throws {
        // Paper with a texture (240-250 by turns, whitened to 245-255), text bars, and a rule.
        var image = lines(degrees: 0)
        for index in image.pixels.indices where image.pixels[index] == 255 { image.pixels[index] = index % 3 == 0 ? 240 : 250 }
        var ruled = image
        for x in 0..<600 { ruled.pixels[50 * 600 + x] = 0 }
        func prepared(_ image: GrayImage) throws -> GrayImage {
            let buffer = try XCTUnwrap(PixelBuffer(width: image.width, height: image.height, format: .gray,
                                                   samples: image.pixels, pixelsPerPoint: 1))
            return PageRecognizer.prepared(buffer, turn: 0, settings: OCRSettings()).image
        }
        let plain = try prepared(image), erased = try prepared(ruled)
        XCTAssertLessThan((0..<600).map { plain.pixels[30 * 600 + $0] }.min() ?? 255, 255, "no rule: the texture is left as it is")
        XCTAssertEqual(erased.pixels[50 * 600 + 300], 255, "the rule is erased")
        XCTAssertEqual(Set((0..<600).map { erased.pixels[300 * 600 + $0] }).subtracting([0]), [255], "the texture lifted, text kept")
        XCTAssertEqual(erased.pixels[105 * 600 + 50], 0)
    }

    func testRedInkIsDroppedAndBlackUnderItKept() throws {
        // red, black, red over black (multiplied: black), grey paper
        let samples: [UInt8] = [214, 40, 40, 0, 0, 0, 0, 0, 0, 236, 234, 226]
        let buffer = try XCTUnwrap(PixelBuffer(width: 4, height: 1, format: .rgb, samples: samples, pixelsPerPoint: 1))
        let gray = GrayImage(buffer, dropRed: RedInk(margin: 60))
        XCTAssertEqual(gray.pixels[0], 255)
        XCTAssertEqual(gray.pixels[1], 0)
        XCTAssertEqual(gray.pixels[2], 0)
        XCTAssertGreaterThan(gray.pixels[3], 200)
    }

    func testAStrokeSeenThroughRedInkKeepsItsDarknessInTheRedChannel() throws {
        // A seal's ink over a grey stroke edge (multiplied: dark red) is the stroke, seen in the red
        // channel; the seal's ink alone on paper (red light, 198) is dropped; so is a lighter edge.
        let samples: [UInt8] = [198, 37, 37, 90, 10, 10, 140, 20, 20]
        let buffer = try XCTUnwrap(PixelBuffer(width: 3, height: 1, format: .rgb, samples: samples, pixelsPerPoint: 1))
        let gray = GrayImage(buffer, dropRed: RedInk(OCRSettings()))
        XCTAssertEqual(gray.pixels, [255, 90, 255])
        // Without the rule the stroke would go with the ink (its luminance alone cannot tell them apart).
        XCTAssertEqual(GrayImage(buffer, dropRed: RedInk(margin: 60, textLevel: 0)).pixels, [255, 255, 255])
    }

    func testAPageWhoseTextIsFarFromTheTargetHeightIsRenderedAgain() {
        func page(_ textHeight: Double, measured: Bool = true, scale: Double = 4) -> PreparedPage {
            PreparedPage(image: GrayImage(width: 1, height: 1), skew: 0, textHeight: textHeight, measured: measured,
                         pixelsPerPoint: scale, turn: 0)
        }
        let settings = OCRSettings()
        // 39 px at 4 px/pt (the probe misjudged a skewed page): 28 px is at 4 × 28 / 39.
        XCTAssertEqual(page(39).betterScale(settings) ?? 0, 4 * 28 / 39, accuracy: 1e-9)
        XCTAssertEqual(page(14, scale: 2).betterScale(settings) ?? 0, 4, accuracy: 1e-9)
        // Near enough (the probe's rounding), not measured, or out of bounds: left as rendered.
        XCTAssertNil(page(33).betterScale(settings))
        XCTAssertEqual(page(35).betterScale(settings) ?? 0, 4 * 28 / 35, accuracy: 1e-9)
        XCTAssertNil(page(24).betterScale(settings))
        XCTAssertNil(page(60, measured: false).betterScale(settings))
        XCTAssertEqual(page(10, scale: 5.5).betterScale(settings), nil, "already at the 400 dpi bound")
    }

    func testRulesAreErasedAndTextKept() {
        var image = lines(degrees: 0)
        for x in 0..<600 { image.pixels[50 * 600 + x] = 0 }
        for y in 0..<400 { image.pixels[y * 600 + 20] = 0 }
        ImageCleaner(settings: OCRSettings()).eraseRules(&image, minLength: 42)
        XCTAssertEqual(image.pixels[50 * 600 + 300], 255, "horizontal rule erased")
        XCTAssertEqual(image.pixels[250 * 600 + 20], 255, "vertical rule erased")
        XCTAssertEqual(image.pixels[105 * 600 + 50], 0, "text kept")
    }

    func testACellReadAgainIsEnlargedAndBinarisedAtItsOwnThreshold() {
        // Grey paper (200) with a darker grey stroke (90) and noise between: Otsu puts the
        // threshold between the two populations, whatever the absolute levels.
        var cell = GrayImage(width: 8, height: 4, fill: 200)
        for x in 2..<5 { cell.pixels[1 * 8 + x] = 90 }
        cell.pixels[3 * 8 + 7] = 170
        let black = cell.binarized()
        XCTAssertEqual(black.pixels[1 * 8 + 3], 0)
        XCTAssertEqual(black.pixels[0], 255)
        XCTAssertEqual(black.pixels[3 * 8 + 7], 255, "paper-side noise is paper")
        let large = cell.scaled(by: 3)
        XCTAssertEqual(large.width, 24)
        XCTAssertEqual(large.height, 12)
        XCTAssertEqual(large.pixels[4 * 24 + 10], 90, "the stroke's middle keeps its level")
        XCTAssertEqual(large.pixels[0], 200)
        XCTAssertEqual(GrayImage(width: 0, height: 0).binarized().pixels, [])
    }

    func testGreyPaperBecomesWhite() {
        var image = GrayImage(width: 10, height: 10, fill: 230)
        image.pixels[0] = 20
        let white = ImageCleaner(settings: OCRSettings()).whitened(image)
        XCTAssertEqual(white.pixels[5], 255)
        XCTAssertLessThan(white.pixels[0], 30)
    }

    func testPhantomMarksAreDroppedOnlyWhenTheInkIsTooNarrow() {
        let placer = GlyphPlacer(settings: OCRSettings(), image: GrayImage(width: 1, height: 1), scale: 1)
        let box = PixelBox(left: 0, top: 0, right: 10, bottom: 10)
        func symbol(_ text: String) -> Tesseract.Symbol {
            Tesseract.Symbol(text: text, box: box, lineBox: box, wordBox: box, line: 0, word: 0, confidence: 90, choices: [])
        }
        let marked = [symbol("”"), symbol("资"), symbol("金")]
        XCTAssertEqual(placer.withoutPhantomMarks(marked, width: 20, height: 10).map(\.text), ["资", "金"])
        XCTAssertEqual(placer.withoutPhantomMarks(marked, width: 30, height: 10).map(\.text), ["”", "资", "金"])
        XCTAssertEqual(GlyphPlacer.advance("资"), 1)
        XCTAssertEqual(GlyphPlacer.advance("8"), 0.5)
    }

    func testANumbersDigitsStayOneRunAndInkWithoutCharactersIsDoubtful() {
        let placer = GlyphPlacer(settings: OCRSettings(), image: GrayImage(width: 1, height: 1), scale: 1)
        func symbol(_ text: String, word: Int, wordBox: PixelBox) -> Tesseract.Symbol {
            Tesseract.Symbol(text: text, box: wordBox, lineBox: wordBox, wordBox: wordBox, line: 0, word: word,
                             confidence: 90, choices: [])
        }
        // 11254: its first 1 a run of its own (wide side bearings), the same word of the engine's.
        let number = PixelBox(left: 0, top: 0, right: 50, bottom: 20)
        let other = PixelBox(left: 90, top: 0, right: 120, bottom: 20)
        let runs = [(start: 0, end: 4), (start: 12, end: 50), (start: 90, end: 120)]
        let assigned = [[symbol("1", word: 0, wordBox: number)], ["1", "2", "5", "4"].map { symbol($0, word: 0, wordBox: number) },
                        ["8", "6", "5", "7"].map { symbol($0, word: 1, wordBox: other) }]
        let (joined, members) = GlyphPlacer.joiningNumbers(runs, assigned)
        XCTAssertEqual(joined.map(\.start), [0, 90])
        XCTAssertEqual(joined.map(\.end), [50, 120])
        XCTAssertEqual(members.map { $0.map(\.text).joined() }, ["11254", "8657"], "another word stays another cell")
        // A cell whose ink is four digits wide read as one digit lost three of them.
        let one = [symbol("1", word: 0, wordBox: number)]
        XCTAssertTrue(placer.hasLostCharacters(one, width: 36, height: 20))
        XCTAssertFalse(placer.hasLostCharacters(["1", "7", "7", "7"].map { symbol($0, word: 0, wordBox: number) },
                                                width: 36, height: 20))
        XCTAssertFalse(placer.hasLostCharacters(one, width: 9, height: 20))
    }

    func testAReadingTheTwoPassesDisagreeOnIsDoubtful() {
        let box = PixelBox(left: 0, top: 0, right: 10, bottom: 10)
        func symbol(_ text: String, _ choices: [(String, Double)] = []) -> Tesseract.Symbol {
            Tesseract.Symbol(text: text, box: box, lineBox: box, wordBox: box, line: 0, word: 0, confidence: 99,
                             choices: choices.map { (text: $0.0, confidence: $0.1) })
        }
        let compared = SegmentReader.compared([symbol("3", [("8", 20)]), symbol("1")], with: [symbol("8"), symbol("1")])
        XCTAssertEqual(compared[0].confidence, SegmentReader.disagreement)
        XCTAssertEqual(compared[1].confidence, 99)
        XCTAssertEqual(compared[0].choices.first?.text, "8")
    }

    func testTheModelsCharactersAreReadFromItsDataFile() {
        // A traineddata file: 24 component offsets, the LSTM unicharset (component 21) between
        // two others.
        let unicharset = Array("3\nNULL 0 Common 0\n县 1 0,255 Han 2 0 2 县\t# 县\n区 1 0,255 Han 3 0 3 区\n".utf8)
        var offsets = [Int64](repeating: -1, count: 24)
        let header = 4 + 8 * 24
        offsets[17] = Int64(header)
        offsets[21] = Int64(header + 5)
        offsets[22] = Int64(header + 5 + unicharset.count)
        var bytes: [UInt8] = [24, 0, 0, 0]
        for offset in offsets { bytes += (0..<8).map { UInt8(truncatingIfNeeded: UInt64(bitPattern: offset) >> (8 * $0)) } }
        bytes += [1, 2, 3, 4, 5] + unicharset + [9, 9]
        let model = ModelCharacters.parse(bytes)
        XCTAssertEqual(model?.contains("县"), true)
        XCTAssertEqual(model?.contains("区"), true)
        XCTAssertEqual(model?.contains("盂"), false)
        XCTAssertNil(ModelCharacters.parse(Array(bytes.prefix(100))), "offsets past the end")
        XCTAssertNil(ModelCharacters.parse([]))
        XCTAssertNil(ModelCharacters.parse([255, 255, 255, 127] + bytes.dropFirst(4)), "no traineddata has so many components")
    }
}
