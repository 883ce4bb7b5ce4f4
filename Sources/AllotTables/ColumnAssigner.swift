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
        var texts = Array(repeating: "", count: zones.count)
        for (column, cell) in placed(line) {
            texts[column] += cell.text
        }
        return texts
    }

    /// Where the line's text in `column` begins and ends, nil when it has none there: the label's
    /// indentation.
    func extent(of column: Int, in line: TextLine) -> (x0: Double, x1: Double)? {
        let boxes = placed(line).filter { $0.column == column }.map(\.cell.box)
        guard let x0 = boxes.map(\.x0).min(), let x1 = boxes.map(\.x1).max() else { return nil }
        return (x0, x1)
    }

    /// The line's cells with the column each goes to, left to right.
    private func placed(_ line: TextLine) -> [(column: Int, cell: TextCell)] {
        var result: [(column: Int, cell: TextCell)] = []
        for cell in line.cells.flatMap({ splitLabelFromAmount($0, line: line) }).flatMap({ splitIndexFromLabel($0, line: line) }) {
            guard let column = column(for: cell.box) else { continue }
            result.append((textColumn(for: cell, insteadOf: column), cell))
        }
        return result
    }

    /// Ideographs in an amount column's zone but clear of its header belong to the nearest text
    /// column: a wrapped remark centred in a narrow cell ("县" under "资金管理型直管") can stray
    /// across the halfway line towards the amounts.
    private func textColumn(for cell: TextCell, insteadOf column: Int) -> Int {
        // A name left-aligned in its cell under a centred header can start inside the zone of a
        // narrow 序号 column on its left: names are never numbers, so they go to the name column.
        if column < columns.count, columns[column].isSerial,
           cell.text.unicodeScalars.contains(where: { $0.properties.isIdeographic }),
           let label = columns.firstIndex(where: { $0.role == .label }), abs(label - column) == 1 {
            return label
        }
        // So can a name (or the short last line of a wrapped name: 出) in a 科目编码 column: codes
        // are digits, so ideographs without a digit are the name column's.
        if column < columns.count, columns[column].role == .code,
           cell.text.unicodeScalars.contains(where: { $0.properties.isIdeographic }),
           !cell.text.unicodeScalars.contains(where: { $0.properties.numericType == .decimal }),
           let label = columns.firstIndex(where: { $0.role == .label }), label == column + 1 {
            return label
        }
        guard column < columns.count, columns[column].role == .amount,
              cell.text.unicodeScalars.contains(where: { $0.properties.isIdeographic }),
              cell.box.horizontalOverlap(Box(x0: columns[column].x0, y0: 0, x1: columns[column].x1, y1: 0)) == 0
        else { return column }
        let textColumns = columns.indices.filter { columns[$0].role == .label || columns[$0].role == .remark }
        let nearest = textColumns.min { distance(cell.box, columns[$0]) < distance(cell.box, columns[$1]) }
        guard let nearest, distance(cell.box, columns[nearest]) < 3 * max(cell.box.height, 1) * 4 else { return column }
        return nearest
    }

    private func distance(_ box: Box, _ column: TableColumn) -> Double {
        max(0, max(column.x0 - box.x1, box.x0 - column.x1))
    }

    /// A label set so wide (distributed letter spacing) that a wide right-aligned amount touches it
    /// comes as one cell "洛阳市合计21082.88"; split it where the trailing number begins when the
    /// two parts lie in different columns.
    private func splitLabelFromAmount(_ cell: TextCell, line: TextLine) -> [TextCell] {
        let glyphs = line.glyphs.filter {
            !$0.isSpace && $0.box.midX >= cell.box.x0 && $0.box.midX <= cell.box.x1
        }
        guard let lastLabel = glyphs.lastIndex(where: { CharacterKind($0.text) != .digit }),
              lastLabel + 1 < glyphs.count, CharacterKind(glyphs[lastLabel].text) == .ideograph else {
            return [cell]
        }
        let label = glyphs[...lastLabel]
        let number = glyphs[(lastLabel + 1)...]
        guard let labelBox = label.boundingBox, let numberBox = number.boundingBox,
              column(for: labelBox) != column(for: numberBox) else { return [cell] }
        let labelText = line.glyphs.filter { $0.box.midX >= cell.box.x0 && $0.box.midX <= labelBox.x1 }
            .map(\.text).joined()
        return [TextCell(text: labelText, box: labelBox),
                TextCell(text: number.map(\.text).joined(), box: numberBox)]
    }


    /// A 序号 printed close to the name after it comes as one cell "1吉县": split it where the
    /// name begins, when the table has a column (序号) left of the name column.
    private func splitIndexFromLabel(_ cell: TextCell, line: TextLine) -> [TextCell] {
        guard let label = columns.firstIndex(where: { $0.role == .label }), label > 0,
              columns[label - 1].isSerial, let first = cell.text.first, first.isASCII, first.isNumber
        else { return [cell] }
        let glyphs = line.glyphs.filter {
            !$0.isSpace && $0.box.midX >= cell.box.x0 && $0.box.midX <= cell.box.x1
        }
        guard let start = glyphs.firstIndex(where: { CharacterKind($0.text) == .ideograph }), start > 0,
              glyphs[..<start].allSatisfy({ CharacterKind($0.text) == .digit }),
              let numberBox = glyphs[..<start].boundingBox, let nameBox = glyphs[start...].boundingBox else {
            return [cell]
        }
        let nameText = line.glyphs.filter { $0.box.midX >= nameBox.x0 && $0.box.midX <= cell.box.x1 }.map(\.text).joined()
        return [TextCell(text: glyphs[..<start].map(\.text).joined(), box: numberBox),
                TextCell(text: nameText, box: nameBox)]
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
