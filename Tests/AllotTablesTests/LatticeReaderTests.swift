@testable import AllotTables
import AllotLayout
import AllotModel
import XCTest

/// Ruled grids read from their rules: cells from the rules (merged where an inner rule is
/// missing), text into the cell holding it, the grid handed to the grid reader; pages whose rules
/// do not frame their text keep the line reader.
final class LatticeReaderTests: XCTestCase {
    private let settings = LatticeSettings()

    /// Rules of a grid with column lines at `xs` and row lines at `ys`, every one drawn across the
    /// whole frame except the vertical pieces in `missing` (column line index, row band index).
    private func rules(xs: [Double], ys: [Double], missing: Set<[Int]> = []) -> [Rule] {
        var rules = ys.map { Rule(axis: .horizontal, position: $0, start: xs[0], end: xs[xs.count - 1], thickness: 0.5) }
        for (index, x) in xs.enumerated() {
            var start = ys[0]
            for band in 0..<(ys.count - 1) where missing.contains([index, band]) {
                if ys[band] > start { rules.append(Rule(axis: .vertical, position: x, start: start, end: ys[band], thickness: 0.5)) }
                start = ys[band + 1]
            }
            if ys[ys.count - 1] > start {
                rules.append(Rule(axis: .vertical, position: x, start: start, end: ys[ys.count - 1], thickness: 0.5))
            }
        }
        return rules
    }

    /// A cell's text is built without a String per glyph: a glyph's text appended and its digit and
    /// ideograph tests equal those of its text, for one-scalar glyphs (the text layer's), texts of
    /// several scalars and recognized glyphs with a reading.
    func testGlyphFastPathsEqualTheirTextsTests() {
        let box = Box(x0: 0, y0: 0, x1: 5, y1: 10)
        let texts = ["1", "９", "０", "a", "县", "一", "㐀", "⺀", "〇", "，", " ", "\u{3000}", "é", "e\u{301}", "12", "县1", "ab",
                     "\u{1F600}", "𠀀"]
        var glyphs = texts.map { Glyph(text: $0, box: box, fontSize: 10) }
        glyphs += texts.map { Glyph(text: $0, box: box, fontSize: 10, reading: GlyphReading(confidence: 50)) }
        var digits = 0, ideographs = 0
        for glyph in glyphs {
            var fast = "前", general = "前"
            LatticeReader.append(glyph, to: &fast)
            general += glyph.text
            XCTAssertEqual(Array(fast.utf8), Array(general.utf8), glyph.text)
            let digit = glyph.text.unicodeScalars.contains { ("0"..."9").contains($0) || ("\u{FF10}"..."\u{FF19}").contains($0) }
            let ideograph = glyph.text.unicodeScalars.contains(where: CharacterKind.isIdeographic)
            XCTAssertEqual(LatticeReader.isDigit(glyph), digit, glyph.text)
            XCTAssertEqual(LatticeReader.isIdeograph(glyph), ideograph, glyph.text)
            if digit { digits += 1 }
            if ideograph { ideographs += 1 }
        }
        // Both answers of each test occur.
        XCTAssertTrue((1..<glyphs.count).contains(digits))
        XCTAssertTrue((1..<glyphs.count).contains(ideographs))
    }

    /// A cell's font size: lines of one size answer without sorting; every mix (sizes of 0, two
    /// sizes, odd and even counts, none) equals the median of the sorted sizes.
    func testFontSizeFastPathEqualsTheMedian() {
        let box = Box(x0: 0, y0: 0, x1: 5, y1: 10)
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let sizes: [Double] = [0, 9, 10.5, 10.5, 12, -1]
        var uniform = 0, mixed = 0
        for _ in 0..<500 {
            let count = next(7), kinds = 1 + next(3)
            let palette = (0..<kinds).map { _ in sizes[next(sizes.count)] }
            let glyphs = (0..<count).map { _ in Glyph(text: "县", box: box, fontSize: palette[next(palette.count)]) }
            XCTAssertEqual(LatticeReader.fontSize(glyphs), LatticeReader.medianFontSize(glyphs), "\(glyphs.map(\.fontSize))")
            if Set(glyphs.map(\.fontSize).filter { $0 > 0 }).count > 1 { mixed += 1 } else { uniform += 1 }
        }
        XCTAssertGreaterThan(uniform, 0)
        XCTAssertGreaterThan(mixed, 0)
    }

