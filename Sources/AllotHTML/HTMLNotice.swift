import AllotModel

/// Everything read from one HTML notice page, in the pipeline's model.
public struct HTMLNotice: Sendable {
    /// Path of the file as given by the user.
    public var path: String
    /// Lowercase hex SHA-256 of the file's bytes.
    public var sha256: String
    /// Encoding the page was decoded with (UTF-8, GB18030, …).
    public var encoding: String
    /// Page text outside allocation tables and their titles, one line per block of text, on a
    /// synthetic page 1 with increasing y (reading order); one cell per line, except rows of
    /// small non-allocation tables, which get one cell per table cell.
    public var bodyLines: [TextLine]
    /// The allocation tables, in page order, numbered from 1.
    public var tables: [RawTable]
    /// What the portal page says around the notice: article title, publication date, linked attachments.
    public var portal = PortalMetadata()

    /// Creates a notice page.
    public init(path: String, sha256: String, encoding: String, bodyLines: [TextLine], tables: [RawTable]) {
        self.path = path
        self.sha256 = sha256
        self.encoding = encoding
        self.bodyLines = bodyLines
        self.tables = tables
    }

    /// Number of pages, always 1: an HTML page is one page in the dataset's terms.
    public var pageCount: Int { 1 }
}
