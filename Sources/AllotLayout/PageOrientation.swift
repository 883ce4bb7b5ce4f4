import AllotModel

/// Turns a page whose text runs down, up or backwards (a page with /Rotate, which poppler reports
/// in the rotated display space) into one whose text runs left to right, so the rest of the
/// layout stage sees upright lines. Judged from the text itself: the direction in which
/// consecutive characters of the text layer advance.
public enum PageOrientation: Equatable, Sendable {
    /// Text runs left to right: nothing to do.
    case upright
    /// Text runs top to bottom (page turned a quarter clockwise).
    case quarterClockwise
    /// Text runs bottom to top.
    case quarterCounterClockwise
    /// Text runs right to left, upside down.
    case upsideDown

    /// The direction most consecutive glyph pairs advance in (upright on a tie with it; between
    /// two other directions, the first of `voted`).
    public static func detect(_ page: PageText) -> PageOrientation {
        // Counted by position in `voted`, glyphs read in place: a dictionary of votes and a copy
        // of each glyph cost more than the test itself.
        var votes = [0, 0, 0, 0]
        let glyphs = page.glyphs
        for index in glyphs.indices.dropFirst() {
            let last = glyphs[index - 1].box
            let glyph = glyphs[index]
            guard !glyph.isSpace, !glyphs[index - 1].isSpace else { continue }
            let dx = glyph.box.midX - last.midX
            let dy = glyph.box.midY - last.midY
            let size = max(glyph.fontSize, glyph.box.width, glyph.box.height, 1)
            guard abs(dx) + abs(dy) < 2 * size, abs(dx) + abs(dy) > 0.1 * size else { continue }
            if abs(dx) >= abs(dy) {
                votes[dx > 0 ? 0 : 3] += 1
            } else {
                votes[dy > 0 ? 1 : 2] += 1
            }
        }
        let upright = votes[0]
        var best = 0
        for index in 1..<votes.count where votes[index] > votes[best] {
            best = index
        }
        guard votes[best] > upright * 2 else { return .upright }
        return voted[best]
    }

    /// The directions in the order `detect` counts them.
    private static let voted: [PageOrientation] = [.upright, .quarterClockwise, .quarterCounterClockwise, .upsideDown]

    /// The page with every glyph box turned so the text reads left to right.
    public func turn(_ page: PageText) -> PageText {
        guard self != .upright else { return page }
        // The display space of a quarter-turned page is as wide as the page is tall.
        let extentX = page.glyphs.map(\.box.x1).max() ?? page.width
        let extentY = page.glyphs.map(\.box.y1).max() ?? page.height
        let width = max(self == .upsideDown ? page.width : page.height, extentX)
        let height = max(self == .upsideDown ? page.height : page.width, extentY)
        let turn = { (box: Box) -> Box in
            switch self {
            case .quarterClockwise:
                return Box(x0: box.y0, y0: width - box.x1, x1: box.y1, y1: width - box.x0)
            case .quarterCounterClockwise:
                return Box(x0: height - box.y1, y0: box.x0, x1: height - box.y0, y1: box.x1)
            case .upsideDown:
                return Box(x0: width - box.x1, y0: height - box.y1, x1: width - box.x0, y1: height - box.y0)
            case .upright:
                return box
            }
        }
        let glyphs = page.glyphs.map { glyph -> Glyph in
            var turned = glyph
            turned.box = turn(glyph.box)
            return turned
        }
        // Ruling lines turn with the text: a quarter turn swaps horizontal and vertical.
        let rules = page.rules?.map { rule -> Rule in
            let box = turn(rule.box)
            let horizontal = box.width >= box.height
            return Rule(axis: horizontal ? .horizontal : .vertical, position: horizontal ? box.midY : box.midX,
                        start: horizontal ? box.x0 : box.y0, end: horizontal ? box.x1 : box.y1,
                        thickness: rule.thickness)
        }
        let size = self == .upsideDown ? (page.width, page.height) : (height, width)
        var turned = PageText(number: page.number, width: size.0, height: size.1, glyphs: glyphs, rules: rules)
        turned.rulesSplitCells = page.rulesSplitCells
        return turned
    }
}