    /// A cell's visual lines: glyphs already in order skip the sorts; for cells of 0-8 glyphs (one
    /// or several lines, equal positions, in order, reversed, shuffled) the lines equal those of
    /// the path that always sorts, glyph for glyph (every glyph's text differs).
    func testVisualLinesWithoutSortingEqualTheSortedLines() {
        var state: UInt64 = 0xD1B5_4A32_D192_ED03
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let ys: [Double] = [100, 100, 101, 112, 130]
        let heights: [Double] = [10, 10, 8, 12]
        let xs: [Double] = [10, 10, 20, 31, 45]
        var skipped = 0, sorted = 0
        for round in 0..<600 {
            let count = next(9)
            var glyphs = (0..<count).map { index in
                let y = ys[next(ys.count)], height = heights[next(heights.count)], x = xs[next(xs.count)] + Double(index)
                return Glyph(text: String(UnicodeScalar(0x4E00 + index) ?? "x"),
                             box: Box(x0: x, y0: y - height / 2, x1: x + 9, y1: y + height / 2), fontSize: 10)
            }
            if round % 3 == 0 { glyphs.sort { ($0.box.midY, $0.box.x0) < ($1.box.midY, $1.box.x0) } }
            let fast = LatticeReader.visualLines(glyphs), general = LatticeReader.visualLinesSorted(glyphs)
            XCTAssertEqual(fast, general)
            if glyphs.count > 1 {
                if general.joined().elementsEqual(glyphs) { skipped += 1 } else { sorted += 1 }
            }
        }
        XCTAssertGreaterThan(skipped, 0)
        XCTAssertGreaterThan(sorted, 0)
    }

    /// A cell's text and first-line extent built over the lines' positions as UTF-8 equal those of
    /// the visual lines as arrays, each line's text joined as Strings: for cells of 0-9 glyphs
    /// (ideographs, Latin letters, digits, texts of several scalars or none, glyphs near and a word
    /// gap apart, one line or several, in order or shuffled, font sizes mixed).
    func testCellContentEqualsTheLinesJoined() {
        var state: UInt64 = 0x5851_F42D_4C95_7F2D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let texts = ["县", "市", "a", "b", "1", "２", ".", "e\u{301}", "", "\u{1F600}", "〇", "，"]
        let ys: [Double] = [100, 100, 101, 112, 130]
        let heights: [Double] = [10, 10, 8, 12]
        let sizes: [Double] = [10, 10, 12, 0]
        var scratch = LatticeReader.CellTextScratch()
        var spaced = 0, joinedLines = 0
        for round in 0..<1_000 {
            var x = 10.0
            var glyphs = (0..<next(10)).map { _ in
                x += [0, 1, 4, 9, 20][next(5)]
                let y = ys[next(ys.count)], height = heights[next(heights.count)]
                defer { x += 9 }
                return Glyph(text: texts[next(texts.count)], box: Box(x0: x, y0: y - height / 2, x1: x + 9, y1: y + height / 2),
                             fontSize: sizes[next(sizes.count)])
            }
            if round % 3 == 0 { glyphs.sort { ($0.box.midY, $0.box.x0) < ($1.box.midY, $1.box.x0) } }
            // The cell's glyphs among others of the page, at their positions.
            let page = [Glyph(text: "前", box: Box(x0: 0, y0: 0, x1: 1, y1: 1), fontSize: 1)] + glyphs
                + [Glyph(text: "后", box: Box(x0: 0, y0: 0, x1: 1, y1: 1), fontSize: 1)]
            let fast = LatticeReader.cellContent(page, at: Array(1..<(glyphs.count + 1))[...],
                                                 wordGap: settings.wordGap, scratch: &scratch)
            let general = LatticeReader.cellContentByLines(glyphs, wordGap: settings.wordGap)
            XCTAssertEqual(Array(fast.text.utf8), Array(general.text.utf8), general.text)
            XCTAssertEqual(fast.extent.map { [$0.x0, $0.x1, $0.fontSize] }, general.extent.map { [$0.x0, $0.x1, $0.fontSize] })
            if general.text.contains(" ") { spaced += 1 }
            if LatticeReader.visualLines(glyphs).count > 1 { joinedLines += 1 }
        }
        XCTAssertGreaterThan(spaced, 0)
        XCTAssertGreaterThan(joinedLines, 0)
    }

