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

    /// One raw text per column ("" when the line has nothing there), and the cells' boxes.
    func assign(_ line: TextLine) -> [String] {
        var texts = Array(repeating: "", count: zones.count)
        for cell in line.cells {
            guard let column = column(for: cell.box) else { continue }
            texts[column] += cell.text
        }
        return texts
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
