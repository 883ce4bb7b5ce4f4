import AllotModel

/// The visual lines of one page, top to bottom.
public struct PageLayout: Sendable {
    /// 1-based page number.
    public var page: Int
    /// Page width in points.
    public var width: Double
    /// Page height in points.
    public var height: Double
    /// Lines, top to bottom.
    public var lines: [TextLine]
    /// Ruling lines of the page (upright like the lines), empty when none were found or looked for.
    public var rules: [Rule]

    /// Creates a page layout.
    public init(page: Int, width: Double, height: Double, lines: [TextLine], rules: [Rule] = []) {
        self.page = page
        self.width = width
        self.height = height
        self.lines = lines
        self.rules = rules
    }
}

extension LineBuilder {
    /// The layout of a page: its lines with the page's size. A page whose text runs down, up or
    /// backwards (a rotated page) is turned upright first.
    public func layout(of page: PageText) -> PageLayout {
        let upright = PageOrientation.detect(page).turn(page)
        var cut = upright
        if !upright.rulesSplitCells { cut.rules = nil }
        return PageLayout(page: upright.number, width: upright.width, height: upright.height, lines: lines(of: cut),
                          rules: upright.rules ?? [])
    }
}
