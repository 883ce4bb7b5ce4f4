import AllotModel
import Foundation

/// How far a batch has got, for progress reports.
public struct BatchProgress: Sendable {
    /// Files finished (read or failed).
    public var done: Int
    /// Files in the batch.
    public var total: Int
    /// Pages read so far.
    public var pages: Int
    /// Files that failed so far.
    public var failures: Int
}
