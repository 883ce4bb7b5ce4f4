import AllotLayout
import AllotModel

/// A processed notice with what each stage saw: page lines, raw tables (with row boxes) and the
/// furniture lines dropped. Row `n` of table `t` in `notice` is `scan.tables[t-1].rows[n-1]`.
public struct NoticeTrace: Sendable {
    /// The result.
    public var notice: Notice
    /// Lines of every page.
    public var layouts: [PageLayout]
    /// Tables as found on the pages, and dropped furniture.
    public var scan: TableScan
}

extension NoticeTrace {
    /// The glyphs of `page` read by OCR, with their confidence (none on a text-layer page).
    public func recognizedGlyphs(page: Int) -> [Glyph] {
        layouts.filter { $0.page == page }.flatMap { $0.lines.flatMap(\.glyphs) }.filter { $0.reading != nil }
    }
}
