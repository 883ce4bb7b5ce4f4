import AllotLayout
import AllotModel

/// Puts the cells of a data line into the table's columns by horizontal position.
struct ColumnAssigner {
    /// Column zones: the page is cut halfway between neighbouring header cells.
    let zones: [(x0: Double, x1: Double)]
    /// The table's columns (roles and header extents).
    let columns: [TableColumn]

    init(columns: [TableColumn]) {
        self.columns = columns
        zones = TableColumn.zones(columns, left: -Double.infinity, right: Double.infinity)
    }

    /// One raw text per column ("" when the line has nothing there).
    func assign(_ line: TextLine) -> [String] {
        assign(line, extentOf: nil).texts
    }

    /// One raw text per column, and where the line's text in `column` begins and ends (nil when
    /// it has none there, or no column is asked for): the label's indentation, from the same pass.
    func assign(_ line: TextLine, extentOf column: Int?) -> (texts: [String], extent: (x0: Double, x1: Double)?) {
        var texts = Array(repeating: "", count: zones.count)
        var extent: (x0: Double, x1: Double)?
        forEachPlaced(line) { placedColumn, cell in
            texts[placedColumn] += cell.text
            if placedColumn == column {
                extent = extent.map { (min($0.x0, cell.box.x0), max($0.x1, cell.box.x1)) } ?? (cell.box.x0, cell.box.x1)
            }
        }
        return (texts, extent)
    }

    /// Calls `body` with the line's cells and the column each goes to, left to right. Each glyph's
    /// space test and class are computed once per line; a cell then only compares glyph centres
    /// with its box. Most cells are split neither way: they are placed as they are, without an
    /// array of pieces or of placed cells.
    private func forEachPlaced(_ line: TextLine, _ body: (Int, TextCell) -> Void) {
        let marks = GlyphMarks(line.glyphs)
        func place(_ cell: TextCell) {
            guard let column = column(for: cell.box) else { return }
            body(textColumn(for: cell, insteadOf: column), cell)
        }
        func placeSplittingIndex(_ piece: TextCell) {
            if let parts = splitIndexFromLabel(piece, marks: marks) { parts.forEach(place) } else { place(piece) }
        }
        for printed in line.cells {
            if let pieces = splitLabelFromAmount(printed, marks: marks) {
                pieces.forEach(placeSplittingIndex)
            } else {
                placeSplittingIndex(printed)
            }
        }
    }

    /// Ideographs in an amount column's zone but clear of its header belong to the nearest text
    /// column: a wrapped remark centred in a narrow cell ("县" under "资金管理型直管") can stray
    /// across the halfway line towards the amounts.
    private func textColumn(for cell: TextCell, insteadOf column: Int) -> Int {
        // A name left-aligned in its cell under a centred header can start inside the zone of a
        // narrow 序号 column on its left: names are never numbers, so they go to the name column.
        if column < columns.count, columns[column].isSerial, Self.hasIdeograph(cell.text),
           let label = columns.firstIndex(where: { $0.role == .label }), abs(label - column) == 1 {
            return label
        }
        // So can a name (or the short last line of a wrapped name: 出) in a 科目编码 column: codes
        // are digits, so ideographs without a digit are the name column's.
        if column < columns.count, columns[column].role == .code, Self.hasIdeograph(cell.text),
           !cell.text.unicodeScalars.contains(where: { $0.properties.numericType == .decimal }),
           let label = columns.firstIndex(where: { $0.role == .label }), label == column + 1 {
            return label
        }
        guard column < columns.count, columns[column].role == .amount, Self.hasIdeograph(cell.text),
              cell.box.horizontalOverlap(Box(x0: columns[column].x0, y0: 0, x1: columns[column].x1, y1: 0)) == 0
        else { return column }
        let textColumns = columns.indices.filter { columns[$0].role == .label || columns[$0].role == .remark }
        let nearest = textColumns.min { distance(cell.box, columns[$0]) < distance(cell.box, columns[$1]) }
        guard let nearest, distance(cell.box, columns[nearest]) < 3 * max(cell.box.height, 1) * 4 else { return column }
        return nearest
    }

