import AllotModel

/// Ruling lines from the marks a page paints (`PopplerPaths`), decided as `RuleDetector` decides
/// them on the rendered page: a rule is a straight horizontal or vertical stroke, or a filled box
/// at most `maxThickness` thick, painted dark enough to be ink, at least `minLength` long once the
/// touching pieces of one line are joined; thicker filled boxes (cell backgrounds) and curves are
/// no rules. Clipped marks keep only their visible part.
struct VectorRules {
    var settings: RuleSettings

    /// A line drawn 0 wide is drawn one device pixel wide: its thickness at the render scale.
    var hairline: Double { 1 / settings.scale }

    /// Pieces of one line this close are one run of ink (the rendered page bridges gaps of
    /// `gapPixels` pixels; a pixel at the render scale is 1/`scale` pt).
    var pieceGap: Double { Double(settings.gapPixels + 1) / settings.scale }

    /// A stroke is horizontal (vertical) when its ends differ by at most this much across it.
    static let straight = 0.5

    /// A filled box thinner than this leaves no ink a rendered page would show (its edge pixels
    /// stay lighter than `inkBelow`).
    static let thinnestFill = 0.2

    /// The rules of a page's marks, sorted (horizontal first, by position, then start).
    func rules(_ marks: [PopplerPaths.Mark]) -> [Rule] {
        var horizontal: [Rule] = []
        var vertical: [Rule] = []
        for mark in marks {
            guard let rule = rule(mark) else { continue }
            if rule.axis == .horizontal { horizontal.append(rule) } else { vertical.append(rule) }
        }
        let long = { (rules: [Rule]) in
            Self.join(Self.join(rules, gap: pieceGap).filter { $0.length >= settings.minLength }, gap: settings.joinGap)
        }
        return RuleDetector(settings: settings).connected(long(horizontal) + long(vertical))
    }

    /// The piece of rule one mark paints, clipped; nil for a mark that paints no rule.
    func rule(_ mark: PopplerPaths.Mark) -> Rule? {
        guard mark.kind != .image, mark.brightest * 255 < Double(settings.inkBelow) else { return nil }
        var candidate: Rule
        switch mark.kind {
        case .stroke:
            let width = mark.width > 0 ? mark.width : hairline
            let dx = abs(mark.x1 - mark.x0), dy = abs(mark.y1 - mark.y0)
            guard width <= settings.maxThickness else { return nil }
            // The ink runs half the width past each end where two pieces join (a box's corner)
            // or the cap is square: there the rendered page shows the rule's end.
            let half = width / 2
            if dy <= Self.straight, dx > dy {
                candidate = Rule(axis: .horizontal, position: (mark.y0 + mark.y1) / 2,
                                 start: min(mark.x0, mark.x1) - half, end: max(mark.x0, mark.x1) + half, thickness: width)
            } else if dx <= Self.straight, dy > dx {
                candidate = Rule(axis: .vertical, position: (mark.x0 + mark.x1) / 2,
                                 start: min(mark.y0, mark.y1) - half, end: max(mark.y0, mark.y1) + half, thickness: width)
            } else {
                return nil
            }
        case .fill:
            let width = mark.x1 - mark.x0, height = mark.y1 - mark.y0
            let thickness = min(width, height)
            guard thickness >= Self.thinnestFill, thickness <= settings.maxThickness else { return nil }
            candidate = width >= height
                ? Rule(axis: .horizontal, position: (mark.y0 + mark.y1) / 2, start: mark.x0, end: mark.x1, thickness: height)
                : Rule(axis: .vertical, position: (mark.x0 + mark.x1) / 2, start: mark.y0, end: mark.y1, thickness: width)
        case .image:
            return nil
        }
        return clipped(candidate, to: mark.clip)
    }

    /// The part of `rule` inside the clip box; nil when none of it is, or when its line lies on
    /// the box's edge, half outside it (a frame drawn round the page's very edge).
    func clipped(_ rule: Rule, to clip: (x0: Double, y0: Double, x1: Double, y1: Double)) -> Rule? {
        let (across, along) = rule.axis == .horizontal ? ((clip.y0, clip.y1), (clip.x0, clip.x1)) : ((clip.x0, clip.x1), (clip.y0, clip.y1))
        let margin = hairline / 2
        guard across.0 + margin <= rule.position, rule.position <= across.1 - margin else { return nil }
        let start = max(rule.start, along.0), end = min(rule.end, along.1)
        guard start < end else { return nil }
        return Rule(axis: rule.axis, position: rule.position, start: start, end: end, thickness: rule.thickness)
    }

    /// Rules of one axis with the pieces of each line joined: rules whose positions lie within
    /// half their thicknesses of the line's first are one line; along it, pieces whose ends are at
    /// most `gap` apart are one rule (its position the length-weighted mean, its thickness the
    /// largest). Sorted by position, then start.
    static func join(_ rules: [Rule], gap: Double) -> [Rule] {
        let sorted = rules.sorted { ($0.position, $0.start) < ($1.position, $1.start) }
        var out: [Rule] = []
        var index = 0
        while index < sorted.count {
            let first = sorted[index]
            var end = index + 1
            while end < sorted.count,
                  sorted[end].position - first.position <= (first.thickness + sorted[end].thickness) / 2 {
                end += 1
            }
            var line: [Rule] = []
            for rule in sorted[index..<end].sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) {
                if let last = line.last, rule.start - last.end <= gap {
                    let weight = last.length + rule.length
                    let position = weight > 0
                        ? (last.position * last.length + rule.position * rule.length) / weight
                        : (last.position + rule.position) / 2
                    line[line.count - 1] = Rule(axis: rule.axis, position: position, start: last.start,
                                                end: max(last.end, rule.end),
                                                thickness: max(last.thickness, rule.thickness))
                } else {
                    line.append(rule)
                }
            }
            out += line
            index = end
        }
        return out.sorted { ($0.position, $0.start) < ($1.position, $1.start) }
    }
}
