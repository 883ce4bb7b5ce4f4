/// One file a notice was read from: the signed PDF, its portal page, an attachment file, or a
/// second file carrying the same doc number.
public struct NoticeSource: Hashable, Sendable {
    /// What the file is to the notice.
    public enum Role: String, Sendable, CaseIterable {
        /// The file the notice's rows come from (the PDF when there is one).
        case primary
        /// Another edition of the notice (a portal page beside the PDF), cross-checked cell by cell.
        case crossCheck = "cross_check"
        /// A file holding the notice's table, linked from its page or named after its doc number.
        case attachment
        /// A second, different PDF with the same doc number (a `conflicting_sources` finding).
        case conflicting
        /// The same bytes again under another path.
        case duplicate
    }

    /// Path of the file as given.
    public var file: String
    /// File kind from its name: pdf, html, xlsx, docx, ofd …
    public var kind: String
    /// SHA-256 of the file's bytes, lowercase hex.
    public var sha256: String
    /// What the file is to the notice.
    public var role: Role

    /// Creates a source.
    public init(file: String, kind: String, sha256: String, role: Role) {
        self.file = file
        self.kind = kind
        self.sha256 = sha256
        self.role = role
    }
}

/// An attachment a portal page links to instead of printing it (附件：<a href="…pdf">…</a>).
public struct AttachmentLink: Hashable, Sendable {
    /// The label it stands under (附件, 附件1).
    public var label: String
    /// The linked file's name (…计划表.pdf), as the link names it.
    public var fileName: String
    /// The link target as written in the page.
    public var url: String

    /// Creates a link.
    public init(label: String, fileName: String, url: String) {
        self.label = label
        self.fileName = fileName
        self.url = url
    }
}