    func testCellsBetweenRulesWithAMergedHeaderCell() throws {
        // The first row has no rule between its second and third column: one cell over both.
        let grids = RuleGrid.grids(rules(xs: [50, 150, 300, 450], ys: [100, 130, 170], missing: [[2, 0]]), settings: settings)
        let grid = try XCTUnwrap(grids.first)
        XCTAssertEqual(grids.count, 1)
        XCTAssertEqual(grid.rowCount, 2)
        XCTAssertEqual(grid.columnCount, 3)
        XCTAssertEqual(grid.cells.count, 5)
        let merged = try XCTUnwrap(grid.cells.first { $0.columnSpan == 2 })
        XCTAssertEqual([merged.row, merged.column, merged.rowSpan], [0, 1, 1])
        XCTAssertEqual(merged.box, Box(x0: 150, y0: 100, x1: 450, y1: 130))
        XCTAssertEqual(grid.cellIndex(x: 200, y: 110), grid.cellIndex(x: 400, y: 110))
        XCTAssertNotEqual(grid.cellIndex(x: 200, y: 150), grid.cellIndex(x: 400, y: 150))
        XCTAssertNil(grid.cellIndex(x: 20, y: 150))
    }

    func testAFrameWithoutSideRulesIsClosedByTheRowRulesEnds() throws {
        // Only the inner column rules are drawn: the row rules' ends close the grid.
        var drawn = rules(xs: [50, 150, 300, 450], ys: [100, 130, 170, 210])
        drawn.removeAll { $0.axis == .vertical && ($0.position == 50 || $0.position == 450) }
        let grid = try XCTUnwrap(RuleGrid.grids(drawn, settings: settings).first)
        XCTAssertEqual(grid.xs, [50, 150, 300, 450])
        XCTAssertEqual(grid.cells.count, 9)
    }

    func testCellsThatWouldNotBeRectanglesGiveNoGrid() {
        // An L-shaped merge: no vertical rule in the first band between columns 0|1, and no
        // horizontal rule under column 0 only.
        var drawn = rules(xs: [50, 150, 300], ys: [100, 130, 170], missing: [[1, 0]])
        drawn.removeAll { $0.axis == .horizontal && $0.position == 130 }
        drawn.append(Rule(axis: .horizontal, position: 130, start: 150, end: 300, thickness: 0.5))
        XCTAssertTrue(RuleGrid.grids(drawn, settings: settings).isEmpty)
    }

    func testLoneRulesAreNoGrid() {
        let drawn = [Rule(axis: .horizontal, position: 100, start: 50, end: 450, thickness: 0.5),
                     Rule(axis: .horizontal, position: 300, start: 50, end: 450, thickness: 0.5)]
        XCTAssertTrue(RuleGrid.grids(drawn, settings: settings).isEmpty)
    }

    // MARK: A ruled page read through the table stage

    private let xs: [Double] = [50, 150, 300, 450]

    private func header(y: Double, page: Int) -> TextLine {
        LineSketch.line([("科目名称", 60), ("合计", 210), ("基本支出", 340)], y: y, page: page)
    }

    /// Amounts right-aligned in the two amount columns at `y`.
    private func amounts(_ total: String, _ basic: String, y: Double, page: Int) -> TextLine {
        LineSketch.line([(total, 295 - Double(total.count) * 6), (basic, 445 - Double(basic.count) * 6)], y: y, page: page)
    }

