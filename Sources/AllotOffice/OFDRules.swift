import AllotModel
import AllotXML

/// Ruling lines from an OFD page's PathObjects (GB/T 33190 §9): the straight horizontal and
/// vertical pieces of stroked paths, and filled paths thin enough to be a line (producers draw
/// table borders both ways), in points with the origin top-left like the glyphs. Pieces of one line
/// that touch are joined; curves, shapes too short to part cells and invisible paths are no rules.
/// A path's `AbbreviatedData` is read as moves and lines (S/M start a piece, L draws, C closes;
/// the control points of Q, B and A are skipped, their end point moves the pen).
enum OFDRules {
    /// Pieces of one line closer than this (points) are joined.
    static let joinGap = 1.5
    /// A rule is at least this long once joined (points): shorter strokes are marks, not borders.
    static let minimumLength = 6.0
    /// A filled shape at most this thick (points) is a line drawn as a box.
    static let maximumThickness = 2.0
    /// A piece is horizontal (vertical) when its ends differ by at most this much across it (points).
    static let straight = 0.5
    /// GB/T 33190's default line width, in millimetres.
    static let defaultLineWidth = 0.353
    /// Most path pieces read from one page (a hostile path).
    static let maximumPieces = 200_000

    /// The rules of a page's content, sorted (horizontal first, by position, then start).
    static func rules(in page: MarkupElement) -> [Rule] {
        var pieces: [Rule] = []
        func walk(_ element: MarkupElement, depth: Int) {
            guard depth < 64 else { return }
            for child in element.childElements {
                if child.name == "PathObject" {
                    append(child, to: &pieces)
                } else if child.name != "TextObject" {
                    walk(child, depth: depth + 1)
                }
            }
        }
        if let content = page.child("Content") { walk(content, depth: 0) }
        let horizontal = join(pieces.filter { $0.axis == .horizontal })
        let vertical = join(pieces.filter { $0.axis == .vertical })
        return (horizontal + vertical).filter { $0.length >= minimumLength }
    }

    private static func append(_ object: MarkupElement, to pieces: inout [Rule]) {
        guard object.attribute("Visible") != "false", pieces.count < maximumPieces,
              let boundary = OFDGeometry.box(object.attribute("Boundary")),
              let data = object.child("AbbreviatedData")?.text else { return }
        let ctm = object.attribute("CTM").map(OFDGeometry.numbers).flatMap { $0.count == 6 ? $0 : nil } ?? [1, 0, 0, 1, 0, 0]
        let scale = abs(ctm[0] * ctm[3] - ctm[1] * ctm[2]).squareRoot()
        let stroked = object.attribute("Stroke") != "false"
        let filled = object.attribute("Fill") == "true"
        let width = object.attribute("LineWidth").flatMap(Double.init).flatMap { $0.isFinite && $0 >= 0 ? $0 : nil }
            ?? defaultLineWidth
        func page(_ point: (Double, Double)) -> (Double, Double) {
            let x = ctm[0] * point.0 + ctm[2] * point.1 + ctm[4]
            let y = ctm[1] * point.0 + ctm[3] * point.1 + ctm[5]
            return (OFDGeometry.points(boundary.x + x), OFDGeometry.points(boundary.y + y))
        }
        let paths = subpaths(data)
        if stroked {
            let thickness = OFDGeometry.points(width * (scale > 0 ? scale : 1))
            for path in paths {
                for (from, to) in zip(path, path.dropFirst()) where pieces.count < maximumPieces {
                    if let rule = rule(page(from), page(to), thickness: thickness) { pieces.append(rule) }
                }
            }
        } else if filled {
            for path in paths where path.count > 2 {
                let points = path.map(page)
                guard points.allSatisfy({ $0.0.isFinite && $0.1.isFinite }) else { continue }
                guard let x0 = points.map(\.0).min(), let x1 = points.map(\.0).max(),
                      let y0 = points.map(\.1).min(), let y1 = points.map(\.1).max() else { continue }
                if y1 - y0 <= maximumThickness, x1 - x0 > y1 - y0 {
                    pieces.append(Rule(axis: .horizontal, position: (y0 + y1) / 2, start: x0, end: x1, thickness: y1 - y0))
                } else if x1 - x0 <= maximumThickness, y1 - y0 > x1 - x0 {
                    pieces.append(Rule(axis: .vertical, position: (x0 + x1) / 2, start: y0, end: y1, thickness: x1 - x0))
                }
            }
        }
    }

    /// A straight horizontal or vertical piece between two page points; nil for a slanted one.
    private static func rule(_ a: (Double, Double), _ b: (Double, Double), thickness: Double) -> Rule? {
        guard [a.0, a.1, b.0, b.1, thickness].allSatisfy(\.isFinite) else { return nil }
        if abs(a.1 - b.1) <= straight, a.0 != b.0 {
            return Rule(axis: .horizontal, position: (a.1 + b.1) / 2, start: a.0, end: b.0, thickness: thickness)
        }
        if abs(a.0 - b.0) <= straight, a.1 != b.1 {
            return Rule(axis: .vertical, position: (a.0 + b.0) / 2, start: a.1, end: b.1, thickness: thickness)
        }
        return nil
    }

    /// The pieces of `AbbreviatedData` as runs of points joined by lines (a closed run ends at
    /// its start); a curve or arc ends a run and starts the next at its end point.
    static func subpaths(_ data: String) -> [[(Double, Double)]] {
        let tokens = data.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "," })
        var paths: [[(Double, Double)]] = []
        var current: [(Double, Double)] = []
        var index = 0
        func numbers(_ count: Int) -> [Double]? {
            guard index + count < tokens.count else { return nil }
            let values = tokens[(index + 1)..<(index + 1 + count)].compactMap { Double($0) }.filter(\.isFinite)
            return values.count == count ? values : nil
        }
        func finish() {
            if current.count > 1 { paths.append(current) }
            current = []
        }
        while index < tokens.count, paths.count < maximumPieces {
            let command = tokens[index]
            let operands = ["S": 2, "M": 2, "L": 2, "Q": 4, "B": 6, "A": 7, "C": 0][String(command)]
            guard let operands else { index += 1; continue }
            guard let values = numbers(operands) else { break }
            switch command {
            case "S", "M":
                finish()
                current = [(values[0], values[1])]
            case "L":
                current.append((values[0], values[1]))
            case "C":
                if let first = current.first, current.count > 1 { current.append(first) }
                let start = current.first
                finish()
                if let start { current = [start] }
            default:  // Q, B, A: the pen moves to the end point along a curve
                finish()
                current = [(values[values.count - 2], values[values.count - 1])]
            }
            index += operands + 1
        }
        finish()
        return paths
    }

    /// Collinear pieces that touch or overlap become one rule, sorted by position, then start.
    private static func join(_ pieces: [Rule]) -> [Rule] {
        var out: [Rule] = []
        for piece in pieces.sorted(by: { ($0.position, $0.start) < ($1.position, $1.start) }) {
            if var last = out.last, abs(last.position - piece.position) <= straight, piece.start <= last.end + joinGap {
                last.end = max(last.end, piece.end)
                last.thickness = max(last.thickness, piece.thickness)
                out[out.count - 1] = last
            } else {
                out.append(piece)
            }
        }
        return out
    }
}
