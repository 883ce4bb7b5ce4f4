/// Several input files that carry the same notice id: the dataset keeps one of them.
public struct DuplicateNotice: Hashable, Sendable, CustomStringConvertible {
    /// The shared id.
    public var id: String
    /// Source file of the notice kept (the last in canonical order).
    public var kept: String
    /// Source files of the notices replaced by it.
    public var dropped: [String]

    /// One line for the user.
    public var description: String {
        let shown = dropped.prefix(3).joined(separator: ", ")
        let more = dropped.count > 3 ? " and \(dropped.count - 3) more" : ""
        return "\(id) is given by \(dropped.count + 1) files; kept \(kept), replaced \(shown)\(more)"
    }
}

/// What a dataset write produced.
public struct DatasetSummary: Equatable, Sendable {
    /// Notices in the dataset after the write.
    public var notices: Int
    /// Table rows over all notices.
    public var rows: Int
    /// Amount cells (rows of allocations.csv).
    public var cells: Int
    /// Findings over all notices.
    public var findings: Int
    /// Ids given by more than one input notice in this write.
    public var duplicates: [DuplicateNotice]
    /// Notices that could not be stored (the store keeps what it held for their ids).
    public var rejected: [StoreError]

    /// Takes the counts of a streamed export.
    init(_ counts: ExportCounts, duplicates: [DuplicateNotice], rejected: [StoreError]) {
        notices = counts.notices
        rows = counts.rows
        cells = counts.cells
        findings = counts.findings
        self.duplicates = duplicates
        self.rejected = rejected
    }
}
