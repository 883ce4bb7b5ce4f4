import AllotModel

/// A closed grid of ruling lines: the x of every column line and the y of every row line, and the
/// cells between them, a cell spanning several slots where an inner rule is missing (a merged
/// header cell, a 合计 across 编码 | 名称). Built from rules alone, as camelot's lattice mode does:
/// rules → crossings → slots → cells.
struct RuleGrid: Equatable {
    /// A cell: its top-left slot, the slots it covers and its rectangle on the page.
    struct Cell: Equatable {
        var row: Int
        var column: Int
        var rowSpan: Int
        var columnSpan: Int
        var box: Box
    }

    /// Column lines, left to right (the frame included): column c lies between xs[c] and xs[c + 1].
    let xs: [Double]
    /// Row lines, top to bottom (the frame included).
    let ys: [Double]
    /// The cells, row by row, left to right by their top-left slot.
    let cells: [Cell]
    /// slots[row][column]: index into `cells`.
    private let slots: [[Int]]

    var rowCount: Int { ys.count - 1 }
    var columnCount: Int { xs.count - 1 }
    /// The grid's frame.
    var frame: Box {
        Box(x0: xs.first ?? 0, y0: ys.first ?? 0, x1: xs.last ?? 0, y1: ys.last ?? 0)
    }

    /// The grids the rules form: each set of crossing rules with at least the settings' rows and
    /// columns, whose missing inner rules leave rectangular cells. Rules that cross nothing, and
    /// grids whose cells would not be rectangles, give none.
    static func grids(_ rules: [Rule], settings: LatticeSettings) -> [RuleGrid] {
        components(rules, snap: settings.snap).compactMap { component in
            RuleGrid(component, settings: settings)
        }.sorted { ($0.frame.y0, $0.frame.x0) < ($1.frame.y0, $1.frame.x0) }
    }

    /// Rules grouped by crossing (a horizontal and a vertical rule that meet, within `snap`).
    private static func components(_ rules: [Rule], snap: Double) -> [[Rule]] {
        var joined = Joined(count: rules.count)
        let horizontal = rules.indices.filter { rules[$0].axis == .horizontal }
        let vertical = rules.indices.filter { rules[$0].axis == .vertical }
        for h in horizontal {
            for v in vertical where meets(rules[h], rules[v], snap: snap) { joined.join(h, v) }
        }
        var groups: [Int: [Rule]] = [:]
        for index in rules.indices { groups[joined.root(index), default: []].append(rules[index]) }
        return groups.keys.sorted().compactMap { groups[$0] }
    }

    private static func meets(_ horizontal: Rule, _ vertical: Rule, snap: Double) -> Bool {
        horizontal.start - snap <= vertical.position && vertical.position <= horizontal.end + snap
            && vertical.start - snap <= horizontal.position && horizontal.position <= vertical.end + snap
    }