    /// Page 1: a wrapped name (社会保障和 / 就业支出) with its amounts centred between its two
    /// lines, a tall row whose name sits at its top while its amounts sit lower.
    private func firstPage(withTotal: Bool) -> PageLayout {
        var lines = [
            LineSketch.line([("一般公共预算财政拨款支出决算表", 100)], y: 60),
            header(y: 108, page: 1),
            LineSketch.line([("社会保障和", 55)], y: 133),
            amounts("1,100.00", "1,100.00", y: 144, page: 1),
            LineSketch.line([("就业支出", 55)], y: 155),
            LineSketch.line([("卫生健康支出", 55)], y: 172),
            amounts("50.00", "50.00", y: 192, page: 1),
        ]
        var ys: [Double] = [100, 130, 170, 210]
        if withTotal {
            lines.append(LineSketch.line([("合计", 80), ("1,150.00", 247), ("1,150.00", 397)], y: 219))
            ys.append(240)
        }
        var page = LineSketch.page(1, lines)
        page.rules = rules(xs: xs, ys: ys)
        return page
    }

    func testAWrappedNameAndCentredAmountsAreOneRow() throws {
        let scan = TableFinder().scan([firstPage(withTotal: true)])
        let table = try XCTUnwrap(scan.tables.first)
        XCTAssertEqual(scan.tables.count, 1)
        XCTAssertEqual(table.title, "一般公共预算财政拨款支出决算表")
        XCTAssertEqual(table.columns.map(\.name), ["科目名称", "合计", "基本支出"])
        XCTAssertEqual(table.columns.map(\.x0), [50, 150, 300])
        XCTAssertEqual(table.rows.map(\.cells), [["社会保障和就业支出", "1,100.00", "1,100.00"],
                                                  ["卫生健康支出", "50.00", "50.00"],
                                                  ["合计", "1,150.00", "1,150.00"]])
        XCTAssertEqual(table.rows.map(\.box.y0), [130, 170, 210])
        XCTAssertEqual(table.rows.first?.labelIndent ?? 0, 55.0 / LineSketch.size, accuracy: 1e-9)
        XCTAssertFalse(scan.bodyLines.contains { $0.text.contains("就业支出") })
    }

    func testATableCarriedOverToTheNextPageGridWithoutItsHeader() throws {
        var second = LineSketch.page(2, [
            LineSketch.line([("住房保障支出", 55), ("20.00", 265), ("20.00", 415)], y: 108, page: 2),
            LineSketch.line([("合计", 80), ("1,170.00", 247), ("1,170.00", 397)], y: 138, page: 2),
            LineSketch.line([("注：本表反映部门本年度一般公共预算财政拨款支出情况。", 50)], y: 180, page: 2),
        ])
        second.rules = rules(xs: xs, ys: [100, 130, 160])
        let scan = TableFinder().scan([firstPage(withTotal: false), second])
        XCTAssertEqual(scan.tables.count, 1)
        let table = try XCTUnwrap(scan.tables.first)
        XCTAssertEqual(table.rows.map { $0.cells[0] }, ["社会保障和就业支出", "卫生健康支出", "住房保障支出", "合计"])
        XCTAssertEqual(table.rows.map(\.page), [1, 1, 2, 2])
        XCTAssertTrue(scan.bodyLines.contains { $0.text.hasPrefix("注") })
    }

    /// Rules on some pages only: a table read from lines, its total first, goes on in the ruled
    /// grid of the next page that prints its header again (Fixtures/property2).
    func testAGridRepeatingTheHeaderContinuesATableReadFromLines() throws {
        let first = LineSketch.page(1, [
            LineSketch.line([("一般公共预算财政拨款支出决算表", 100)], y: 60),
            header(y: 108, page: 1),
            LineSketch.line([("合计", 80), ("1,170.00", 247), ("1,170.00", 397)], y: 130),
            LineSketch.line([("社会保障和就业支出", 55), ("1,100.00", 247), ("1,100.00", 397)], y: 148),
            // a heading at the foot of the page over rows on the next
            LineSketch.line([("其他支出", 55)], y: 176),
        ])
        var second = LineSketch.page(2, [
            header(y: 108, page: 2),
            LineSketch.line([("卫生健康支出", 55), ("50.00", 265), ("50.00", 415)], y: 138, page: 2),
            LineSketch.line([("住房保障支出", 55), ("20.00", 265), ("20.00", 415)], y: 168, page: 2),
        ])
        second.rules = rules(xs: xs, ys: [100, 130, 160, 190])
        let scan = TableFinder().scan([first, second])
        XCTAssertEqual(scan.tables.count, 1, scan.dump)
        let table = try XCTUnwrap(scan.tables.first)
        XCTAssertEqual(table.rows.map { $0.cells[0] }, ["合计", "社会保障和就业支出", "其他支出", "卫生健康支出", "住房保障支出"])
        XCTAssertEqual(table.rows.map(\.page), [1, 1, 1, 2, 2])
        XCTAssertEqual(table.gaps, [])
    }

