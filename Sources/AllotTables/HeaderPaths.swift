import AllotModel
import AllotText

/// The leaf columns of a multi-level header, each with the path of headers above it (项目 ›
/// 功能分类科目编码 › 类款项; 支出预算 › 合计 | 基本支出 | 项目支出), from the cells' geometry rather
/// than from line order: a header cell is centred in its (possibly several rows high) header box,
/// so a leaf such as 功能分类科目名称 can sit on the same text line as a parent such as 功能分类
/// 科目编码 one column over.
///
/// - A cell directly under another, overlapping it, with nothing else under that one, continues its
///   text (a header wrapped in its box: 事业单位 / 经营收入), unless it is a run of spaced-out single
///   characters (类 款 项), which are columns of their own.
/// - A cell's span reaches halfway to its neighbours in the same band (cells overlapping it
///   vertically); a cell below whose centre lies in that span hangs under it: under the nearest
///   such cell printed right over it, else the nearest such cell above.
/// - Cells nothing hangs under are the leaves, left to right.
struct HeaderPaths {
    /// A header cell: its text, box, and how many printed cells it was merged from.
    struct Cell {
        var text: String
        var box: Box
        var parts: Int
    }

    let parser: HeaderParser

    /// Boxes this close (share of the cell's height) count as touching: one band.
    static let touchingGap = 0.05

    /// The headers of split classification-code columns.
    static let codeLevels: Set<String> = ["类", "款", "项"]

    /// The leaf columns with their ancestors, roles from the leaf name.
    func columns(of block: [TextLine]) -> [TableColumn] {
        var cells = block.flatMap { line in
            parser.mergedCells(line).flatMap { cell -> [Cell] in
                let printed = line.cells.filter { $0.box.midX >= cell.box.x0 && $0.box.midX <= cell.box.x1 }
                // 类 款 项 over split code columns are three columns, not one spaced-out word.
                if printed.count > 1, printed.allSatisfy({ Self.codeLevels.contains($0.compact) }) {
                    return printed.map { Cell(text: $0.compact, box: $0.box, parts: 1) }
                }
                return [Cell(text: cell.compact, box: cell.box, parts: max(1, printed.count))]
            }
        }
        cells = joinedWraps(cells)
        let parents = Self.adoptingUnderLoneHeaders(cells, cells.indices.map { parent(of: $0, in: cells) })
        let hasChildren = Set(parents.compactMap { $0 })
        let leaves = cells.indices.filter { !hasChildren.contains($0) }.sorted { cells[$0].box.midX < cells[$1].box.midX }
        let leafCells = leaves.map { index -> (cell: TextCell, parent: String?, ancestors: [String]) in
            var chain: [String] = []
            var current = parents[index]
            var steps = 0
            while let above = current, steps < cells.count {
                chain.insert(cells[above].text, at: 0)
                current = parents[above]
                steps += 1
            }
            return (TextCell(text: cells[index].text, box: cells[index].box), chain.last, chain)
        }
        var columns = parser.assignRoles(leafCells.map { ($0.cell, $0.parent) })
        for index in columns.indices where leafCells[index].ancestors.count > 1 {
            columns[index].ancestors = leafCells[index].ancestors
        }
        return columns
    }

    /// A header cell alone in its band with nothing hanging under it, above other top cells (项目
    /// centred over the 科目编码 › 类|款 and 科目名称 columns of an unruled table), is their parent, not
    /// a column of its own: it takes the top cells below it, between the nearest cells left and right
    /// of it that nothing is printed above or below and that reach up to its band (合计 spanning the
    /// header's height). Its own span
    /// (its width) reaches none of their centres when it is centred over several columns.
    static func adoptingUnderLoneHeaders(_ cells: [Cell], _ parents: [Int?]) -> [Int?] {
        var result = parents
        let hasChildren = Set(parents.compactMap { $0 })
        func stacked(_ index: Int) -> Bool {
            cells.indices.contains { other in
                other != index && cells[other].box.horizontalOverlap(cells[index].box) > 0
                    && (cells[other].box.midY < cells[index].box.y0 || cells[other].box.midY > cells[index].box.y1)
            }
        }
        for lone in cells.indices where parents[lone] == nil && !hasChildren.contains(lone) {
            let box = cells[lone].box
            let inBand = cells.indices.contains { other in
                other != lone && cells[other].box.y0 <= box.y1 && cells[other].box.y1 >= box.y0
            }
            let below = cells.indices.filter { other in
                other != lone && parents[other] == nil && cells[other].box.y0 > box.y1
            }
            guard !inBand, !below.isEmpty else { continue }
            // Walls span the header from its top band down: centred no lower than halfway between
            // the lone cell and the header's bottom (a leaf spanning only the lower rows is not one).
            let bottom = cells.map(\.box.y1).max() ?? box.y1
            let walls = cells.indices.filter { $0 != lone && !stacked($0) && cells[$0].box.midY <= (box.midY + bottom) / 2 }
            let left = walls.map { cells[$0].box.x1 }.filter { $0 <= box.x0 }.max() ?? -Double.infinity
            let right = walls.map { cells[$0].box.x0 }.filter { $0 >= box.x1 }.min() ?? Double.infinity
            let adopted = below.filter { cells[$0].box.midX > left && cells[$0].box.midX < right }
            // Only over a run of several columns, each still a top cell (a lone word over one
            // column is that column's own text, joined as a wrap).
            guard adopted.count >= 2 else { continue }
            for child in adopted { result[child] = lone }
        }
        return result
    }

