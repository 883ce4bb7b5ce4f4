import AllotModel
import Foundation

/// The outcome of a batch: notices read and files that failed, in input order.
public struct BatchResult: Sendable {
    /// Processed notices.
    public var notices: [Notice] = []
    /// Files that could not be read, with why.
    public var failures: [ProcessError] = []

    /// Creates an empty result.
    public init() {}

    /// Total number of findings over all notices, notes included.
    public var findingCount: Int { notices.reduce(0) { $0 + $1.findings.count } }
    /// Findings that report a problem (not notes such as no_table).
    public var problemCount: Int { notices.reduce(0) { $0 + $1.findings.filter(\.isProblem).count } }
    /// Total number of table rows over all notices.
    public var rowCount: Int { notices.reduce(0) { $0 + $1.tables.reduce(0) { $0 + $1.rows.count } } }
}
