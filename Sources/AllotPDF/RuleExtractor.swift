import AllotModel

/// Ruling lines of one page: from the marks the page paints (`VectorRules`), or from the page
/// rendered small (`RuleDetector`) where the marks do not tell (an image that may hold rules, as a
/// scan under its recognized text does) or cannot be read; glyph strokes left out.
struct RuleExtractor {
    var settings: RuleSettings

    /// The rules of the marks `page` paints; when it paints an image large enough to hold a long
    /// rule, the rules found on the page rendered (nil when it cannot be rendered), the page
    /// loaded by `load` only then.
    func rules(of marks: [PopplerPaths.Mark], page: PageText, load: () -> Poppler.Page?) -> [Rule]? {
        if marks.contains(where: mayHoldRules) { return renderedRules(of: load(), page: page) }
        return VectorRules(settings: settings).rules(marks).filter { !isStroke(of: page, $0) }
    }

    /// True for an image at least `longLength` long one way and `minLength` the other: it may hold
    /// a rule of its own that only the rendered page shows.
    func mayHoldRules(_ mark: PopplerPaths.Mark) -> Bool {
        guard mark.kind == .image else { return false }
        let width = min(mark.x1, mark.clip.x1) - max(mark.x0, mark.clip.x0)
        let height = min(mark.y1, mark.clip.y1) - max(mark.y0, mark.clip.y0)
        return max(width, height) >= settings.longLength && min(width, height) >= settings.minLength
    }

    /// The page's rules found on the page rendered, or nil when it cannot be rendered (or was
    /// not loaded). A page whose text was read through poppler-glib is rendered through the same
    /// `Poppler.Page` (poppler then does not gather the text again).
    func renderedRules(of loaded: Poppler.Page?, page: PageText) -> [Rule]? {
        guard let loaded else { return nil }
        let size = loaded.size
        let scale = Self.scale(settings, width: size.width, height: size.height)
        let detector = RuleDetector(settings: settings)
        guard scale > 0, let rules = try? Cairo.render(loaded, scale: scale, { detector.rules(in: $0, scale: scale) }) else {
            return nil
        }
        return rules.filter { !isStroke(of: page, $0) }
    }

    /// True when one glyph box covers at least `glyphShare` of the line: a stroke of a large
    /// character. A table rule runs between cells, so no glyph covers much of it.
    private func isStroke(of page: PageText, _ rule: Rule) -> Bool {
        let line = rule.box
        let position = rule.position
        let least = settings.glyphShare * rule.length
        // Each glyph's box read in place (handing each glyph to a closure copied it): every rule
        // is compared with every glyph of the page.
        let glyphs = page.glyphs
        switch rule.axis {
        case .horizontal:
            for index in glyphs.indices {
                let box = glyphs[index].box
                if box.y0 <= position && position <= box.y1 && line.horizontalOverlap(box) >= least { return true }
            }
        case .vertical:
            for index in glyphs.indices {
                let box = glyphs[index].box
                if box.x0 <= position && position <= box.x1 && line.verticalOverlap(box) >= least { return true }
            }
        }
        return false
    }

    /// A page whose text holds fewer digits than `minDigits` has no table of amounts to rule; with
    /// `onlyRunTogetherAmounts`, one whose amounts all stand apart needs no rules either.
    /// With `tableDigits`, one with at least that many digits is looked at all the same, and with
    /// `rowAmounts`, one with a row of that many figures side by side (`AmountRow`).
    func worthLooking(_ page: PageText) -> Bool {
        let digits = Self.digitCount(page.glyphs, upTo: max(settings.minDigits, settings.tableDigits))
        if settings.onlyRunTogetherAmounts, !Self.runsAmountsTogether(page.glyphs) {
            return settings.tableDigits > 0 && digits >= settings.tableDigits
                || settings.rowAmounts > 0 && AmountRow.holds(page.glyphs, count: settings.rowAmounts)
        }
        return digits >= settings.minDigits
    }

    /// Digit glyphs of the page, counted up to `limit`.
    private static func digitCount(_ glyphs: [Glyph], upTo limit: Int) -> Int {
        var digits = 0
        for glyph in glyphs where firstScalar(of: glyph).map(isDigit) == true {
            digits += 1
            if digits >= limit { break }
        }
        return digits
    }

    /// True when the glyphs hold a number whose decimals run on, without a gap, into a separator
    /// and another digit (9759.385377.64, 1,234.561,234.56): two amounts whose cells touch. Glyphs
    /// are taken in text-layer order; a gap (more than `touchingGap` em) or a change of line
    /// between two glyphs ends the run, so cells that merely follow each other in the text layer
    /// do not count.
    static func runsAmountsTogether(_ glyphs: [Glyph]) -> Bool {
        var previousDigit = false
        var inDecimals = false
        var separatorAfterDecimals = false
        // The glyphs are read in place, by their boxes: copying each glyph cost more than the test.
        var last: Box?
        for index in glyphs.indices {
            let box = glyphs[index].box
            defer { last = box }
            guard let scalar = glyphs[index].scalar, let last, touches(last, box) else {
                (previousDigit, inDecimals, separatorAfterDecimals) = (false, false, false)
                if let scalar = glyphs[index].scalar {
                    previousDigit = isDigit(scalar)
                }
                continue
            }
            if isDigit(scalar) {
                if separatorAfterDecimals { return true }
                previousDigit = true
            } else if scalar == "." || scalar == "," || scalar == "\u{FF0E}" || scalar == "\u{FF0C}" {
                separatorAfterDecimals = inDecimals && previousDigit
                inDecimals = inDecimals || (previousDigit && (scalar == "." || scalar == "\u{FF0E}"))
                previousDigit = false
            } else {
                (previousDigit, inDecimals, separatorAfterDecimals) = (false, false, false)
            }
        }
        return false
    }

    /// Largest gap between two glyphs of one run, in em of the glyph.
    static let touchingGap = 0.3

    /// True when `next` follows `previous` on the same line without a gap.
    static func touches(_ previous: Box, _ next: Box) -> Bool {
        let size = max(previous.height, next.height, 1)
        return abs(previous.midY - next.midY) <= size / 2
            && next.x0 - previous.x1 <= touchingGap * size && next.x0 >= previous.x0
    }

    /// The glyph's first scalar, read without a String for a glyph of one scalar.
    private static func firstScalar(of glyph: Glyph) -> Unicode.Scalar? {
        glyph.scalar ?? glyph.text.unicodeScalars.first
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || ("\u{FF10}"..."\u{FF19}").contains(scalar)
    }

    /// `settings.scale`, lowered so that the raster stays under `maxPixels`; 0 for a page of no area.
    static func scale(_ settings: RuleSettings, width: Double, height: Double) -> Double {
        guard width.isFinite, height.isFinite, width > 0, height > 0 else { return 0 }
        let area = width * height
        let limit = (Double(settings.maxPixels) / area).squareRoot()
        return min(settings.scale, limit)
    }
}