    /// A page break after the first row: one row with amounts, then the grid, is one table.
    func testAGridContinuesATableWhoseFirstPageHoldsOneRow() throws {
        let first = LineSketch.page(1, [
            LineSketch.line([("一般公共预算财政拨款支出决算表", 100)], y: 60),
            header(y: 108, page: 1),
            LineSketch.line([("社会保障和就业支出", 55), ("1,100.00", 247), ("1,100.00", 397)], y: 130),
        ])
        var second = LineSketch.page(2, [
            header(y: 108, page: 2),
            LineSketch.line([("卫生健康支出", 55), ("50.00", 265), ("50.00", 415)], y: 138, page: 2),
            LineSketch.line([("合计", 80), ("1,150.00", 247), ("1,150.00", 397)], y: 168, page: 2),
        ])
        second.rules = rules(xs: xs, ys: [100, 130, 160, 190])
        let scan = TableFinder().scan([first, second])
        XCTAssertEqual(scan.tables.count, 1, scan.dump)
        let table = try XCTUnwrap(scan.tables.first)
        XCTAssertEqual(table.rows.map { $0.cells[0] }, ["社会保障和就业支出", "卫生健康支出", "合计"])
    }

    /// The same in other words the grid reader does not know (拨付额): the header printed again
    /// is no row.
    func testAGridRepeatingTheHeaderInOtherWordsGivesNoHeaderRow() throws {
        let first = LineSketch.page(1, [
            LineSketch.line([("资金分配表", 100)], y: 60),
            LineSketch.line([("区县名称", 60), ("中央资金", 210), ("备注", 340)], y: 108),
            LineSketch.line([("合计", 80), ("1,170.00", 247)], y: 130),
            LineSketch.line([("横山区", 55), ("1,100.00", 247)], y: 148),
        ])
        var second = LineSketch.page(2, [
            LineSketch.line([("区县名称", 60), ("拨付额", 210), ("备注", 340)], y: 108, page: 2),
            LineSketch.line([("府谷县", 55), ("50.00", 265)], y: 138, page: 2),
            LineSketch.line([("榆阳区", 55), ("20.00", 265)], y: 168, page: 2),
        ])
        second.rules = rules(xs: xs, ys: [100, 130, 160, 190])
        let scan = TableFinder().scan([first, second])
        XCTAssertFalse(scan.tables.flatMap(\.rows).contains { $0.cells.contains("拨付额") }, scan.dump)
    }

    /// Ruled, unruled, ruled again: a heading at the foot of the unruled page heads rows of the
    /// grid on the next page: a row, not text after the table.
    func testAHeadingAtThePageFootBetweenGridsIsARow() throws {
        let second = LineSketch.page(2, [
            LineSketch.line([("住房保障支出", 55), ("20.00", 265), ("20.00", 415)], y: 108, page: 2),
            LineSketch.line([("其他支出", 55)], y: 760, page: 2),
        ])
        var third = LineSketch.page(3, [
            LineSketch.line([("其他行政支出", 55), ("5.00", 271), ("5.00", 421)], y: 108, page: 3),
            LineSketch.line([("合计", 80), ("1,175.00", 247), ("1,175.00", 397)], y: 138, page: 3),
        ])
        third.rules = rules(xs: xs, ys: [100, 130, 160])
        let scan = TableFinder().scan([firstPage(withTotal: false), second, third])
        XCTAssertEqual(scan.tables.count, 1, scan.dump)
        let table = try XCTUnwrap(scan.tables.first)
        XCTAssertEqual(table.rows.map { $0.cells[0] },
                       ["社会保障和就业支出", "卫生健康支出", "住房保障支出", "其他支出", "其他行政支出", "合计"])
    }

