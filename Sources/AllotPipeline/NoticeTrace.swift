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
