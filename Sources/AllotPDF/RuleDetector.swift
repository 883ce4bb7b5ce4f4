import AllotModel

/// Ruling lines from a rendered page, by run-length detection on the luminance raster (as
/// camelot's lattice mode does with morphology): a rule is a straight run of ink at least
/// `minLength` long and at most `maxThickness` thick. Text strokes are shorter than `minLength`;
/// filled areas are thicker than `maxThickness`. Linear in the number of pixels.
struct RuleDetector {
    var settings: RuleSettings

    /// Rules of a lightness raster rendered at `scale` pixels per point, in page points.
    func rules(in gray: Cairo.Gray, scale: Double) -> [Rule] {
        guard gray.width > 0, gray.height > 0, gray.pixels.count == gray.width * gray.height else { return [] }
        // Each grey level as the opaque pixel of that grey.
        let words = gray.pixels.map { 0xFF00_0000 | UInt32($0) &* 0x01_0101 }
        return words.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return [] }
            return rules(in: Cairo.Raster(base: base, width: gray.width, height: gray.height, rowLength: gray.width),
                         scale: scale)
        }
    }

    /// Rules of a page rendered at `scale` pixels per point, in page points.
    func rules(in pixels: Cairo.Raster, scale: Double) -> [Rule] {
        guard pixels.width > 0, pixels.height > 0, pixels.rowLength >= pixels.width, scale > 0 else { return [] }
        let minRun = max(2, Int((settings.minLength * scale).rounded(.up)))
        let maxThick = max(1, Int((settings.maxThickness * scale).rounded(.down)))
        let (rows, columns) = runs(in: pixels, minRun: minRun)
        let toRule = { (axis: Rule.Axis, s: Stroke) in
            Rule(axis: axis, position: Double(s.firstLine + s.lastLine + 1) / 2 / scale,
                 start: Double(s.start) / scale, end: Double(s.end + 1) / scale,
                 thickness: Double(s.lastLine - s.firstLine + 1) / scale)
        }
        let horizontal = strokes(rows, maxThick: maxThick).map { toRule(.horizontal, $0) }
        let vertical = strokes(columns, maxThick: maxThick).map { toRule(.vertical, $0) }
        return connected(join(horizontal) + join(vertical))
    }

    /// Long runs of ink in every row and every column, in one pass over the pixels in memory
    /// order: rows are scanned directly, columns through one open run per column. A pixel is ink
    /// when its brightest colour channel is below `inkBelow` (each of the three is); white
    /// stretches (most of a page) are passed over eight pixels at a time (testing 32 first cost
    /// more on rows through text than it saved on blank ones).
    private func runs(in pixels: Cairo.Raster, minRun: Int) -> (rows: [[(Int, Int)]], columns: [[(Int, Int)]]) {
        let width = pixels.width, height = pixels.height
        let ink = UInt32(settings.inkBelow), gap = settings.gapPixels
        var rows = [[(Int, Int)]](repeating: [], count: height)
        var columns = [[(Int, Int)]](repeating: [], count: width)
        var columnStart = [Int](repeating: -1, count: width)
        var columnLast = [Int](repeating: -1, count: width)
        columnStart.withUnsafeMutableBufferPointer { columnStart in
            columnLast.withUnsafeMutableBufferPointer { columnLast in
                for y in 0..<height {
                    var start = -1, last = -1
                    var found: [(Int, Int)] = []
                    let row = pixels.base + y * pixels.rowLength
                    var x = 0
                    while x < width {
                        if x + 8 <= width, Self.white(row + x, pixels: 8) {
                            x += 8
                            continue
                        }
                        defer { x += 1 }
                        let value = row[x]
                        guard value & 0xFF < ink, (value >> 8) & 0xFF < ink, (value >> 16) & 0xFF < ink else { continue }
                        if start >= 0, x - last - 1 <= gap {
                            last = x
                        } else {
                            if start >= 0, last - start + 1 >= minRun { found.append((start, last)) }
                            start = x
                            last = x
                        }
                        let open = columnStart[x]
                        if open >= 0, y - columnLast[x] - 1 <= gap {
                            columnLast[x] = y
                        } else {
                            if open >= 0, columnLast[x] - open + 1 >= minRun { columns[x].append((open, columnLast[x])) }
                            columnStart[x] = y
                            columnLast[x] = y
                        }
                    }
                    if start >= 0, last - start + 1 >= minRun { found.append((start, last)) }
                    rows[y] = found
                }
                for x in 0..<width where columnStart[x] >= 0 && columnLast[x] - columnStart[x] + 1 >= minRun {
                    columns[x].append((columnStart[x], columnLast[x]))
                }
            }
        }
        return (rows, columns)
    }

    /// True when the `count` pixels from `start` (a multiple of 2) are all opaque white.
    @inline(__always)
    private static func white(_ start: UnsafePointer<UInt32>, pixels count: Int) -> Bool {
        let raw = UnsafeRawPointer(start)
        var all = UInt64.max
        for pair in 0..<(count / 2) { all &= raw.loadUnaligned(fromByteOffset: pair * 8, as: UInt64.self) }
        return all == .max
    }

    /// Long rules, and short ones that touch a long rule across them: table borders meet the
    /// frame, while an isolated short stroke is part of a glyph (a bold heading's 一 or 丨).
    func connected(_ rules: [Rule]) -> [Rule] {
        let long = rules.filter { $0.length >= settings.longLength }
        let t = settings.touch
        return rules.filter { rule in
            rule.length >= settings.longLength || long.contains { other in
                other.axis != rule.axis
                    && other.start - t <= rule.position && rule.position <= other.end + t
                    && rule.start - t <= other.position && other.position <= rule.end + t
            }
        }
    }

    /// A run of ink growing across consecutive lines (rows for horizontal rules).
    private struct Stroke {
        var start: Int
        var end: Int
        var firstLine: Int
        var lastLine: Int
    }

    /// Runs of consecutive lines stacked into strokes (a run continues a stroke of the previous
    /// line when they overlap over half the shorter); strokes thicker than `maxThick` lines are
    /// filled areas and dropped.
    private func strokes(_ runsPerLine: [[(Int, Int)]], maxThick: Int) -> [Stroke] {
        var done: [Stroke] = []
        var open: [Stroke] = []
        for (line, runs) in runsPerLine.enumerated() {
            if runs.isEmpty && open.isEmpty { continue }
            var next: [Stroke] = []
            var used = [Bool](repeating: false, count: runs.count)
            for stroke in open {
                if let index = runs.indices.first(where: { !used[$0] && overlaps(runs[$0], stroke) }) {
                    used[index] = true
                    next.append(Stroke(start: min(stroke.start, runs[index].0), end: max(stroke.end, runs[index].1),
                                       firstLine: stroke.firstLine, lastLine: line))
                } else {
                    done.append(stroke)
                }
            }
            for (index, run) in runs.enumerated() where !used[index] {
                next.append(Stroke(start: run.0, end: run.1, firstLine: line, lastLine: line))
            }
            open = next
        }
        done += open
        return done.filter { $0.lastLine - $0.firstLine + 1 <= maxThick }
    }

    private func overlaps(_ run: (Int, Int), _ stroke: Stroke) -> Bool {
        let overlap = min(run.1, stroke.end) - max(run.0, stroke.start) + 1
        return overlap * 2 >= min(run.1 - run.0 + 1, stroke.end - stroke.start + 1)
    }

    /// Sorted rules with collinear pieces joined (a rule interrupted by a gap under `joinGap`).
    private func join(_ rules: [Rule]) -> [Rule] {
        let sorted = rules.sorted { ($0.position, $0.start) < ($1.position, $1.start) }
        var out: [Rule] = []
        for rule in sorted {
            // Sorted by position first, a piece may lie left of (or over) the one before it.
            if let last = out.last, abs(last.position - rule.position) <= rule.thickness / 2 + last.thickness / 2,
               max(rule.start, last.start) - min(rule.end, last.end) <= settings.joinGap {
                out[out.count - 1] = Rule(axis: rule.axis, position: (last.position + rule.position) / 2,
                                          start: min(last.start, rule.start), end: max(last.end, rule.end),
                                          thickness: max(last.thickness, rule.thickness))
            } else {
                out.append(rule)
            }
        }
        return out
    }
}
