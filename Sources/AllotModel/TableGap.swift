/// A place where part of a table may be missing: the table is incomplete there, so the sums that
/// depend on it cannot be checked (an `incomplete_table` note, never an arithmetic finding).
public struct TableGap: Hashable, Sendable {
    /// 1-based page where the table may have lost rows.
    public var page: Int
    /// Why, in words a user can check on the page.
    public var reason: String
    /// The same in Chinese.
    public var reasonZH: String

    /// Creates a gap.
    public init(page: Int, reason: String, zh reasonZH: String) {
        self.page = page
        self.reason = reason
        self.reasonZH = reasonZH
    }
}
