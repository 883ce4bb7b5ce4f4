/// Metadata of an official notice (GB/T 9704 elements); empty strings where absent.
public struct NoticeMetadata: Hashable, Sendable {
    /// Normalized document number (晋乡振发〔2022〕125号), empty when none was found.
    public var docNumber: String = ""
    /// Issuing authority (山西省乡村振兴局).
    public var issuer: String = ""
    /// Title of the notice.
    public var title: String = ""
    /// Date of issue, ISO 8601 (2022-12-06).
    public var date: String = ""

    /// Creates empty metadata.
    public init() {}
}

/// A fully processed notice: metadata, tables and findings.
public struct Notice: Sendable {
    /// Stable identifier: the doc number, or `sha256:` + 16 hex digits when there is none.
    public var id: String
    /// Parsed metadata.
    public var metadata: NoticeMetadata
    /// Path of the source file as given.
    public var sourceFile: String
    /// SHA-256 of the source file.
    public var sha256: String
    /// Number of pages.
    public var pageCount: Int
    /// Allocation tables.
    public var tables: [AllocationTable]
    /// Findings over all tables.
    public var findings: [Finding]

    /// Creates a notice.
    public init(id: String, metadata: NoticeMetadata, sourceFile: String, sha256: String,
                pageCount: Int, tables: [AllocationTable], findings: [Finding]) {
        self.id = id
        self.metadata = metadata
        self.sourceFile = sourceFile
        self.sha256 = sha256
        self.pageCount = pageCount
        self.tables = tables
        self.findings = findings
    }
}
