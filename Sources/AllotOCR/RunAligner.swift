/// Shares a line's symbols out among its ink runs in reading order. The engine's per-symbol boxes
/// can lag the ink by up to a character (in 各市、有关县 it put 市 over the 、 and the 、 over the
/// gap after it), so the run nearest a symbol's box is not always the run of its ink: 市 then fills
/// the 、's sliver of ink, its own run stays empty, and the 、 is lost. Within a stretch of runs
/// closer than `alignmentGapInTextHeights` (the characters of a sentence; a table's cells lie
/// further apart) the symbols, in the engine's reading order, are shared out again so that each run's width
/// best matches the ink its characters make, with a small cost for taking a symbol away from the
/// run nearest its box. One pass of dynamic programming per stretch, each run taking at most as
/// many characters as its width holds: linear in the line.
struct RunAligner {
    var settings: OCRSettings
    /// The line's height in pixels (the unit of the widths compared).
    var height: Int

    /// The symbols of each run (`assigned[i]` to `runs[i]`) shared out again within each stretch.
    func aligned(_ runs: [(start: Int, end: Int)], _ assigned: [[Tesseract.Symbol]]) -> [[Tesseract.Symbol]] {
        guard height > 0, runs.count == assigned.count, runs.count > 1 else { return assigned }
        let gap = Double(height) * settings.alignmentGapInTextHeights
        var result = assigned
        var start = 0
        for index in runs.indices {
            let next = index + 1
            guard next == runs.count || Double(runs[next].start - runs[index].end) >= gap else { continue }
            if next - start > 1 {
                let symbols = assigned[start..<next].joined().sorted(by: Self.readsBefore)
                if !symbols.isEmpty, let groups = share(symbols, among: Array(runs[start..<next])) {
                    result.replaceSubrange(start..<next, with: groups)
                }
            }
            start = next
        }
        return result
    }

    /// Whether `first` comes before `second` in the engine's reading: by the engine's word (a box
    /// can reach over the next word's ink: 位 of 单位： boxed over 万元, the colon after it), and by
    /// position within a word. A segment read again (`SegmentReader`) keeps its first word's place.
    static func readsBefore(_ first: Tesseract.Symbol, _ second: Tesseract.Symbol) -> Bool {
        let one = first.word < 0 ? -1 - first.word : first.word
        let other = second.word < 0 ? -1 - second.word : second.word
        return one != other ? one < other : first.box.left < second.box.left
    }

    /// The symbols cut, in order, into one group per run at the least total cost; nil when the
    /// runs cannot hold them all.
    private func share(_ symbols: [Tesseract.Symbol], among runs: [(start: Int, end: Int)]) -> [[Tesseract.Symbol]]? {
        let count = symbols.count
        let infinity = Double.infinity
        // cost[j][i]: runs 0..<j holding symbols 0..<i; from[j][i]: where run j - 1's group began.
        var cost = [[Double]](repeating: [Double](repeating: infinity, count: count + 1), count: runs.count + 1)
        var from = [[Int]](repeating: [Int](repeating: 0, count: count + 1), count: runs.count + 1)
        cost[0][0] = 0
        for (position, run) in runs.enumerated() {
            let limit = capacity(run)
            for first in 0...count where cost[position][first] < infinity {
                for last in first...min(count, first + limit) {
                    let total = cost[position][first] + self.cost(Array(symbols[first..<last]), in: run)
                    if total < cost[position + 1][last] {
                        cost[position + 1][last] = total
                        from[position + 1][last] = first
                    }
                }
            }
        }
        guard cost[runs.count][count] < infinity else { return nil }
        var groups = [[Tesseract.Symbol]](repeating: [], count: runs.count)
        var end = count
        for position in stride(from: runs.count, to: 0, by: -1) {
            let first = from[position][end]
            groups[position - 1] = Array(symbols[first..<end])
            end = first
        }
        return groups
    }

    /// Characters a run can hold at most: half-em characters side by side, and two more.
    private func capacity(_ run: (start: Int, end: Int)) -> Int {
        Int(Double(run.end - run.start) / (Double(height) * 0.5 * settings.inkShareOfEm)) + 2
    }

    /// How far a run's width (in line heights) is from the ink of its characters (each but the
    /// last its advance, the last its own ink: a mark's is a sliver), and how far its symbols'
    /// boxes are from it.
    private func cost(_ group: [Tesseract.Symbol], in run: (start: Int, end: Int)) -> Double {
        let unit = Double(height)
        let width = Double(run.end - run.start) / unit
        let need = GlyphPlacer.inkWidth(group, settings: settings)
        let moved = group.reduce(0.0) { total, symbol in
            let middle = (symbol.box.left + symbol.box.right) / 2
            let distance = middle < run.start ? run.start - middle : (middle > run.end ? middle - run.end : 0)
            return total + Double(distance) / unit
        }
        return abs(width - need) + settings.alignmentMoveCost * moved
    }
}
