/// How much a finding matters to whoever publishes the dataset.
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// A printed number does not hold, or a cell or page cannot be read: the data is wrong or incomplete.
    case error
    /// The table's shape or a name is doubtful: review before publishing.
    case warning
    /// Information about the notice, not a problem (`allot check` does not count it).
    case note

    /// Errors first, notes last.
    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        let order: [Severity] = [.error, .warning, .note]
        return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
    }
}
