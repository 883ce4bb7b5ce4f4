import AllotModel
import AllotPDF
import Foundation
import XCTest

/// Ruling lines read from rendered pages against the rules the fixture generators drew.
final class RuleExtractionTests: XCTestCase {
    private let fiscal = packageRoot.appendingPathComponent("Fixtures/fiscal")

    /// Every fiscal fixture: each drawn rule (NAME.rules.csv, written by make_fiscal_fixtures.py)
    /// is found once, with its position within a pixel and its ends within a stroke width, and no
    /// rule is found that was not drawn (text strokes, shaded cells). Unruled fixtures give none;
    /// fixtures with horizontal rules only give no vertical one.
    func testFiscalFixturesGiveBackTheRulesTheyWereDrawnWith() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: fiscal.path)
            .filter { $0.hasSuffix(".rules.csv") }.map { String($0.dropLast(".rules.csv".count)) }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 13)
        var rendering = RuleSettings()
        rendering.source = .rendering
        for settings in [RuleSettings(), rendering] {
            for name in names { try checkDrawnRules(name, settings: settings) }
        }
    }

    /// Frames filled as rings (`Scripts/make_rule_fixtures.py`): an even-odd ring and a nonzero
    /// one wound against its outline give their four sides as rules, read from the marks as from
    /// the rendered page; a solid box drawn as two outlines wound the same way gives none.
    func testFramesFilledAsRingsGiveTheirSides() throws {
        try checkRulesFixture("evenodd-frames")
    }

    /// A grid drawn as one filled path, its outline and every cell a hole (`make_rule_fixtures.py`,
    /// hole-grids): even-odd, and nonzero with the cells wound against the outline and a merged
    /// header cell. Its rules are the ink between the holes, each its full length, from the marks
    /// as from the rendered page.
    func testGridsDrawnAsOnePathWithHolesGiveTheirRules() throws {
        try checkRulesFixture("hole-grids")
    }

    /// Thin shapes painted with tiling patterns (coloured and uncoloured), a shading pattern, a
    /// shading inside a clip (one of two rectangles) and a line stroked with a pattern
    /// (painted-rules) are rules whatever their paint, from the marks as from the rendered page.
    func testThinShapesPaintedWithPatternsOrShadingsAreRules() throws {
        try checkRulesFixture("painted-rules")
    }

    /// A fixture of Fixtures/rules read from its marks and from its rendered page.
    private func checkRulesFixture(_ name: String) throws {
        let rules = packageRoot.appendingPathComponent("Fixtures/rules")
        var rendering = RuleSettings()
        rendering.source = .rendering
        for settings in [RuleSettings(), rendering] {
            try checkDrawnRules(name, in: rules, settings: settings)
        }
    }

    private func checkDrawnRules(_ name: String, in folder: URL? = nil, settings: RuleSettings) throws {
        let folder = folder ?? fiscal
        let drawn = try expectedRules(name, in: folder)
        let document = try PDFExtractor(rules: settings).extract(path: folder.appendingPathComponent("\(name).pdf").path)
        var matched = 0
        for page in document.pages {
            let found = try XCTUnwrap(page.rules, "\(name) p.\(page.number): rules were not looked for")
            let want = drawn.filter { $0.page == page.number }
            for rule in want {
                let hits = found.filter { Self.same($0, rule.rule) }
                XCTAssertEqual(hits.count, 1, "\(name) p.\(page.number): drawn \(rule.rule) found \(hits.count) times")
                matched += hits.count
            }
            for rule in found where !want.contains(where: { Self.same(rule, $0.rule) }) {
                XCTFail("\(name) p.\(page.number): \(rule) was not drawn")
            }
        }
        XCTAssertEqual(matched, drawn.count, name)
    }

    /// The ruled allocation notice: on each table page, six vertical rules (the borders of 市县名 |
    /// 资金合计 | 中央资金 | 省级资金 | 备注) run from the header to the last row, and horizontal rules
    /// close the header and every row (rows per page from the expected table); the body page, with
    /// its red masthead and 36 pt title strokes, has none.
    func testRuledNoticeTablePages() throws {
        let path = packageRoot.appendingPathComponent("Fixtures/notices/ideographic-ruled-multicol-radicals.pdf").path
        let document = try PDFExtractor(rules: RuleSettings()).extract(path: path)
        let tablePages = document.pages.filter { !($0.rules ?? []).isEmpty }
        XCTAssertEqual(tablePages.map(\.number), [2, 3, 4])
        let expected = try String(contentsOf: packageRoot.appendingPathComponent("Fixtures/expected/ideographic-ruled-multicol-radicals.csv"), encoding: .utf8)
        var rowsOnPage: [Int: Set<String>] = [:]
        for line in expected.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count > 2, let page = Int(fields[2]) else { continue }
            rowsOnPage[page, default: []].insert(String(fields[1]))
        }
        for page in tablePages {
            let rules = page.rules ?? []
            let vertical = rules.filter { $0.axis == .vertical }
            XCTAssertEqual(vertical.count, 6, "p.\(page.number): \(vertical)")
            let horizontal = rules.filter { $0.axis == .horizontal }
            XCTAssertEqual(horizontal.count, (rowsOnPage[page.number]?.count ?? 0) + 2, "p.\(page.number)")
            let top = horizontal.map(\.position).min() ?? 0
            let bottom = horizontal.map(\.position).max() ?? 0
            for line in vertical {
                XCTAssertEqual(line.start, top, accuracy: 1.5, "p.\(page.number)")
                XCTAssertEqual(line.end, bottom, accuracy: 1.5, "p.\(page.number)")
            }
            for line in horizontal {
                XCTAssertEqual(line.start, vertical.map(\.position).min() ?? 0, accuracy: 1.5)
                XCTAssertEqual(line.end, vertical.map(\.position).max() ?? 0, accuracy: 1.5)
            }
        }
    }

    /// Off by default: pages do not pay for rendering unless asked.
    func testRulesAreOffByDefault() throws {
        let document = try PDFExtractor().extract(path: fiscal.appendingPathComponent("fiscal-split-codes-yuan.pdf").path)
        XCTAssertTrue(document.pages.allSatisfy { $0.rules == nil })
    }

    /// A page too large for the pixel budget is rendered at a lower scale, not refused.
    func testLargePagesStayWithinThePixelBudget() throws {
        var settings = RuleSettings()
        settings.source = .rendering
        settings.maxPixels = 200_000
        let document = try PDFExtractor(rules: settings).extract(path: fiscal.appendingPathComponent("fiscal-split-codes-yuan.pdf").path)
        let rules = try XCTUnwrap(document.pages.first?.rules)
        XCTAssertFalse(rules.isEmpty, "rules found at a lower scale")
    }

    private struct DrawnRule {
        var page: Int
        var rule: Rule
    }

    private func expectedRules(_ name: String, in folder: URL) throws -> [DrawnRule] {
        let text = try String(contentsOf: folder.appendingPathComponent("\(name).rules.csv"), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let f = line.split(separator: ",").map(String.init)
            guard f.count == 5, let page = Int(f[0]), let axis = Rule.Axis(rawValue: f[1]),
                  let position = Double(f[2]), let start = Double(f[3]), let end = Double(f[4]) else { return nil }
            return DrawnRule(page: page, rule: Rule(axis: axis, position: position, start: start, end: end, thickness: 0.6))
        }
    }

    /// Same line: same axis, position within a pixel at 144 dpi, ends within 1.5 pt.
    private static func same(_ a: Rule, _ b: Rule) -> Bool {
        a.axis == b.axis && abs(a.position - b.position) <= 1 && abs(a.start - b.start) <= 1.5 && abs(a.end - b.end) <= 1.5
    }
}
