import AllotModel
@testable import AllotPDF
import XCTest

/// Run-length rule detection on hand-drawn rasters (1 px per point, so positions read in points).
final class RuleDetectorTests: XCTestCase {
    private struct Raster {
        var width: Int
        var height: Int
        var pixels: [UInt8]

        init(width: Int, height: Int) {
            self.width = width
            self.height = height
            pixels = [UInt8](repeating: 255, count: width * height)
        }

        mutating func fill(x: ClosedRange<Int>, y: ClosedRange<Int>, value: UInt8 = 0) {
            for row in y { for column in x { pixels[row * width + column] = value } }
        }

        var gray: Cairo.Gray { Cairo.Gray(width: width, height: height, pixels: pixels) }
    }

    private func detect(_ raster: Raster) -> [Rule] {
        RuleDetector(settings: RuleSettings()).rules(in: raster.gray, scale: 1)
    }

    func testGridGivesItsLinesOnce() {
        var raster = Raster(width: 300, height: 200)
        for y in [20, 60, 100] { raster.fill(x: 10...250, y: y...y) }
        for x in [10, 130, 250] { raster.fill(x: x...x, y: 20...100) }
        let rules = detect(raster)
        XCTAssertEqual(rules.filter { $0.axis == .horizontal }.map(\.position), [20.5, 60.5, 100.5])
        XCTAssertEqual(rules.filter { $0.axis == .vertical }.map(\.position), [10.5, 130.5, 250.5])
        for rule in rules where rule.axis == .horizontal {
            XCTAssertEqual(rule.start, 10)
            XCTAssertEqual(rule.end, 251)
            XCTAssertEqual(rule.thickness, 1)
        }
    }

    func testFilledAreaIsNotARule() {
        var raster = Raster(width: 200, height: 100)
        raster.fill(x: 20...180, y: 30...45)  // a black bar 16 pt thick
        XCTAssertEqual(detect(raster), [])
    }

    func testLightShadingIsBackground() {
        var raster = Raster(width: 200, height: 100)
        raster.fill(x: 0...199, y: 40...41, value: 217)  // D9D9D9, a shaded header band edge
        XCTAssertEqual(detect(raster), [])
    }

    func testIsolatedShortStrokeIsDroppedButACellBorderOnTheFrameIsKept() {
        var raster = Raster(width: 300, height: 200)
        raster.fill(x: 10...290, y: 50...50)  // long frame rule
        raster.fill(x: 100...100, y: 50...70)  // 20 pt cell border hanging from it
        raster.fill(x: 200...200, y: 120...140)  // 20 pt stroke far from any rule (a bold 丨)
        let vertical = detect(raster).filter { $0.axis == .vertical }
        XCTAssertEqual(vertical.map(\.position), [100.5])
    }

    func testOnePixelGapsAreBridgedAndCollinearPiecesJoined() {
        var raster = Raster(width: 300, height: 60)
        for x in stride(from: 10, to: 200, by: 3) { raster.fill(x: x...(x + 1), y: 30...30) }  // dashed: 2 on, 1 off
        raster.fill(x: 201...260, y: 30...30)
        let rules = detect(raster)
        XCTAssertEqual(rules.count, 1, "\(rules)")
        XCTAssertEqual(rules.first?.start, 10)
        XCTAssertEqual(rules.first?.end, 261)
    }

    func testStrokesShorterThanTheMinimumAreText() {
        var raster = Raster(width: 200, height: 60)
        raster.fill(x: 20...31, y: 30...30)  // 12 pt: a glyph's 一
        XCTAssertEqual(detect(raster), [])
    }

    /// On a rendered surface (opaque ARGB32 words) a pixel is ink when every colour channel is
    /// below `inkBelow` (180): dark grey and dark blue rules are found, a red one (a seal) and a
    /// blue one with one channel at 192 are not. The rules sit at columns that a pass over eight
    /// white pixels at a time would jump past if it read a word wrong (x 3 and 13, width 101).
    func testColouredPixelsOfARenderedSurface() {
        let width = 101, height = 100
        var words = [UInt32](repeating: 0xFFFF_FFFF, count: width * height)
        let colours: [(y: Int, colour: UInt32)] = [(10, 0xFF40_4040), (30, 0xFF20_20B0), (50, 0xFFFF_0000), (70, 0xFF20_20C0)]
        for (y, colour) in colours { for x in 3...97 { words[y * width + x] = colour } }
        for y in 20...90 { words[y * width + 13] = 0xFF00_0000 }
        let rules = words.withUnsafeBufferPointer { buffer -> [Rule] in
            guard let base = buffer.baseAddress else { return [] }
            return RuleDetector(settings: RuleSettings())
                .rules(in: Cairo.Raster(base: base, width: width, height: height, rowLength: width), scale: 1)
        }
        XCTAssertEqual(rules.filter { $0.axis == .horizontal }.map(\.position), [10.5, 30.5])
        XCTAssertEqual(rules.filter { $0.axis == .horizontal }.map(\.start), [3, 3])
        XCTAssertEqual(rules.filter { $0.axis == .horizontal }.map(\.end), [98, 98])
        XCTAssertEqual(rules.filter { $0.axis == .vertical }.map(\.position), [13.5])
        XCTAssertEqual(rules.filter { $0.axis == .vertical }.map(\.start), [20])
    }
}