    private init?(_ rules: [Rule], settings: LatticeSettings) {
        let horizontal = rules.filter { $0.axis == .horizontal }
        let vertical = rules.filter { $0.axis == .vertical }
        guard horizontal.count >= 2, vertical.count >= 2,
              let left = horizontal.map(\.start).min(), let right = horizontal.map(\.end).max(),
              let top = vertical.map(\.start).min(), let bottom = vertical.map(\.end).max() else { return nil }
        let snap = settings.snap
        // Where the frame is not drawn (a table open at its sides), the ends of the crossing
        // rules close it.
        // A rule separates two slots when it covers the middle half of their common side.
        func drawn(_ rules: [Rule], at position: Double, from start: Double, to end: Double) -> Bool {
            let quarter = (end - start) / 4
            return rules.contains {
                abs($0.position - position) <= snap && $0.start <= start + quarter && $0.end >= end - quarter
            }
        }
        // An inner line that separates no two slots anywhere (a stub of rule outside the columns,
        // the second stroke of a doubled border) is no line of the grid.
        func separating(_ lines: [Double], _ rules: [Rule], across: [Double]) -> [Double] {
            lines.indices.filter { index in
                index == 0 || index == lines.count - 1 || across.indices.dropLast().contains { band in
                    drawn(rules, at: lines[index], from: across[band], to: across[band + 1])
                }
            }.map { lines[$0] }
        }
        var xs = Self.framed(Self.lines(vertical.map(\.position), snap: snap), from: left, to: right, snap: snap)
        let ys = separating(Self.framed(Self.lines(horizontal.map(\.position), snap: snap), from: top, to: bottom,
                                        snap: snap), horizontal, across: xs)
        xs = separating(xs, vertical, across: ys)
        let rowCount = ys.count - 1, columnCount = xs.count - 1
        guard rowCount >= settings.minimumRows, columnCount >= settings.minimumColumns else { return nil }
        var joined = Joined(count: rowCount * columnCount)
        func join(_ a: Int, _ b: Int) { joined.join(a, b) }
        func root(_ index: Int) -> Int { joined.root(index) }
        for row in 0..<rowCount {
            for column in 0..<columnCount {
                let slot = row * columnCount + column
                if column + 1 < columnCount, !drawn(vertical, at: xs[column + 1], from: ys[row], to: ys[row + 1]) {
                    join(slot, slot + 1)
                }
                if row + 1 < rowCount, !drawn(horizontal, at: ys[row + 1], from: xs[column], to: xs[column + 1]) {
                    join(slot, slot + columnCount)
                }
            }
        }
        // Each group of joined slots must fill its bounding rectangle. Groups are held by their
        // root, a slot: in arrays a slot long, not dictionaries.
        var bounds = [(r0: Int, c0: Int, r1: Int, c1: Int, count: Int)?](repeating: nil, count: rowCount * columnCount)
        var groups = 0
        for row in 0..<rowCount {
            for column in 0..<columnCount {
                let key = root(row * columnCount + column)
                if let b = bounds[key] {
                    bounds[key] = (min(b.r0, row), min(b.c0, column), max(b.r1, row), max(b.c1, column), b.count + 1)
                } else {
                    bounds[key] = (row, column, row, column, 1)
                    groups += 1
                }
            }
        }
        guard groups > 1,
              bounds.allSatisfy({ $0.map { ($0.r1 - $0.r0 + 1) * ($0.c1 - $0.c0 + 1) == $0.count } ?? true })
        else { return nil }
        var cells: [Cell] = []
        var index = [Int?](repeating: nil, count: rowCount * columnCount)
        var slots = Array(repeating: Array(repeating: 0, count: columnCount), count: rowCount)
        for row in 0..<rowCount {
            for column in 0..<columnCount {
                let key = root(row * columnCount + column)
                if index[key] == nil, let b = bounds[key] {
                    index[key] = cells.count
                    cells.append(Cell(row: b.r0, column: b.c0, rowSpan: b.r1 - b.r0 + 1, columnSpan: b.c1 - b.c0 + 1,
                                      box: Box(x0: xs[b.c0], y0: ys[b.r0], x1: xs[b.c1 + 1], y1: ys[b.r1 + 1])))
                }
                slots[row][column] = index[key] ?? 0
            }
        }
        self.xs = xs
        self.ys = ys
        self.cells = cells
        self.slots = slots
    }

    /// Index into `cells` of the cell holding a point, nil outside the frame.
    func cellIndex(x: Double, y: Double) -> Int? {
        guard let column = Self.band(of: x, in: xs), let row = Self.band(of: y, in: ys),
              slots.indices.contains(row), slots[row].indices.contains(column) else { return nil }
        return slots[row][column]
    }

    /// The band i with lines[i] <= value < lines[i + 1], nil outside.
    private static func band(of value: Double, in lines: [Double]) -> Int? {
        guard let first = lines.first, let last = lines.last, value >= first, value <= last else { return nil }
        var low = 0, high = lines.count - 1
        while high - low > 1 {
            let middle = (low + high) / 2
            if lines[middle] <= value { low = middle } else { high = middle }
        }
        return low
    }

    /// Positions clustered into lines (positions within `snap` of the previous are one line).
    private static func lines(_ positions: [Double], snap: Double) -> [Double] {
        var out: [[Double]] = []
        for position in positions.sorted() {
            if let last = out.last?.last, position - last <= snap {
                out[out.count - 1].append(position)
            } else {
                out.append([position])
            }
        }
        return out.map { $0.reduce(0, +) / Double($0.count) }
    }

    /// The lines with a frame line added at `start` and `end` where none is drawn there.
    private static func framed(_ lines: [Double], from start: Double, to end: Double, snap: Double) -> [Double] {
        var lines = lines
        if let first = lines.first, first - start > snap { lines.insert(start, at: 0) }
        if let last = lines.last, end - last > snap { lines.append(end) }
        return lines
    }
}

/// Disjoint sets of 0..<count (union-find): slots merged into cells, rules into grids.
private struct Joined {
    private var parent: [Int]

    init(count: Int) {
        parent = Array(0..<max(count, 0))
    }

    /// The representative of the set holding `index` (the smallest index joined to it).
    mutating func root(_ index: Int) -> Int {
        var index = index
        while parent[index] != index {
            parent[index] = parent[parent[index]]
            index = parent[index]
        }
        return index
    }

    mutating func join(_ a: Int, _ b: Int) {
        let (ra, rb) = (root(a), root(b))
        if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }
}