    /// A grid continuing a grid's table under the same column lines, its header printed again in
    /// words the reader does not know: the header row is no data row (words in every amount column).
    func testAHeaderInOtherWordsOverTheSameColumnLinesIsNoRow() throws {
        var second = LineSketch.page(2, [
            LineSketch.line([("受援地", 60), ("拨付额", 210), ("到位额", 340)], y: 108, page: 2),
            LineSketch.line([("住房保障支出", 55), ("20.00", 265), ("20.00", 415)], y: 138, page: 2),
            LineSketch.line([("合计", 80), ("1,170.00", 247), ("1,170.00", 397)], y: 168, page: 2),
        ])
        second.rules = rules(xs: xs, ys: [100, 130, 160, 190])
        let scan = TableFinder().scan([firstPage(withTotal: false), second])
        XCTAssertEqual(scan.tables.count, 1, scan.dump)
        let table = try XCTUnwrap(scan.tables.first)
        XCTAssertEqual(table.rows.map { $0.cells[0] }, ["社会保障和就业支出", "卫生健康支出", "住房保障支出", "合计"])
    }

    func testRulesThatCutThroughALineAreNotUsed() {
        var page = firstPage(withTotal: true)
        // A line running from outside the frame into it: the rules do not frame the text.
        page.lines.append(LineSketch.line([("说明文字跨越表格边框的一行", 10)], y: 250 - 30))
        page.lines.sort { $0.box.y0 < $1.box.y0 }
        XCTAssertTrue(LatticeReader(settings: settings).grids(on: page).isEmpty)
        XCTAssertEqual(LatticeReader(settings: settings).grids(on: firstPage(withTotal: true)).count, 1)
    }

    /// A merged body cell holding an amount on one side of a column line and a page number on the
    /// other: the rules do not separate those columns, so the page is read from its lines.
    func testAMergedCellHoldingTwoColumnsOfFiguresIsNotUsed() {
        var page = LineSketch.page(1, [
            header(y: 108, page: 1),
            LineSketch.line([("卫生健康支出", 55), ("50.00", 265), ("1-10", 310)], y: 138),
        ])
        page.rules = rules(xs: xs, ys: [100, 130, 160], missing: [[2, 1]])
        XCTAssertTrue(LatticeReader(settings: settings).grids(on: page).isEmpty)
    }

    func testAFrameAroundOneTextIsNoTable() {
        var page = LineSketch.page(1, [LineSketch.line([("附件", 60)], y: 108)])
        page.rules = rules(xs: xs, ys: [100, 130, 170])
        XCTAssertTrue(LatticeReader(settings: settings).grids(on: page).isEmpty)
    }

    /// A ruled table of figures only (the 三公 table): one unnamed row under a header two levels
    /// deep, beside a column one level deep. The grid frames each figure under its header, so the
    /// first column (合计) is an amount column, not the name column, and the row is read unnamed.
    func testARuledTableOfFiguresWithoutANameColumn() throws {
        let fxs: [Double] = [50, 150, 300, 450, 560]
        var drawn = [100.0, 160, 190].map { Rule(axis: .horizontal, position: $0, start: 50, end: 560, thickness: 0.5) }
        drawn.append(Rule(axis: .horizontal, position: 130, start: 50, end: 450, thickness: 0.5))
        for x in [50.0, 450, 560] { drawn.append(Rule(axis: .vertical, position: x, start: 100, end: 190, thickness: 0.5)) }
        for x in [150.0, 300] { drawn.append(Rule(axis: .vertical, position: x, start: 130, end: 190, thickness: 0.5)) }
        var page = LineSketch.page(1, [
            LineSketch.line([("2026年部门“三公”经费和机关运行经费预算表", 80)], y: 60),
            LineSketch.line([("“三公”经费预算数", 200)], y: 108),
            LineSketch.line([("机关运行经费", 462)], y: 124),
            LineSketch.line([("合计", 88), ("因公出国(境)费", 170), ("公务接待费", 345)], y: 138),
            LineSketch.line([("10.81", 115), ("0", 290), ("0.83", 420), ("217.83", 520)], y: 168),
        ])
        page.rules = drawn
        let scan = TableFinder().scan([page])
        let table = try XCTUnwrap(scan.tables.first)
        XCTAssertEqual(scan.tables.count, 1)
        XCTAssertEqual(table.title, "2026年部门“三公”经费和机关运行经费预算表")
        XCTAssertEqual(table.columns.map(\.name), ["合计", "因公出国(境)费", "公务接待费", "机关运行经费"])
        XCTAssertEqual(table.columns.map(\.role), [.amount, .amount, .amount, .amount])
        XCTAssertEqual(table.columns.map(\.x0), fxs.dropLast())
        XCTAssertEqual(table.columns.map { $0.parent ?? "" }, ["“三公”经费预算数", "“三公”经费预算数", "“三公”经费预算数", ""])
        XCTAssertEqual(table.rows.map(\.cells), [["10.81", "0", "0.83", "217.83"]])
        // A grid whose first column holds names keeps it as the name column.
        page.lines[4] = LineSketch.line([("司法局", 60), ("0", 290), ("0.83", 420), ("217.83", 520)], y: 168)
        let named = try XCTUnwrap(TableFinder().scan([page]).tables.first)
        XCTAssertEqual(named.columns.first?.role, .label)
    }

