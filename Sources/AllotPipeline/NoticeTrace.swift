import AllotLayout
import AllotReport
import AllotModel
import AllotTables

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
    /// Plain values for the page overlay and text grid of `page`.
    public func overlayInput(page: Int) -> PageOverlayInput {
        PageOverlayInput(page: page, notice: notice, tables: scan.tables, dropped: scan.dropped.map {
            DroppedMark(page: $0.line.page, box: $0.line.box, text: $0.line.text, reason: $0.reason.rawValue)
        })
    }
}