    /// Wrapped header text joined: a cell whose only neighbour below overlaps it mostly and follows
    /// it closely is the rest of its text.
    private func joinedWraps(_ input: [Cell]) -> [Cell] {
        var cells = input
        var merged = true
        var rounds = 0
        while merged, rounds < input.count {
            merged = false
            rounds += 1
            outer: for upper in cells.indices {
                let below = cells.indices.filter { index in
                    index != upper && cells[index].box.midY > cells[upper].box.y1
                        && cells[index].box.horizontalOverlap(cells[upper].box) > 0
                }
                guard below.count == 1, let lower = below.first, cells[lower].parts == 1, cells[upper].parts == 1 else {
                    continue
                }
                let a = cells[upper].box, b = cells[lower].box
                let narrower = max(1, min(a.width, b.width))
                let em = max(a.height, b.height, 1)
                guard a.horizontalOverlap(b) >= 0.6 * narrower, b.y0 - a.y1 <= 0.6 * em,
                      // Nothing else in the upper cell's band hangs under it (a parent over one child).
                      !cells.indices.contains(where: { other in
                          other != upper && other != lower && cells[other].box.midY > a.y1
                              && cells[other].box.midY < b.y1 + em && isInSpan(cells[other].box.midX, of: upper, cells)
                      })
                else { continue }
                cells[upper] = Cell(text: cells[upper].text + cells[lower].text, box: a.union(b), parts: 1)
                cells.remove(at: lower)
                merged = true
                break outer
            }
        }
        return cells
    }

    /// The nearest cell above whose span holds this cell's centre.
    private func parent(of index: Int, in cells: [Cell]) -> Int? {
        let cell = cells[index]
        let candidates = cells.indices.filter { other in
            other != index && cells[other].box.y1 <= cell.box.midY && cells[other].box.midY < cell.box.y0
                && isInSpan(cell.box.midX, of: other, cells)
        }
        // A header printed right over the cell wins over one whose span merely reaches it.
        let overhanging = candidates.filter { cells[$0].box.horizontalOverlap(cell.box) > 0 }
        return (overhanging.isEmpty ? candidates : overhanging).max { cells[$0].box.y1 < cells[$1].box.y1 }
    }

    /// True when `x` lies within the span of cell `index`: from halfway to its left neighbour to
    /// halfway to its right neighbour among the cells of its band (overlapping it vertically, or
    /// touching it: the text lines of a header packed at the font size, whose boxes meet or overlap
    /// by a hair depending on the producer); a cell alone in its band spans its own width and a
    /// quarter more on each side.
    private func isInSpan(_ x: Double, of index: Int, _ cells: [Cell]) -> Bool {
        let box = cells[index].box
        let touching = Self.touchingGap * max(box.height, 1)
        let band = cells.indices.filter { other in
            other != index && cells[other].box.y0 <= box.y1 + touching && cells[other].box.y1 >= box.y0 - touching
        }
        let margin = box.width / 4
        let left = band.map { cells[$0].box.x1 }.filter { $0 <= box.x0 }.max()
        let right = band.map { cells[$0].box.x0 }.filter { $0 >= box.x1 }.min()
        let low = band.isEmpty ? box.x0 - margin : left.map { ($0 + box.x0) / 2 } ?? -Double.infinity
        let high = band.isEmpty ? box.x1 + margin : right.map { ($0 + box.x1) / 2 } ?? Double.infinity
        return x >= low && x <= high
    }
}