    /// A header row whose cells are all blank (the rules split each column into 预算数 | 决算数 a
    /// row above the words that name the halves, r07 p. 18) names nothing: the header keeps its
    /// four levels of words and the table is read, each figure under its path.
    func testAHeaderRowOfBlankCellsIsNoLevel() throws {
        let (left, right) = (50.0, 410.0)
        var drawn = [100.0, 124, 172, 196, 220, 244].map { Rule(axis: .horizontal, position: $0, start: left, end: right, thickness: 0.5) }
        drawn.append(Rule(axis: .horizontal, position: 148, start: 170, end: right, thickness: 0.5))
        for x in [left, right] { drawn.append(Rule(axis: .vertical, position: x, start: 100, end: 244, thickness: 0.5)) }
        drawn.append(Rule(axis: .vertical, position: 170, start: 124, end: 244, thickness: 0.5))
        drawn.append(Rule(axis: .vertical, position: 290, start: 148, end: 244, thickness: 0.5))
        for x in [110.0, 230, 350] { drawn.append(Rule(axis: .vertical, position: x, start: 172, end: 244, thickness: 0.5)) }
        var page = LineSketch.page(1, [
            LineSketch.line([("财政拨款“三公”经费支出决算表", 120)], y: 60),
            LineSketch.line([("财政拨款“三公”经费", 180)], y: 106),
            LineSketch.line([("公务用车购置及运行费", 200)], y: 130),
            LineSketch.line([("合计", 98)], y: 140),
            LineSketch.line([("小计", 210), ("运行费", 330)], y: 154),
            LineSketch.line([("预算数", 55), ("决算数", 115), ("预算数", 175), ("决算数", 235), ("预算数", 295), ("决算数", 355)], y: 202),
            LineSketch.line([("0.95", 80), ("0.95", 200), ("0.95", 320)], y: 226),
        ])
        page.rules = drawn
        let scan = TableFinder().scan([page])
        XCTAssertEqual(scan.tables.count, 1)
        let table = try XCTUnwrap(scan.tables.first)
        XCTAssertEqual(table.title, "财政拨款“三公”经费支出决算表")
        XCTAssertEqual(table.columns.map(\.pathText), [
            "财政拨款“三公”经费 › 合计 › 预算数", "财政拨款“三公”经费 › 合计 › 决算数",
            "财政拨款“三公”经费 › 公务用车购置及运行费 › 小计 › 预算数", "财政拨款“三公”经费 › 公务用车购置及运行费 › 小计 › 决算数",
            "财政拨款“三公”经费 › 公务用车购置及运行费 › 运行费 › 预算数", "财政拨款“三公”经费 › 公务用车购置及运行费 › 运行费 › 决算数",
        ])
        XCTAssertEqual(table.columns.map(\.role), Array(repeating: .amount, count: 6))
        XCTAssertEqual(table.rows.map(\.cells), [["0.95", "", "0.95", "", "0.95", ""]])
    }
}
