import AllotLayout
import AllotModel

/// Puts the cells of a data line into the table's columns by horizontal position.
struct ColumnAssigner {
    /// Column zones: the page is cut halfway between neighbouring header cells.
    let zones: [(x0: Double, x1: Double)]

    init(columns: [TableColumn]) {
        var zones: [(x0: Double, x1: Double)] = []
        for index in columns.indices {
            let left = index == 0 ? -Double.infinity : (columns[index - 1].x1 + columns[index].x0) / 2
            let right = index + 1 < columns.count ? (columns[index].x1 + columns[index + 1].x0) / 2 : Double.infinity
            zones.append((left, right))
        }
        self.zones = zones
    }

    /// One raw text per column ("" when the line has nothing there).
    func assign(_ line: TextLine) -> [String] {
        var texts = Array(repeating: "", count: zones.count)
        for cell in line.cells.flatMap({ splitLabelFromAmount($0, line: line) }) {
            guard let column = column(for: cell.box) else { continue }
            texts[column] += cell.text
        }
        return texts
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
        guard let labelBox = Self.box(label), let numberBox = Self.box(number),
              column(for: labelBox) != column(for: numberBox) else { return [cell] }
        let labelText = line.glyphs.filter { $0.box.midX >= cell.box.x0 && $0.box.midX <= labelBox.x1 }
            .map(\.text).joined()
        return [TextCell(text: labelText, box: labelBox),
                TextCell(text: number.map(\.text).joined(), box: numberBox)]
    }

    private static func box(_ glyphs: ArraySlice<Glyph>) -> Box? {
        guard let first = glyphs.first else { return nil }
        return glyphs.dropFirst().reduce(first.box) { $0.union($1.box) }
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