    /// True when the text has an ideograph (the common ones without a property look-up).
    private static func hasIdeograph(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: CharacterKind.isIdeographic)
    }

    private func distance(_ box: Box, _ column: TableColumn) -> Double {
        max(0, max(column.x0 - box.x1, box.x0 - column.x1))
    }

    /// A label set so wide (distributed letter spacing) that a wide right-aligned amount touches it
    /// comes as one cell "洛阳市合计21082.88"; split it where the trailing number begins when the
    /// two parts lie in different columns. Nil when the cell stays whole.
    private func splitLabelFromAmount(_ cell: TextCell, marks: GlyphMarks) -> [TextCell]? {
        // Most cells are no such pair (their last ink is no digit after an ideograph): told in one
        // pass over the glyphs, before the ink's positions are gathered.
        guard marks.endsInDigitsAfterIdeograph(from: cell.box.x0, to: cell.box.x1) else { return nil }
        let ink = marks.ink(from: cell.box.x0, to: cell.box.x1)
        guard let lastLabel = ink.lastIndex(where: { marks.kinds[$0] != .digit }),
              lastLabel + 1 < ink.count, marks.kinds[ink[lastLabel]] == .ideograph else {
            return nil
        }
        let label = ink[...lastLabel]
        let number = ink[(lastLabel + 1)...]
        guard let labelBox = marks.boundingBox(label), let numberBox = marks.boundingBox(number),
              column(for: labelBox) != column(for: numberBox) else { return nil }
        return [TextCell(text: marks.text(from: cell.box.x0, to: labelBox.x1), box: labelBox),
                TextCell(text: marks.text(number), box: numberBox)]
    }

    /// A 序号 printed close to the name after it comes as one cell "1吉县": split it where the
    /// name begins, when the table has a column (序号) left of the name column. Nil when the cell
    /// stays whole.
    private func splitIndexFromLabel(_ cell: TextCell, marks: GlyphMarks) -> [TextCell]? {
        guard let label = columns.firstIndex(where: { $0.role == .label }), label > 0,
              columns[label - 1].isSerial, let first = cell.text.first, first.isASCII, first.isNumber
        else { return nil }
        let ink = marks.ink(from: cell.box.x0, to: cell.box.x1)
        guard let start = ink.firstIndex(where: { marks.kinds[$0] == .ideograph }), start > 0,
              ink[..<start].allSatisfy({ marks.kinds[$0] == .digit }),
              let numberBox = marks.boundingBox(ink[..<start]), let nameBox = marks.boundingBox(ink[start...]) else {
            return nil
        }
        return [TextCell(text: marks.text(ink[..<start]), box: numberBox),
                TextCell(text: marks.text(from: nameBox.x0, to: cell.box.x1), box: nameBox)]
    }

    /// The zone a box overlaps most; ties go to the zone whose centre is nearest.
    func column(for box: Box) -> Int? {
        var best: Int?
        var bestOverlap = -1.0
        for (index, zone) in zones.enumerated() {
            let overlap = max(0, min(box.x1, zone.x1) - max(box.x0, zone.x0))
            if overlap > bestOverlap {
                best = index
                bestOverlap = overlap
            }
        }
        return best
    }
}

/// A line's glyphs with what the splits ask of each (centre, space test, class), computed once.
private struct GlyphMarks {
    let glyphs: [Glyph]
    let midX: [Double]
    let isSpace: [Bool]
    let kinds: [CharacterKind]

    init(_ glyphs: [Glyph]) {
        self.glyphs = glyphs
        midX = glyphs.map(\.box.midX)
        isSpace = glyphs.map(\.isSpace)
        kinds = glyphs.map(\.kind)
    }

    /// The positions of the non-space glyphs centred within `x0...x1`, left to right.
    func ink(from x0: Double, to x1: Double) -> [Int] {
        midX.indices.filter { !isSpace[$0] && midX[$0] >= x0 && midX[$0] <= x1 }
    }

    /// True when the ink centred within `x0...x1` (`ink`) ends in digits after an ideograph: its last
    /// glyph that is no digit is an ideograph, and some glyph comes after it.
    func endsInDigitsAfterIdeograph(from x0: Double, to x1: Double) -> Bool {
        var lastLabel: CharacterKind?
        var after = 0
        for index in midX.indices where !isSpace[index] && midX[index] >= x0 && midX[index] <= x1 {
            if kinds[index] == .digit {
                after += 1
            } else {
                lastLabel = kinds[index]
                after = 0
            }
        }
        return lastLabel == .ideograph && after > 0
    }

    /// The text of every glyph (spaces too) centred within `x0...x1`.
    func text(from x0: Double, to x1: Double) -> String {
        text(midX.indices.filter { midX[$0] >= x0 && midX[$0] <= x1 })
    }

    func text<Positions: Collection<Int>>(_ positions: Positions) -> String {
        positions.map { glyphs[$0].text }.joined()
    }

    /// The smallest box around the glyphs at `positions`, nil when there are none.
    func boundingBox<Positions: Collection<Int>>(_ positions: Positions) -> Box? {
        positions.lazy.map { glyphs[$0] }.boundingBox
    }
}
